import { Composer } from "grammy";
import { registrationEnded } from "../../domain/registration/progress.ts";
import type { BotContext } from "../context.ts";
import { REGISTRATION } from "../conversations/registration.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** /cancel leaves any conversation; registered before the conversations resume. */
export function cancelFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.command("cancel", async (ctx) => {
    const active = ctx.conversation.active();
    // A registration given up on purpose earns no "finish your registration" reminders.
    if (active[REGISTRATION]) await registrationEnded(deps.db, ctx.user.id);
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(Object.keys(active).length > 0 ? "cancel-done" : "cancel-nothing"), { reply_markup: mainMenu(ctx) });
  });
  return feature;
}
