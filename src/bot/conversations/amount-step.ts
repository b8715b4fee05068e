import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { amountRefusalKey, amountSuggestions, readAmount } from "../../domain/input/amount.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { ConvContext } from "../context.ts";
import { money } from "../views/program.ts";
import type { Prompted, Step } from "./ask.ts";

/** "Did you mean …?": one of the amounts offered (by position), or "I'll type it again". */
export const amountButton = callbackFamily(
  "am",
  z.union([z.tuple([z.literal("take"), z.coerce.number().int().min(0).max(3)]), z.tuple([z.literal("again")])]),
  {
    during: "answer",
  },
);

type Range = { min: bigint; max: bigint };

/** The amounts offered by a "did you mean …?" (rials, as decimal strings: drafts are JSON). */
type Offer = { offered: string[] } | undefined;

export interface AmountQuestion {
  prompt(ctx: ConvContext): Promise<Prompted>;
  /** What may be taken at all; outside it the answer is refused with `rangeKey`. */
  limits: Range;
  rangeKey: string;
  rangeParams?(ctx: ConvContext): Record<string, string>;
  /** Where amounts usually lie: far outside, "did you mean …?" before anything is taken. */
  usual: Range;
}

/**
 * Money as people type it (tomans unless they name rials, words, decimals, any digits: see
 * domain/input/amount.ts). An amount far outside the usual range is not taken at once: the
 * likely intended amounts are offered, with the one typed if it is allowed at all. Every
 * amount taken is confirmed in both units. The answer is a number of rials.
 */
export function amountStep(question: AmountQuestion): Step<number, Offer> {
  const within = (rials: bigint, range: Range) => rials >= range.min && rials <= range.max;
  const taken = async (ctx: ConvContext, rials: bigint) => {
    await ctx.reply(ctx.t("amount-taken", { amount: money(ctx, rials) }));
    return { value: Number(rials) };
  };
  return {
    prompt: question.prompt,
    async read(ctx, offer) {
      if (ctx.callbackQuery) {
        const button = amountButton.unpack(ctx.callbackQuery.data);
        if (button?.[0] === "again" && offer) {
          return { handled: true, ui: undefined, asked: await question.prompt(ctx) };
        }
        const chosen = button?.[0] === "take" ? offer?.offered[button[1]] : undefined;
        return chosen === undefined ? { ignored: true } : taken(ctx, BigInt(chosen));
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-text-expected" } : { ignored: true };
      const amount = readAmount(text, "toman");
      if (!amount.ok) return { retry: amountRefusalKey(amount.reason) };
      if (within(amount.rials, question.usual) && within(amount.rials, question.limits)) return taken(ctx, amount.rials);
      const offered = [...amountSuggestions(amount.rials, question.usual), ...(within(amount.rials, question.limits) ? [amount.rials] : [])];
      if (offered.length === 0) return { retry: question.rangeKey, params: question.rangeParams?.(ctx) };
      const keyboard = new InlineKeyboard();
      offered.forEach((rials, i) => keyboard.text(money(ctx, rials), amountButton.pack("take", i)).row());
      keyboard.text(ctx.t("btn-amount-again"), amountButton.pack("again"));
      const asked = await ctx.reply(ctx.t("amount-did-you-mean", { typed: money(ctx, amount.rials) }), { reply_markup: keyboard });
      return { handled: true, ui: { offered: offered.map(String) }, asked };
    },
  };
}
