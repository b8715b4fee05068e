import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { registrationStarted } from "../../domain/registration/progress.ts";
import { RESUME_REGISTRATION } from "../../shared/buttons.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { REGISTRATION } from "../conversations/registration.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";

/**
 * Entry points of the registration conversation. A reminder's "continue" button lands here
 * only when no registration is open (an open one re-asks its question, see ask.ts).
 */
export function registrationFeature(deps: BotDeps, i18n: I18n<BaseContext>) {
  const feature = new Composer<BotContext>();
  const begin = async (ctx: BotContext) => {
    await registrationStarted(deps.db, ctx.user.id, deps.clock.now());
    await ctx.conversation.enter(REGISTRATION);
  };
  feature.command("register", begin);
  feature.filter(menuButton(i18n, "menu-register"), begin);
  feature.callbackQuery(RESUME_REGISTRATION, async (ctx) => {
    await ctx.answerCallbackQuery();
    await begin(ctx);
  });
  return feature;
}
