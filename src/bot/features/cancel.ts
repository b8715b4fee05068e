import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** /cancel leaves any conversation; registered before the conversations resume. */
export const cancelFeature = new Composer<BotContext>();

cancelFeature.command("cancel", async (ctx) => {
  const active = Object.keys(ctx.conversation.active()).length > 0;
  await ctx.conversation.exitAll();
  await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"), { reply_markup: mainMenu(ctx) });
});
