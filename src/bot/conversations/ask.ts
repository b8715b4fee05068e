import type { z } from "zod";
import { RESUME_REGISTRATION } from "../../shared/buttons.ts";
import type { Conv, ConvContext } from "../context.ts";

/** What a step makes of one update: an answer, a refusal to explain, or nothing to say. */
export type Outcome<T> =
  | { value: T }
  /** Explain with this i18n key (and params) and ask the same question again. */
  | { retry: string; params?: Record<string, string | number> }
  /** Handled (e.g. a page turned); keep waiting without a word. */
  | { handled: true }
  /** Not for this step: a stale or forged button, a service update. */
  | { ignored: true };

export interface Step<T> {
  /** Sends the question. */
  prompt(ctx: ConvContext): Promise<unknown>;
  /** Reads one update. */
  read(ctx: ConvContext): Outcome<T> | Promise<Outcome<T>>;
}

/**
 * The one way a conversation asks: send the question, wait, read the answer; explain any
 * wrong answer in the user's language and ask again. /cancel is handled before the
 * conversation is resumed (features/cancel.ts), so every step honours it.
 */
export async function ask<T>(conversation: Conv, ctx: ConvContext, step: Step<T>): Promise<T> {
  await step.prompt(ctx);
  for (;;) {
    const update = await conversation.wait();
    if (update.message?.text?.startsWith("/")) {
      await update.reply(update.t("err-command-in-conversation"));
      continue;
    }
    if (update.callbackQuery?.data === RESUME_REGISTRATION) {
      // A reminder's "continue" button: the open question, asked again.
      await update.answerCallbackQuery();
      await step.prompt(update);
      continue;
    }
    const outcome = await step.read(update);
    if (update.callbackQuery) {
      const stale = "ignored" in outcome || "retry" in outcome;
      await update.answerCallbackQuery(stale ? { text: update.t("unhandled-callback") } : undefined);
      if (stale) continue;
    }
    if ("value" in outcome) return outcome.value;
    if ("retry" in outcome) {
      await update.reply(update.t(outcome.retry, outcome.params));
      await step.prompt(update);
    } else if ("ignored" in outcome && update.message) {
      // A message this step cannot read at all (a sticker where buttons are expected).
      await update.reply(update.t("err-use-buttons"));
    }
  }
}

/** A free-text answer checked by a zod schema whose messages are i18n keys. */
export function textStep<S extends z.ZodType<unknown, string>>(prompt: Step<z.output<S>>["prompt"], schema: S): Step<z.output<S>> {
  return {
    prompt,
    read(ctx) {
      if (!ctx.message) return { ignored: true };
      const text = ctx.message.text;
      if (text === undefined) return { retry: "err-text-expected" };
      const result = schema.safeParse(text);
      return result.success ? { value: result.data } : { retry: result.error.issues[0]?.message ?? "err-text-expected" };
    },
  };
}
