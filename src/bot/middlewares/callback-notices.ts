import type { MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.ts";
import type { PlatformProfile } from "../../platform.ts";
import type { BaseContext } from "../context.ts";

/**
 * A button's answer text where the client cannot show it: Bale's old clients (their callback
 * query ids start with "1") show no answerCallbackQuery text, so there a refusal or notice made
 * as a callback answer also arrives as a message. Every answer goes through ctx.api, so this one
 * transformer, installed on each update's API (and each conversation step's), covers every
 * feature and flow.
 */
export function callbackNotices(platform: PlatformProfile, logger: Logger): MiddlewareFn<BaseContext> {
  const prefix = platform.oldClientCallbackPrefix;
  return (ctx, next) => {
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    if (!prefix || !ctx.callbackQuery?.id.startsWith(prefix) || chatId === undefined) return next();
    ctx.api.config.use(async (prev, method, payload, signal) => {
      const answer = await prev(method, payload, signal);
      const text = method === "answerCallbackQuery" ? (payload as { text?: string }).text : undefined;
      if (text) {
        const sent = await prev("sendMessage", { chat_id: chatId, text }, signal).catch((error: unknown) => ({ ok: false, error }));
        if (!sent.ok) logger.warn({ updateId: ctx.update.update_id, refusal: sent }, "a button's notice could not be sent as a message");
      }
      return answer;
    });
    return next();
  };
}
