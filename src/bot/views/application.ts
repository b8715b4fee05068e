import { InlineKeyboard } from "grammy";
import { eraseHeldButton, takeoverButton } from "./takeover.ts";
import { z } from "zod";
import { getOwnApplication, type ApplicationDetails, type ApplicationListItem } from "../../domain/applications/queries.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BaseContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { twoPerRow } from "../keyboards/two-per-row.ts";
import { referralBlock, secondBodyLine } from "./case.ts";
import { checklistView } from "./checklist.ts";
import { orRefusal } from "./refusal.ts";
import { paginate, withPageRow } from "./pager.ts";
import { money } from "./program.ts";

export const applicationButton = callbackFamily("app", z.tuple([z.string().regex(/^\d{8}$/)]));

/** The applicant's list: one entry per application and a button to open each, a page at a time. */
export function applicationList(ctx: BaseContext, items: ApplicationListItem[], timeZone: string, page = 0) {
  const blocks = items.map((a) => {
    const item = ctx.t("apps-item", {
      code: formatTrackingCode(a.trackingCode),
      kind: ctx.t(`kind-${a.kind}`),
      business: a.businessName,
      status: ctx.t(`status-${a.status}`),
      date: formatDateTime(a.submittedAt, ctx.user.language, timeZone),
    });
    return a.onBehalfOf === null ? item : `${ctx.t("apps-on-behalf", { name: a.onBehalfOf })}\n${item}`;
  });
  // Each entry is followed by an empty line.
  const shown = paginate(
    ctx.t("apps-title"),
    blocks.map((b) => `\n${b}`),
    page,
    ctx.t("list-continued"),
  );
  const onPage = shown.shown.map((i) => items[i]!);
  const keyboard = twoPerRow(onPage, (a) => [`🔎 ${formatTrackingCode(a.trackingCode)}`, applicationButton.pack(a.trackingCode)]);
  return { text: shown.text, keyboard: withPageRow(ctx, keyboard, "apps", "-", shown) };
}

/** One application with its whole status history, dates in the user's calendar, in blocks for paging. */
function applicationBlocks(ctx: BaseContext, app: ApplicationDetails, timeZone: string): string[] {
  const lang = ctx.user.language;
  const head = ctx.t("app-details", {
    kind: ctx.t(`kind-${app.kind}`),
    business: app.businessName,
    code: formatTrackingCode(app.trackingCode),
    county: app.county[lang],
    village: app.village,
    status: ctx.t(`status-${app.status}`),
    date: formatDateTime(app.submittedAt, lang, timeZone),
  });
  const history = app.history.map((h) => {
    const line = ctx.t("app-history-item", { date: formatDateTime(h.at, lang, timeZone), status: ctx.t(`status-${h.to}`) });
    return h.note ? `${line} ${ctx.t("app-history-note", { note: h.note })}` : line;
  });
  const loan = app.loan
    ? ctx.t("app-loan-details", {
        program: app.loan.program[lang],
        amount: money(ctx, app.loan.amountRials),
        months: ctx.t("months-count", { count: app.loan.repaymentMonths }),
        purpose: app.loan.purpose,
      })
    : null;
  const body = app.loan?.introducingBody ? [ctx.t("app-introducing-body", { body: ctx.t(`body-${app.loan.introducingBody}`) })] : [];
  const bank = app.referral ? [referralBlock(ctx, app.referral, timeZone)] : [];
  const second = secondBodyLine(ctx, app);
  if (second) bank.push(second);
  const checklist = app.checklist.length > 0 ? ["", checklistView(ctx, app.trackingCode, app.checklist).text] : [];
  const person = app.onBehalfOf ? [ctx.t("apps-on-behalf", { name: app.onBehalfOf.name })] : [];
  return [...person, head, ...(loan ? [loan] : []), ...body, ...bank, "", ctx.t("app-history-title"), ...history, ...checklist];
}

/** One own application (a page of it, with upload buttons when it has documents), or the localized "not found". */
export async function showOwnApplication(
  deps: BotDeps,
  ctx: BaseContext,
  applicantId: number,
  code: string,
  page = 0,
): Promise<{ text: string; buttons?: InlineKeyboard }> {
  const found = await orRefusal(ctx, () => getOwnApplication(deps.db, applicantId, code));
  if (!found.ok) return { text: found.text };
  const app = found.value;
  const shown = paginate("", applicationBlocks(ctx, app, deps.config.timeZone), page, ctx.t("app-continued", { code: formatTrackingCode(app.trackingCode) }));
  let buttons = app.checklist.length > 0 ? checklistView(ctx, app.trackingCode, app.checklist).keyboard : undefined;
  // The facilitator can give the person a new take-over code (a lost one stops working).
  if (app.onBehalfOf) {
    buttons = (buttons ?? new InlineKeyboard())
      .row()
      .text(ctx.t("btn-takeover-code"), takeoverButton.pack(app.onBehalfOf.personId))
      .text(ctx.t("btn-erase-held"), eraseHeldButton.pack("ask", app.onBehalfOf.personId));
  }
  return { text: shown.text, buttons: withPageRow(ctx, buttons, "app", app.trackingCode, shown) };
}
