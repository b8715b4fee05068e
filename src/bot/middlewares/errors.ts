import type { BotError, MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.ts";
import type { BotContext } from "../context.ts";

/** Gives each update a child logger carrying its id (never its text). */
export function logUpdates(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.log = logger.child({ updateId: ctx.update.update_id });
    const started = performance.now();
    await next();
    ctx.log.debug({ ms: Math.round(performance.now() - started) }, "update handled");
  };
}

/**
 * A bug in one update is logged with its context and the user gets a kind, generic
 * answer in their language; the bot goes on with the next update.
 */
export async function errorReply(error: BotError<BotContext>): Promise<void> {
  const ctx = error.ctx;
  (ctx.log ?? console).error({ err: error.error, updateId: ctx.update.update_id }, "update failed");
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    if (ctx.chat?.type === "private") await ctx.reply(typeof ctx.t === "function" ? ctx.t("error-generic") : "⚠️");
  } catch {
    // The platform may be unreachable: the error is already logged.
  }
}
