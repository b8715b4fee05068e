import { z } from "zod";
import { getOwnApplication, type ApplicationDetails, type ApplicationListItem } from "../../domain/applications/queries.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { callbackFamily } from "../callback-data.ts";
import type { BaseContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { twoPerRow } from "../keyboards/two-per-row.ts";

export const applicationButton = callbackFamily("app", z.tuple([z.string().regex(/^\d{8}$/)]));

/** The applicant's list: one entry per application and a button to open each. */
export function applicationList(ctx: BaseContext, items: ApplicationListItem[], timeZone: string) {
  const lines = items.map((a) =>
    ctx.t("apps-item", {
      code: formatTrackingCode(a.trackingCode),
      kind: ctx.t(`kind-${a.kind}`),
      business: a.businessName,
      status: ctx.t(`status-${a.status}`),
      date: formatDateTime(a.submittedAt, ctx.user.language, timeZone),
    }),
  );
  const keyboard = twoPerRow(items, (a) => [`🔎 ${formatTrackingCode(a.trackingCode)}`, applicationButton.pack(a.trackingCode)]);
  return { text: [ctx.t("apps-title"), ...lines].join("\n\n"), keyboard };
}

/** One application with its whole status history, dates in the user's calendar. */
export function applicationDetails(ctx: BaseContext, app: ApplicationDetails, timeZone: string): string {
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
  return [head, "", ctx.t("app-history-title"), ...history].join("\n");
}

/** The text of one own application, or the localized "not found". */
export async function showOwnApplication(deps: BotDeps, ctx: BaseContext, applicantId: number, code: string): Promise<string> {
  try {
    return applicationDetails(ctx, await getOwnApplication(deps.db, applicantId, code), deps.config.timeZone);
  } catch (error) {
    if (error instanceof DomainError) return ctx.t(error.i18nKey);
    throw error;
  }
}
