import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { LANGUAGES } from "../../domain/catalog.ts";
import { setLanguage } from "../../domain/users.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { refreshCommandMenu } from "../command-menus.ts";
import { PLATFORMS } from "../../platform.ts";

const languageButton = callbackFamily("lang", z.tuple([z.enum(LANGUAGES)]), { during: "beside" });

/** Persian by default; the choice is stored on the user and used for every later message. */
export function languageFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const choose = (ctx: BotContext) =>
    ctx.reply(ctx.t("language-choose"), {
      reply_markup: new InlineKeyboard().text("فارسی", languageButton.pack("fa")).text("English", languageButton.pack("en")),
    });
  feature.command("language", choose);
  feature.filter(menuButton("menu-language"), choose);
  feature.callbackQuery(languageButton.pattern, async (ctx, next) => {
    const choice = languageButton.unpack(ctx.callbackQuery.data);
    if (!choice) return next();
    const [language] = choice;
    await setLanguage(deps.db, ctx.user.id, language);
    ctx.user = { ...ctx.user, language };
    ctx.i18n.useLocale(language);
    await refreshCommandMenu(ctx.api, { db: deps.db, translate: deps.translate, platform: PLATFORMS[deps.config.platform] }, ctx.user.id);
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("language-changed"), { reply_markup: mainMenu(ctx) });
  });
  return feature;
}
