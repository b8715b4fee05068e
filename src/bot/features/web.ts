import { Composer } from "grammy";
import { loadActor } from "../../domain/review/actor.ts";
import { createSignInLink, requireConsoleUser } from "../../domain/web-sessions.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";

/** /web (staff and observers): a one-time link into the staff console, valid a few minutes. Telegram and Bale alike: the link is in the text. */
export function webFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.command("web", async (ctx) => {
    const web = deps.config.web;
    const result = await orRefusal(ctx, async () => {
      if (web) return createSignInLink(deps, ctx.user.id, web.signInMinutes);
      await requireConsoleUser(deps, await loadActor(deps.db, ctx.user.id));
      return null;
    });
    if (!result.ok) return ctx.reply(result.text);
    if (!web || !result.value) return ctx.reply(ctx.t("web-not-configured"));
    const url = `${web.url}/web/sign-in/${result.value.token}`;
    return ctx.reply(ctx.t("web-link", { url, minutes: web.signInMinutes }), { link_preview_options: { is_disabled: true } });
  });
  return feature;
}
