import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { PREFERENCES, preferencesOf, setPreference } from "../../domain/users.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";

/** The state to set (not "toggle"), so a second click of an old button changes nothing. */
const settingButton = callbackFamily("set", z.tuple([z.enum(PREFERENCES), z.enum(["on", "off"])]), { during: "beside" });

async function settingsView(deps: BotDeps, ctx: BotContext) {
  const current = await preferencesOf(deps.db, ctx.user.id);
  const state = (on: boolean) => ctx.t(on ? "settings-on" : "settings-off");
  const keyboard = new InlineKeyboard();
  for (const preference of PREFERENCES) {
    const on = current[preference];
    keyboard.text(ctx.t(`settings-turn-${on ? "off" : "on"}-${preference}`), settingButton.pack(preference, on ? "off" : "on")).row();
  }
  return { text: ctx.t("settings-text", { reminders: state(current.reminders), broadcasts: state(current.broadcasts) }), keyboard };
}

/** /settings: an applicant switches reminders and announcements off or on. */
export function settingsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const show = async (ctx: BotContext) => {
    const view = await settingsView(deps, ctx);
    await ctx.reply(view.text, { reply_markup: view.keyboard });
  };
  feature.command("settings", show);
  feature.filter(menuButton("menu-settings"), show);
  feature.callbackQuery(settingButton.pattern, async (ctx, next) => {
    const button = settingButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [preference, state] = button;
    await setPreference(deps.db, ctx.user.id, preference, state === "on");
    await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") });
    const view = await settingsView(deps, ctx);
    await ctx.editMessageText(view.text, { reply_markup: view.keyboard }).catch(() => undefined);
  });
  return feature;
}
