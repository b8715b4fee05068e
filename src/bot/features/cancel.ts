import { Composer } from "grammy";
import { registrationEnded } from "../../domain/registration/progress.ts";
import type { BotContext } from "../context.ts";
import { REGISTRATION } from "../conversations/registration.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** /cancel leaves any flow and forgets its answers; registered before the conversations resume. */
export function cancelFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.command("cancel", async (ctx) => {
    const open = Object.keys(ctx.conversation.active()).length > 0 || Object.keys(ctx.chatState.drafts).length > 0;
    // A registration given up on purpose earns no "finish your registration" reminders.
    if (ctx.chatState.drafts[REGISTRATION] || ctx.conversation.active(REGISTRATION) > 0) await registrationEnded(deps.db, ctx.user.id);
    await ctx.conversation.exitAll();
    ctx.chatState.drafts = {};
    await ctx.reply(ctx.t(open ? "cancel-done" : "cancel-nothing"), { reply_markup: mainMenu(ctx) });
  });
  return feature;
}
