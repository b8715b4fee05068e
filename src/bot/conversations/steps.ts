import type { InlineKeyboard } from "grammy";
import { z } from "zod";
import { readBirthDate } from "../../domain/applicant/facts.ts";
import type { Clock } from "../../domain/clock.ts";
import { findCountyByName, findVillageByName, type County, type Village } from "../../domain/regions.ts";
import { textFields } from "../../domain/registration/fields.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { ConvContext } from "../context.ts";
import { contactKeyboard, countyKeyboard, pageCount, regButton } from "../keyboards/registration.ts";
import { twoPerRow } from "../keyboards/two-per-row.ts";
import { retryOf, textStep, type Step } from "./ask.ts";

/**
 * The share-contact button, or a typed number. Only the sender's own contact counts; a contact
 * without a user id (Bale may send none) is read like a typed number.
 */
export function phoneStep(): Step<string> {
  const typed = textStep((ctx) => ctx.reply(ctx.t("reg-ask-phone"), { reply_markup: contactKeyboard(ctx) }), textFields.phone);
  return {
    prompt: typed.prompt,
    read(ctx, ui) {
      const contact = ctx.message?.contact;
      if (!contact) return typed.read(ctx, ui);
      if (contact.user_id !== undefined && contact.user_id !== ctx.from?.id) return { retry: "err-contact-not-own" };
      const parsed = textFields.phone.safeParse(contact.phone_number);
      return parsed.success ? { value: parsed.data } : retryOf(parsed.error);
    },
  };
}

/** A date of birth typed in Jalali, any digits (the ISO day is the answer); at least `minAge` years old. */
export function birthDateStep(question: (ctx: ConvContext) => string, clock: Clock, timeZone: string, minAge = 0): Step<string> {
  return {
    prompt: (ctx) => ctx.reply(question(ctx), { reply_markup: { remove_keyboard: true } }),
    read(ctx) {
      if (!ctx.message) return { ignored: true };
      if (ctx.message.text === undefined) return { retry: "err-birth-date-format" };
      const read = readBirthDate(ctx.message.text, clock.now(), timeZone, minAge);
      return read.ok ? { value: read.day } : { retry: read.key, params: { age: minAge } };
    },
  };
}

/** Counties in pages of buttons (the page is the question's working state); typing a county's name works too. */
export function countyStep(counties: County[]): Step<number, number> {
  const question = (ctx: ConvContext, page: number) => ctx.t("reg-ask-regionId", { page: page + 1, pages: pageCount(counties.length) });
  return {
    prompt: (ctx, page = 0) => ctx.reply(question(ctx, page), { reply_markup: countyKeyboard(ctx, counties, page) }),
    async read(ctx) {
      if (ctx.callbackQuery) {
        const button = regButton.unpack(ctx.callbackQuery.data);
        if (button?.[0] === "page" && button[1] < pageCount(counties.length)) {
          await ctx.editMessageText(question(ctx, button[1]), { reply_markup: countyKeyboard(ctx, counties, button[1]) });
          return { handled: true, ui: button[1] };
        }
        if (button?.[0] === "county" && counties.some((c) => c.id === button[1])) return { value: button[1] };
        return { ignored: true };
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const match = findCountyByName(counties, text);
      return match ? { value: match.id } : { retry: "err-county-name" };
    },
  };
}

/**
 * The village: the county's list in pages of buttons, or its name typed (matched forgivingly,
 * spelled then as the list spells it); a name that is not on the list is accepted as it was typed
 * unless `onlyListed` (a facilitator's villages). The answer is the name, in the person's language.
 */
export function villageStep(villages: Village[], { onlyListed = false } = {}): Step<string, number> {
  const named = (ctx: ConvContext, v: Village) => (ctx.user.language === "fa" ? v.nameFa : v.nameEn);
  if (villages.length === 0) return textStep((ctx) => ctx.reply(ctx.t("reg-ask-village"), { reply_markup: { remove_keyboard: true } }), textFields.village);
  // A facilitator's own villages only: the prompt does not offer a new one (the domain refuses it: outside-villages).
  const question = (ctx: ConvContext, page: number) =>
    ctx.t(onlyListed ? "regfor-ask-village-list" : "reg-ask-village-list", { page: page + 1, pages: pageCount(villages.length) });
  return {
    prompt: (ctx, page = 0) => ctx.reply(question(ctx, page), { reply_markup: countyKeyboard(ctx, villages, page, "village") }),
    async read(ctx) {
      if (ctx.callbackQuery) {
        const button = regButton.unpack(ctx.callbackQuery.data);
        if (button?.[0] === "page" && button[1] < pageCount(villages.length)) {
          await ctx.editMessageText(question(ctx, button[1]), { reply_markup: countyKeyboard(ctx, villages, button[1], "village") });
          return { handled: true, ui: button[1] };
        }
        const chosen = button?.[0] === "village" ? villages.find((v) => v.id === button[1]) : undefined;
        return chosen ? { value: named(ctx, chosen) } : { ignored: true };
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-text-expected" } : { ignored: true };
      const match = findVillageByName(villages, text);
      if (match) return { value: named(ctx, match) };
      if (onlyListed) return { retry: "err-village-not-yours" };
      const typed = textFields.village.safeParse(text);
      return typed.success ? { value: typed.data } : retryOf(typed.error);
    },
  };
}

export function choiceStep<T extends string>(
  question: string,
  keyboard: (ctx: ConvContext) => InlineKeyboard,
  tag: "cat" | "wp",
  options: readonly T[],
): Step<T> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t(question), { reply_markup: keyboard(ctx) }),
    read(ctx) {
      if (ctx.callbackQuery) {
        const button = regButton.unpack(ctx.callbackQuery.data);
        return button?.[0] === tag && options.includes(button[1] as T) ? { value: button[1] as T } : { ignored: true };
      }
      return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
    },
  };
}

