import type { MyData } from "../../domain/privacy/my-data.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { ApplicantFacts } from "../../domain/applicant/facts.ts";
import { formatDate, formatDateTime } from "../../i18n/format.ts";
import type { BaseContext } from "../context.ts";
import { paginate } from "./pager.ts";
import { money } from "./program.ts";

/** /mydata's readable side: the same record as the file, with labels, statuses and dates in the person's language, as many messages as it takes. */
export function myDataMessages(ctx: BaseContext, data: MyData, timeZone: string): string[] {
  const lang = ctx.user.language;
  const date = (iso: string) => formatDateTime(new Date(iso), lang, timeZone);
  const onOff = (on: boolean) => ctx.t(on ? "mydata-on" : "mydata-off");
  const empty = ctx.t("mydata-empty");
  const p = data.profile;
  const blocks = [
    ctx.t("mydata-profile", {
      name: p.fullName ?? p.firstName ?? empty,
      nationalId: p.nationalId ?? empty,
      phone: p.phone ?? empty,
      reminders: onOff(p.reminders),
      announcements: onOff(p.announcements),
      date: date(p.firstSeen),
    }),
    ...(Object.values(p.facts).some((v) => v !== null) ? [factsLine(ctx, p.facts, timeZone)] : []),
    ...data.businesses.map((b) =>
      [
        ctx.t("mydata-business", {
          name: b.name,
          category: ctx.t(`category-${b.category}`),
          workplace: ctx.t(`workplace-${b.workplace}`),
          county: b.county[lang],
          village: b.village,
          jobs: b.plannedJobs,
          capital: money(ctx, BigInt(b.capitalRials)),
          date: date(b.registeredAt),
        }),
        ctx.t("mydata-business-description", { description: b.description || empty }),
        ...(b.hub ? [ctx.t("mydata-business-hub", { name: b.hub.name[lang], date: b.hub.linkedAt ? date(b.hub.linkedAt) : empty })] : []),
      ].join("\n"),
    ),
    ...data.applications.map((a) =>
      [
        ctx.t("mydata-application", {
          kind: ctx.t(`kind-${a.kind}`),
          code: formatTrackingCode(a.trackingCode),
          status: ctx.t(`status-${a.status}`),
          date: date(a.submittedAt),
        }),
        a.program && a.amountRials ? ctx.t("mydata-application-loan", { program: a.program[lang], amount: money(ctx, BigInt(a.amountRials)) }) : null,
        a.permitNumber ? ctx.t("mydata-application-permit", { number: a.permitNumber }) : null,
        a.documents.length > 0 ? ctx.t("mydata-application-documents", { count: a.documents.length }) : null,
        ...a.history.map((h) => ctx.t("app-history-item", { date: date(h.at), status: ctx.t(`status-${h.to}`) })),
        // The coordinators' notes about the case (a rejection's reason, what documents to send): the person's to read.
        ...(a.history.some((h) => h.note) ? [ctx.t("mydata-application-notes")] : []),
        ...a.history.flatMap((h) => (h.note ? [ctx.t("mydata-application-note", { date: date(h.at), note: h.note })] : [])),
      ]
        .filter((line) => line !== null)
        .join("\n"),
    ),
    ctx.t("mydata-notifications", { count: data.notifications.length }),
  ].map((b) => `\n${b}`);
  const first = paginate(ctx.t("mydata-summary-title"), blocks, 0, ctx.t("list-continued"));
  const rest = Array.from({ length: first.pages - 1 }, (_, i) => paginate(ctx.t("mydata-summary-title"), blocks, i + 1, ctx.t("list-continued")).text);
  return [first.text, ...rest];
}

/** What employment programs asked, in one line ("—" for what was never asked). */
export function factsLine(ctx: BaseContext, f: ApplicantFacts, timeZone: string): string {
  const empty = ctx.t("mydata-empty");
  const yn = (v: boolean | null) => (v === null ? empty : ctx.t(v ? "btn-yes" : "btn-no"));
  return ctx.t("mydata-facts", {
    birthDate: f.birthDate ? formatBirthDate(ctx, f.birthDate, timeZone) : empty,
    sex: f.sex ? ctx.t(`sex-${f.sex}`) : empty,
    education: f.education ? ctx.t(`education-${f.education}`) : empty,
    relief: yn(f.reliefClient),
    welfare: yn(f.welfareClient),
    priorLoan: yn(f.priorLoan?.had ?? null),
  });
}

/** A birth day (ISO, Tehran) in the reader's calendar. */
export function formatBirthDate(ctx: BaseContext, day: string, timeZone: string): string {
  return formatDate(new Date(`${day}T12:00:00+03:30`), ctx.user.language, timeZone);
}
