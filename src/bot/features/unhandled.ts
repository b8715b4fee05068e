import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** Registered last: a polite answer to anything nobody else handled. */
export const unhandledFeature = new Composer<BotContext>();

// Always answer a callback query, or the button keeps spinning on the user's phone.
unhandledFeature.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("unhandled-callback") }));
unhandledFeature.on("message", (ctx) => ctx.reply(ctx.t("unhandled-text"), { reply_markup: mainMenu(ctx) }));
