import { Composer } from "grammy";
import { listOwnApplications } from "../../domain/applications/queries.ts";
import { parseTrackingCode } from "../../domain/tracking-code.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";
import { applicationButton, applicationList, showOwnApplication } from "../views/application.ts";
import { TRACK } from "../conversations/track.ts";
import { pageButton } from "../views/pager.ts";

/** "My applications", opening one, and looking one up by tracking code. */
export function applicationsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();

  const list = async (ctx: BotContext) => {
    const items = await listOwnApplications(deps.db, ctx.user.id);
    if (items.length === 0) return ctx.reply(ctx.t("apps-empty"));
    const { text, keyboard } = applicationList(ctx, items, deps.config.timeZone);
    return ctx.reply(text, { reply_markup: keyboard });
  };
  feature.command("myapps", list);
  feature.filter(menuButton("menu-my-applications"), list);

  feature.callbackQuery(pageButton.pattern, async (ctx, next) => {
    const button = pageButton.unpack(ctx.callbackQuery.data);
    if (button?.[0] === "apps") {
      await ctx.answerCallbackQuery();
      const { text, keyboard } = applicationList(ctx, await listOwnApplications(deps.db, ctx.user.id), deps.config.timeZone, button[2]);
      return ctx.editMessageText(text, { reply_markup: keyboard }).catch(() => undefined);
    }
    if (button?.[0] !== "app") return next();
    await ctx.answerCallbackQuery();
    const shown = await showOwnApplication(deps, ctx, ctx.user.id, button[1], button[2]);
    return ctx.editMessageText(shown.text, { reply_markup: shown.buttons }).catch(() => undefined);
  });

  feature.callbackQuery(applicationButton.pattern, async (ctx, next) => {
    const parsed = applicationButton.unpack(ctx.callbackQuery.data);
    if (!parsed) return next();
    await ctx.answerCallbackQuery();
    const shown = await showOwnApplication(deps, ctx, ctx.user.id, parsed[0]);
    await ctx.reply(shown.text, { reply_markup: shown.buttons });
  });

  const track = (ctx: BotContext) => ctx.conversation.enter(TRACK);
  feature.command("track", track);
  feature.filter(menuButton("menu-track"), track);

  // A tracking code sent on its own, outside any flow, is looked up directly.
  feature.on("message:text").filter(
    (ctx) => parseTrackingCode(ctx.message.text) !== null,
    async (ctx) => {
      const shown = await showOwnApplication(deps, ctx, ctx.user.id, parseTrackingCode(ctx.message.text)!);
      await ctx.reply(shown.text, { reply_markup: shown.buttons });
    },
  );
  return feature;
}
