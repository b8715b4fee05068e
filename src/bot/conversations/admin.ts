import { createInvitation, INVITATION_PREFIX, setCoordinatorCounties } from "../../domain/invitations.ts";
import { formatDateTime } from "../../i18n/format.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask } from "./ask.ts";
import { multiChoiceStep } from "./steps.ts";

export const INVITE = "invite";
export const COORDINATOR_COUNTIES = "coordinator-counties";

async function countyOptions(conversation: Conv, ctx: ConvContext, deps: BotDeps) {
  const counties = deps.counties;
  return counties.map((c) => ({ id: c.code, label: ctx.user.language === "fa" ? c.nameFa : c.nameEn }));
}

/** The deep link that opens the bot with the invitation (Telegram's and Bale's forms). */
export function invitationLink(platform: string, username: string, token: string): string {
  const host = platform === "bale" ? "ble.ir" : "t.me";
  return `https://${host}/${username}?start=${INVITATION_PREFIX}${token}`;
}

/** An admin picks counties and gets a one-time, expiring link for the new coordinator. */
export function inviteConversation(deps: BotDeps) {
  return async function invite(conversation: Conv, ctx: ConvContext): Promise<void> {
    const adminId = ctx.user.id;
    const options = await countyOptions(conversation, ctx, deps);
    const codes = await ask(
      conversation,
      ctx,
      multiChoiceStep(() => ctx.t("invite-ask-counties"), options),
    );
    const result = await conversation.external(() =>
      orRefusal(ctx, async () => {
        const { token, expiresAt } = await createInvitation(deps, adminId, codes, deps.config.invitationTtlHours);
        return { link: invitationLink(deps.config.platform, ctx.me.username, token), expires: expiresAt.toISOString() };
      }),
    );
    if (!result.ok) return void (await ctx.reply(result.text));
    const expires = formatDateTime(new Date(result.value.expires), ctx.user.language, deps.config.timeZone);
    await ctx.reply(ctx.t("invite-created", { link: result.value.link, expires }), { link_preview_options: { is_disabled: true } });
  };
}

/** An admin changes a coordinator's counties; choosing none revokes the role. */
export function coordinatorCountiesConversation(deps: BotDeps) {
  return async function coordinatorCounties(conversation: Conv, ctx: ConvContext, userId: number, name: string): Promise<void> {
    const adminId = ctx.user.id;
    const options = await countyOptions(conversation, ctx, deps);
    const current = await conversation.external(async () =>
      (await deps.db.coordinatorRegion.findMany({ where: { userId }, include: { region: true } })).map((c) => c.region.code),
    );
    const codes = await ask(
      conversation,
      ctx,
      multiChoiceStep(() => ctx.t("coordinator-counties-ask", { name }), options, current, true),
    );
    const result = await conversation.external(() => orRefusal(ctx, () => setCoordinatorCounties(deps, adminId, userId, codes)));
    await ctx.reply(result.ok ? ctx.t(codes.length > 0 ? "coordinator-updated" : "coordinator-revoked", { name }) : result.text);
  };
}
