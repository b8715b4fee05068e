import { Composer } from "grammy";
import { audit } from "../../domain/audit.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** Registered last: a polite answer to anything nobody else handled. */
export function unhandledFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  // A button nobody handles is stale or forged: recorded, and always answered, or it keeps spinning.
  feature.on("callback_query", async (ctx) => {
    await audit(deps.db, {
      actorId: ctx.user.id,
      action: "refused.unknown-button",
      subjectType: "button",
      subjectId: (ctx.callbackQuery.data ?? "").slice(0, 64),
    });
    await ctx.answerCallbackQuery({ text: ctx.t("unhandled-callback") });
  });
  feature.on("message", (ctx) => ctx.reply(ctx.t("unhandled-text"), { reply_markup: mainMenu(ctx) }));
  return feature;
}