/** The summary's answer: submit, cancel, or the field to change. */
export type SummaryAction<F extends string> = "submit" | "cancel" | F;

/** Shows the answers; waits for Submit, Cancel or the field to change. */
export function summaryStep<F extends string>(
  text: (ctx: ConvContext) => string,
  keyboard: (ctx: ConvContext) => InlineKeyboard,
  unpack: (data: string | undefined) => readonly unknown[] | null,
): Step<SummaryAction<F>> {
  return {
    prompt: (ctx) => ctx.reply(text(ctx), { reply_markup: keyboard(ctx) }),
    read(ctx) {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = unpack(ctx.callbackQuery.data);
      if (button?.[0] === "submit" || button?.[0] === "cancel") return { value: button[0] };
      if (button?.[0] === "edit") return { value: button[1] as F };
      return { ignored: true };
    },
  };
}

/** Buttons of the generic choice steps: toggle or choose one ("t"), continue ("done"), skip. */
export const pickButton = callbackFamily(
  "pick",
  z.union([z.tuple([z.literal("t"), z.string().regex(/^[A-Za-z0-9_-]{1,56}$/)]), z.tuple([z.literal("done")]), z.tuple([z.literal("skip")])]),
  { during: "answer" },
);

/** One of a list of buttons. */
export function singleChoiceStep<T extends string>(question: (ctx: ConvContext) => string, options: { id: T; label: string }[]): Step<T> {
  return {
    prompt: (ctx) => ctx.reply(question(ctx), { reply_markup: twoPerRow(options, (o) => [o.label, pickButton.pack("t", o.id)]) }),
    read(ctx) {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = pickButton.unpack(ctx.callbackQuery.data);
      const chosen = button?.[0] === "t" ? options.find((o) => o.id === button[1]) : undefined;
      return chosen ? { value: chosen.id } : { ignored: true };
    },
  };
}

/** Several of a list, toggled on one message (the ticks are the working state); "Continue" ends the choice. */
export function multiChoiceStep(
  question: (ctx: ConvContext) => string,
  options: { id: string; label: string }[],
  { initial = [], allowNone = false }: { initial?: string[]; allowNone?: boolean } = {},
): Step<string[], string[]> {
  const keyboard = (ctx: ConvContext, chosen: string[]) =>
    twoPerRow(options, (o) => [`${chosen.includes(o.id) ? "✅" : "⬜"} ${o.label}`, pickButton.pack("t", o.id)]).text(
      ctx.t("btn-continue"),
      pickButton.pack("done"),
    );
  return {
    prompt: (ctx, chosen = initial) => ctx.reply(question(ctx), { reply_markup: keyboard(ctx, chosen) }),
    async read(ctx, chosen = initial) {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = pickButton.unpack(ctx.callbackQuery.data);
      if (button?.[0] === "t" && options.some((o) => o.id === button[1])) {
        const next = chosen.includes(button[1]) ? chosen.filter((id) => id !== button[1]) : [...chosen, button[1]];
        await ctx.editMessageReplyMarkup({ reply_markup: keyboard(ctx, next) });
        return { handled: true, ui: next };
      }
      if (button?.[0] === "done") return chosen.length > 0 || allowNone ? { value: chosen } : { retry: "err-choose-at-least-one" };
      return { ignored: true };
    },
  };
}
