import { Composer } from "grammy";
import { registrationStarted } from "../../domain/registration/progress.ts";
import { resumeButton } from "../../shared/buttons.ts";
import type { BotContext } from "../context.ts";
import { REGISTRATION } from "../conversations/registration.ts";
import { menuButton } from "../filters/menu-button.ts";
import type { BotDeps } from "../deps.ts";

/**
 * Entry points of the registration: /register, the menu, and a reminder's "continue" button.
 * A registration left half-way is taken up at its open question (see conversations/flow.ts).
 */
export function registrationFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const begin = async (ctx: BotContext) => {
    if (!ctx.chatState.drafts[REGISTRATION]) await registrationStarted(deps.db, ctx.user.id, deps.clock.now());
    await ctx.conversation.enter(REGISTRATION);
  };
  feature.command("register", begin);
  feature.filter(menuButton("menu-register"), begin);
  feature.callbackQuery(resumeButton.pattern, async (ctx) => {
    await ctx.answerCallbackQuery();
    await begin(ctx);
  });
  return feature;
}
