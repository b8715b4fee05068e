import { createFacilitatorInvitation, createInvitation, INVITATION_PREFIX, setCoordinatorCounties } from "../../domain/invitations.ts";
import { loadActor } from "../../domain/review/actor.ts";
import { formatDateTime } from "../../i18n/format.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { refreshCommandMenu } from "../command-menus.ts";
import { PLATFORMS } from "../../platform.ts";
import { ask } from "./ask.ts";
import { openFlow } from "./flow.ts";
import { multiChoiceStep, singleChoiceStep } from "./steps.ts";

export const INVITE = "invite";
export const COORDINATOR_COUNTIES = "coordinator-counties";
export const INVITE_FACILITATOR = "invite-facilitator";

function countyOptions(ctx: ConvContext, deps: BotDeps) {
  return deps.counties.map((c) => ({ id: c.code, label: ctx.user.language === "fa" ? c.nameFa : c.nameEn }));
}

/** The deep link that opens the bot with the invitation (Telegram's and Bale's forms). */
export function invitationLink(platform: string, username: string, token: string): string {
  const host = platform === "bale" ? "ble.ir" : "t.me";
  return `https://${host}/${username}?start=${INVITATION_PREFIX}${token}`;
}

/** An admin picks counties and gets a one-time, expiring link for the new coordinator. */
export function inviteConversation(deps: BotDeps) {
  return async function invite(conversation: Conv, ctx: ConvContext): Promise<void> {
    const flow = await openFlow(conversation, ctx, { name: INVITE, keepWhenLeft: false, left: (c) => c.t("invite-left") });
    const adminId = ctx.user.id;
    const codes = await ask(
      flow,
      "counties",
      multiChoiceStep((c) => c.t("invite-ask-counties"), countyOptions(flow.ctx, deps)),
    );
    await flow.end();
    const username = ctx.me.username;
    const result = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        const { token, expiresAt } = await createInvitation(deps, adminId, codes, deps.config.invitationTtlHours);
        return { link: invitationLink(deps.config.platform, username, token), expires: expiresAt.toISOString() };
      }),
    );
    if (!result.ok) return void (await flow.ctx.reply(result.text));
    const expires = formatDateTime(new Date(result.value.expires), flow.ctx.user.language, deps.config.timeZone);
    await flow.ctx.reply(flow.ctx.t("invite-created", { link: result.value.link, expires }), { link_preview_options: { is_disabled: true } });
  };
}

/**
 * A coordinator (or an admin) invites a facilitator: one of their counties that has villages,
 * some of its villages, and the same one-time, expiring link as a coordinator's.
 */
export function inviteFacilitatorConversation(deps: BotDeps) {
  return async function inviteFacilitator(conversation: Conv, ctx: ConvContext): Promise<void> {
    const inviterId = ctx.user.id;
    // The inviter's counties, read once on entry (before the flow's checkpoint).
    const actor = await conversation.external(() => loadActor(deps.db, inviterId));
    const flow = await openFlow(conversation, ctx, { name: INVITE_FACILITATOR, keepWhenLeft: false, left: (c) => c.t("invite-left") });
    const lang = flow.ctx.user.language;
    const counties = deps.counties.filter((c) => c.villages.length > 0 && (actor.role === "admin" || actor.regionIds.includes(c.id)));
    if (counties.length === 0) {
      await flow.end();
      return void (await flow.ctx.reply(flow.ctx.t("err-invite-no-villages")));
    }
    const code = await ask(
      flow,
      "county",
      singleChoiceStep(
        (c) => c.t("invite-facilitator-ask-county"),
        counties.map((c) => ({ id: c.code, label: lang === "fa" ? c.nameFa : c.nameEn })),
      ),
    );
    const county = counties.find((c) => c.code === code)!;
    const villageIds = await ask(
      flow,
      "villages",
      multiChoiceStep(
        (c) => c.t("invite-facilitator-ask-villages", { county: lang === "fa" ? county.nameFa : county.nameEn }),
        county.villages.map((v) => ({ id: String(v.id), label: lang === "fa" ? v.nameFa : v.nameEn })),
      ),
    );
    await flow.end();
    const username = ctx.me.username;
    const result = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        const { token, expiresAt } = await createFacilitatorInvitation(deps, inviterId, villageIds.map(Number), deps.config.invitationTtlHours);
        return { link: invitationLink(deps.config.platform, username, token), expires: expiresAt.toISOString() };
      }),
    );
    if (!result.ok) return void (await flow.ctx.reply(result.text));
    const expires = formatDateTime(new Date(result.value.expires), lang, deps.config.timeZone);
    await flow.ctx.reply(flow.ctx.t("invite-facilitator-created", { link: result.value.link, expires }), { link_preview_options: { is_disabled: true } });
  };
}

/** An admin changes a coordinator's counties; choosing none revokes the role, after one confirmation. */
export function coordinatorCountiesConversation(deps: BotDeps) {
  return async function coordinatorCounties(conversation: Conv, ctx: ConvContext, userId: number, name: string): Promise<void> {
    const adminId = ctx.user.id;
    // Read once, on entry (before the flow's checkpoint).
    const current = await conversation.external(async () =>
      (await deps.db.coordinatorRegion.findMany({ where: { userId }, include: { region: true } })).map((c) => c.region.code),
    );
    const flow = await openFlow(conversation, ctx, {
      name: COORDINATOR_COUNTIES,
      keepWhenLeft: false,
      left: (c) => c.t("coordinator-counties-left", { name }),
    });
    const codes = await ask(
      flow,
      "counties",
      multiChoiceStep((c) => c.t("coordinator-counties-ask", { name }), countyOptions(flow.ctx, deps), { initial: current, allowNone: true }),
    );
    if (codes.length === 0) {
      const sure = await ask(
        flow,
        "confirm",
        singleChoiceStep(
          (c) => c.t("coordinator-revoke-confirm", { name }),
          [
            { id: "yes", label: flow.ctx.t("btn-revoke-yes") },
            { id: "no", label: flow.ctx.t("btn-revoke-no") },
          ],
        ),
      );
      if (sure === "no") return flow.forget("counties", "confirm");
    }
    await flow.end();
    const result = await conversation.external(async () => {
      const changed = await orRefusal(flow.ctx, () => setCoordinatorCounties(deps, adminId, userId, codes));
      if (changed.ok) await refreshCommandMenu(flow.ctx.api, { db: deps.db, translate: deps.translate, platform: PLATFORMS[deps.config.platform] }, userId);
      return changed;
    });
    await flow.ctx.reply(result.ok ? flow.ctx.t(codes.length > 0 ? "coordinator-updated" : "coordinator-revoked", { name }) : result.text);
  };
}
