import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { cancelBroadcast, recentBroadcasts } from "../../domain/broadcasts/broadcasts.ts";
import { loadActor, requireAdmin } from "../../domain/review/actor.ts";
import { formatDateTime, formatInteger } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BotContext } from "../context.ts";
import { BROADCAST } from "../conversations/broadcast.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { paginate, pageButton, withPageRow } from "../views/pager.ts";

const cancelButton = callbackFamily("bcx", z.tuple([z.coerce.number().int().positive()]));

/** /broadcast composes an announcement; /broadcasts shows recent ones and cancels one. Admins only. */
export function broadcastsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();

  feature.command("broadcast", async (ctx) => {
    const allowed = await orRefusal(ctx, async () => requireAdmin(deps.db, await loadActor(deps.db, ctx.user.id), "broadcast"));
    if (!allowed.ok) return ctx.reply(allowed.text);
    return ctx.conversation.enter(BROADCAST);
  });

  const list = async (ctx: BotContext, page = 0) => {
    const result = await orRefusal(ctx, () => recentBroadcasts(deps, ctx.user.id));
    if (!result.ok) return ctx.reply(result.text);
    if (result.value.length === 0) return ctx.reply(ctx.t("broadcasts-empty"));
    const lang = ctx.user.language;
    const lines = result.value.map((b) =>
      ctx.t("broadcasts-line", {
        id: b.id,
        state: ctx.t(`broadcast-state-${b.state}`),
        time: formatDateTime(b.scheduledAt, lang, deps.config.timeZone),
        sent: formatInteger(b.sent, lang),
        total: formatInteger(b.recipients, lang),
      }),
    );
    const shown = paginate(ctx.t("broadcasts-title"), lines, page, ctx.t("list-continued"));
    const keyboard = new InlineKeyboard();
    for (const b of shown.shown.map((i) => result.value[i]!).filter((b) => b.state === "scheduled" || b.state === "sending")) {
      keyboard.text(ctx.t("btn-broadcast-cancel", { id: b.id }), cancelButton.pack(b.id)).row();
    }
    const markup = withPageRow(ctx, keyboard, "casts", "-", shown);
    if (!ctx.callbackQuery) return ctx.reply(shown.text, { reply_markup: markup });
    return ctx.editMessageText(shown.text, { reply_markup: markup }).catch(() => undefined);
  };
  feature.command("broadcasts", (ctx) => list(ctx));
  feature.callbackQuery(pageButton.pattern, async (ctx, next) => {
    const button = pageButton.unpack(ctx.callbackQuery.data);
    if (button?.[0] !== "casts") return next();
    await ctx.answerCallbackQuery();
    return list(ctx, button[2]);
  });

  feature.callbackQuery(cancelButton.pattern, async (ctx, next) => {
    const button = cancelButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [id] = button;
    const result = await orRefusal(ctx, () => cancelBroadcast(deps, ctx.user.id, id));
    await ctx.answerCallbackQuery({ text: result.ok ? ctx.t("broadcast-cancelled", { id }) : result.text, show_alert: !result.ok });
  });
  return feature;
}
