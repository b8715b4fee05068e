import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BaseContext, BotContext } from "../context.ts";
import { REGISTRATION } from "../conversations/registration.ts";
import { menuButton } from "../filters/menu-button.ts";

/** Entry points of the registration conversation. */
export function registrationFeature(i18n: I18n<BaseContext>) {
  const feature = new Composer<BotContext>();
  const begin = (ctx: BotContext) => ctx.conversation.enter(REGISTRATION);
  feature.command("register", begin);
  feature.filter(menuButton(i18n, "menu-register"), begin);
  return feature;
}
