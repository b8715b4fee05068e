import type { Language } from "../domain/catalog.ts";
import { ON_BEHALF_PARAM, type OutboxButton, type ParamValue } from "../domain/outbox.ts";
import { formatDate, formatDateTime } from "../i18n/format.ts";
import { formatMoney, type Translate } from "../i18n/translator.ts";

/** Turns an outbox row's template and parameters into text in the recipient's language. */
export function renderOutboxText(t: Translate, language: Language, template: string, params: Record<string, ParamValue>, timeZone: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = renderParam(t, language, value, timeZone);
  const text = t(language, template, values);
  // Meant for a person a facilitator registered: the facilitator reads whom it is about first.
  return ON_BEHALF_PARAM in params ? `${t(language, "outbox-on-behalf", { name: values[ON_BEHALF_PARAM]! })}\n\n${text}` : text;
}

function renderParam(t: Translate, language: Language, value: ParamValue, timeZone: string): string | number {
  if (typeof value !== "object") return value;
  if ("t" in value) return t(language, value.t, value.args);
  if ("rials" in value) return formatMoney(t, language, BigInt(value.rials));
  if ("date" in value) return formatDateTime(new Date(value.date), language, timeZone);
  if ("day" in value) return formatDate(new Date(value.day), language, timeZone);
  return value[language];
}

/** An outbox row's buttons as an inline keyboard in the recipient's language. */
export function renderOutboxButtons(t: Translate, language: Language, rows: OutboxButton[][], timeZone: string) {
  return { inline_keyboard: rows.map((row) => row.map((b) => ({ text: String(renderParam(t, language, b.label, timeZone)), callback_data: b.data }))) };
}
