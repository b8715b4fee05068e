import type { Language } from "../domain/catalog.ts";
import type { ParamValue } from "../domain/outbox.ts";
import { formatDateTime } from "../i18n/format.ts";
import { formatMoney, type Translate } from "../i18n/translator.ts";

/** Turns an outbox row's template and parameters into text in the recipient's language. */
export function renderOutboxText(
  t: Translate,
  language: Language,
  template: string,
  params: Record<string, ParamValue>,
  timeZone: string,
): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "object") values[name] = value;
    else if ("t" in value) values[name] = t(language, value.t);
    else if ("rials" in value) values[name] = formatMoney(t, language, BigInt(value.rials));
    else if ("date" in value) values[name] = formatDateTime(new Date(value.date), language, timeZone);
    else values[name] = value[language];
  }
  return t(language, template, values);
}
