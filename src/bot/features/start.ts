import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BaseContext, BotContext } from "../context.ts";
import { menuButton } from "../filters/menu-button.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** /start greets and shows the main menu; /help and the help button explain it. */
export function startFeature(i18n: I18n<BaseContext>) {
  const feature = new Composer<BotContext>();
  feature.command("start", (ctx) => ctx.reply(ctx.t("start-greeting", { name: ctx.from?.first_name ?? "" }), { reply_markup: mainMenu(ctx) }));
  const help = (ctx: BotContext) => ctx.reply(ctx.t("help-text"), { reply_markup: mainMenu(ctx) });
  feature.command("help", help);
  feature.filter(menuButton(i18n, "menu-help"), help);
  return feature;
}
