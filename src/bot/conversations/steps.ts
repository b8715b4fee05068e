import { cleanText } from "../../domain/input/clean-text.ts";
import type { County } from "../../domain/regions.ts";
import { textFields } from "../../domain/registration/fields.ts";
import type { ConvContext } from "../context.ts";
import { contactKeyboard, countyKeyboard, pageCount, regButton } from "../keyboards/registration.ts";
import type { InlineKeyboard } from "grammy";
import { textStep, type Step } from "./ask.ts";

/** The share-contact button, or a typed number. Only the sender's own contact counts. */
export function phoneStep(): Step<string> {
  const typed = textStep((ctx) => ctx.reply(ctx.t("reg-ask-phone"), { reply_markup: contactKeyboard(ctx) }), textFields.phone);
  return {
    prompt: typed.prompt,
    read(ctx) {
      const contact = ctx.message?.contact;
      if (!contact) return typed.read(ctx);
      if (contact.user_id !== ctx.from?.id) return { retry: "err-contact-not-own" };
      const parsed = textFields.phone.safeParse(contact.phone_number);
      return parsed.success ? { value: parsed.data } : { retry: "err-mobile" };
    },
  };
}

/** Counties in pages of buttons; typing a county's exact name works too. */
export function countyStep(counties: County[]): Step<number> {
  let page = 0;
  const question = (ctx: ConvContext) => ctx.t("reg-ask-regionId", { page: page + 1, pages: pageCount(counties.length) });
  return {
    prompt: (ctx) => ctx.reply(question(ctx), { reply_markup: countyKeyboard(ctx, counties, page) }),
    async read(ctx) {
      if (ctx.callbackQuery) {
        const button = regButton.unpack(ctx.callbackQuery.data);
        if (button?.[0] === "page" && button[1] < pageCount(counties.length)) {
          page = button[1];
          await ctx.editMessageText(question(ctx), { reply_markup: countyKeyboard(ctx, counties, page) });
          return { handled: true };
        }
        if (button?.[0] === "county" && counties.some((c) => c.id === button[1])) return { value: button[1] };
        return { ignored: true };
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const name = cleanText(text).toLowerCase();
      const match = counties.find((c) => cleanText(c.nameFa) === name || c.nameEn.toLowerCase() === name);
      return match ? { value: match.id } : { retry: "err-use-buttons" };
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
