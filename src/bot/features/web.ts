import { Composer } from "grammy";
import { loadActor, requireStaff } from "../../domain/review/actor.ts";
import { createSignInLink } from "../../domain/web-sessions.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";

/** /web (staff): a one-time link into the staff console, valid a few minutes. Telegram and Bale alike: the link is in the text. */
export function webFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.command("web", async (ctx) => {
    const web = deps.config.web;
    const result = await orRefusal(ctx, async () => {
      if (web) return createSignInLink(deps, ctx.user.id, web.signInMinutes);
      await requireStaff(deps.db, await loadActor(deps.db, ctx.user.id), "web");
      return null;
    });
    if (!result.ok) return ctx.reply(result.text);
    if (!web || !result.value) return ctx.reply(ctx.t("web-not-configured"));
    const url = `${web.url}/web/sign-in/${result.value.token}`;
    return ctx.reply(ctx.t("web-link", { url, minutes: web.signInMinutes }), { link_preview_options: { is_disabled: true } });
  });
  return feature;
}
