import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { acceptInvitation, createObserverInvitation, INVITATION_PREFIX, listCoordinators, setCoordinatorCounties } from "../../domain/invitations.ts";
import { loadActor, requireAdmin } from "../../domain/review/actor.ts";
import { formatDateTime, formatList } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BotContext } from "../context.ts";
import { COORDINATOR_COUNTIES, INVITE, invitationLink } from "../conversations/admin.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { orRefusal } from "../views/refusal.ts";
import { paginate, pageButton, withPageRow } from "../views/pager.ts";
import { refreshCommandMenu } from "../command-menus.ts";
import { PLATFORMS } from "../../platform.ts";

/** Change a coordinator's counties, or take the role away: "revoke" asks, "sure" does it. */
const coordinatorButton = callbackFamily("co", z.tuple([z.enum(["edit", "revoke", "sure"]), z.coerce.number().int().positive()]));

/** Admins manage coordinators; anyone may accept an invitation sent to them. */
export function adminFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const menus = { db: deps.db, translate: deps.translate, platform: PLATFORMS[deps.config.platform] };

  // /start inv_<token>: the deep link of an invitation.
  feature.command("start").filter(
    (ctx) => ctx.match.startsWith(INVITATION_PREFIX),
    async (ctx) => {
      const result = await orRefusal(ctx, () => acceptInvitation(deps, ctx.user.id, ctx.match.slice(INVITATION_PREFIX.length)));
      if (!result.ok) return ctx.reply(result.text, { reply_markup: mainMenu(ctx) });
      // The menu shown next, and the command menu, carry the new role's buttons.
      ctx.user = { ...ctx.user, role: result.value.role };
      await refreshCommandMenu(ctx.api, menus, ctx.user.id);
      if (result.value.role === "observer") return ctx.reply(ctx.t("observer-accepted"), { reply_markup: mainMenu(ctx) });
      if (result.value.role === "facilitator") {
        const villages = result.value.villages.map((v) => v[ctx.user.language]);
        return ctx.reply(ctx.t("invite-facilitator-accepted", { villages: formatList(villages, ctx.user.language) }), { reply_markup: mainMenu(ctx) });
      }
      const counties = await deps.db.region.findMany({ where: { code: { in: result.value.counties } }, orderBy: { sortOrder: "asc" } });
      const names = counties.map((c) => (ctx.user.language === "fa" ? c.nameFa : c.nameEn));
      return ctx.reply(ctx.t("invite-accepted", { counties: formatList(names, ctx.user.language) }), { reply_markup: mainMenu(ctx) });
    },
  );

  feature.command("invite", async (ctx) => {
    const allowed = await orRefusal(ctx, async () => requireAdmin(deps.db, await loadActor(deps.db, ctx.user.id), "invite"));
    if (!allowed.ok) return ctx.reply(allowed.text);
    return ctx.conversation.enter(INVITE);
  });

  // An observer reads the province's report and nothing else: no counties to choose.
  feature.command("observer", async (ctx) => {
    const result = await orRefusal(ctx, () => createObserverInvitation(deps, ctx.user.id, deps.config.invitationTtlHours));
    if (!result.ok) return ctx.reply(result.text);
    const expires = formatDateTime(result.value.expiresAt, ctx.user.language, deps.config.timeZone);
    const link = invitationLink(deps.config.platform, ctx.me.username, result.value.token);
    return ctx.reply(ctx.t("observer-invite-created", { link, expires }), { link_preview_options: { is_disabled: true } });
  });

  const list = async (ctx: BotContext, page = 0) => {
    const result = await orRefusal(ctx, () => listCoordinators(deps, ctx.user.id));
    if (!result.ok) return ctx.reply(result.text);
    if (result.value.length === 0) return ctx.reply(ctx.t("coordinators-empty"));
    const lang = ctx.user.language;
    const lines = result.value.map((c) =>
      ctx.t("coordinator-line", {
        name: c.name,
        counties: formatList(
          c.counties.map((x) => x[lang]),
          lang,
        ),
      }),
    );
    const shown = paginate(ctx.t("coordinators-title"), lines, page, ctx.t("list-continued"));
    const keyboard = new InlineKeyboard();
    for (const c of shown.shown.map((i) => result.value[i]!)) {
      keyboard.text(ctx.t("btn-coord-edit", { name: c.name }), coordinatorButton.pack("edit", c.userId));
      keyboard.text(ctx.t("btn-coord-revoke", { name: c.name }), coordinatorButton.pack("revoke", c.userId)).row();
    }
    const markup = withPageRow(ctx, keyboard, "coords", "-", shown);
    if (!ctx.callbackQuery) return ctx.reply(shown.text, { reply_markup: markup });
    return ctx.editMessageText(shown.text, { reply_markup: markup }).catch(() => undefined);
  };
  feature.command("coordinators", (ctx) => list(ctx));
  feature.callbackQuery(pageButton.pattern, async (ctx, next) => {
    const button = pageButton.unpack(ctx.callbackQuery.data);
    if (button?.[0] !== "coords") return next();
    await ctx.answerCallbackQuery();
    return list(ctx, button[2]);
  });

  feature.callbackQuery(coordinatorButton.pattern, async (ctx, next) => {
    const button = coordinatorButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [action, userId] = button;
    const coordinators = await orRefusal(ctx, () => listCoordinators(deps, ctx.user.id));
    const target = coordinators.ok ? coordinators.value.find((c) => c.userId === userId) : undefined;
    if (!coordinators.ok || !target)
      return ctx.answerCallbackQuery({ text: coordinators.ok ? ctx.t("err-not-a-coordinator") : coordinators.text, show_alert: true });
    await ctx.answerCallbackQuery();
    if (action === "edit") return ctx.conversation.enter(COORDINATOR_COUNTIES, userId, target.name);
    if (action === "revoke") {
      const sure = new InlineKeyboard().text(ctx.t("btn-revoke-yes"), coordinatorButton.pack("sure", userId));
      return ctx.reply(ctx.t("coordinator-revoke-confirm", { name: target.name }), { reply_markup: sure });
    }
    const revoked = await orRefusal(ctx, () => setCoordinatorCounties(deps, ctx.user.id, userId, []));
    if (revoked.ok) await refreshCommandMenu(ctx.api, menus, userId);
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return ctx.reply(revoked.ok ? ctx.t("coordinator-revoked", { name: target.name }) : revoked.text);
  });
  return feature;
}
