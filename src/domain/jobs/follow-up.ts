import type { Prisma } from "../../db/generated/sqlite/client.ts";
import { jobsAskButton } from "../../shared/buttons.ts";
import { addMonths } from "../review/permit.ts";
import { after, type Subject, type WindowRule } from "../reminders/window.ts";
import { formatTrackingCode } from "../tracking-code.ts";

/**
 * `months` after a loan was paid, its applicant is asked how many people work in the business
 * (a button opens the questions). Asked whatever their reminder setting: it is about their own
 * loan, like a status change. A follow-up already answered is not asked again.
 */
export function jobsFollowUpRule(months: number): WindowRule<Subject & { applicationId: number; applicantId: number; trackingCode: string }> {
  const key = `jobs-${months}`;
  return {
    key,
    horizon: (now) => addMonths(now, -months),
    async load(db, position, until, take) {
      const paid = await db.bankReferral.findMany({
        where: {
          ...(after("paidAt", position, until) as Prisma.BankReferralWhereInput),
          application: { status: "paid", applicant: { status: "active" } },
        },
        orderBy: [{ paidAt: "asc" }, { id: "asc" }],
        take,
        select: { id: true, paidAt: true, application: { select: { id: true, applicantId: true, trackingCode: true } } },
      });
      return paid.map((r) => ({
        id: r.id,
        at: r.paidAt!,
        applicationId: r.application.id,
        applicantId: r.application.applicantId,
        trackingCode: r.application.trackingCode,
      }));
    },
    async messages(tx, loans, now) {
      const answered = await tx.jobsReport.findMany({
        where: { applicationId: { in: loans.map((l) => l.applicationId) }, monthsAfter: months },
        select: { applicationId: true },
      });
      const done = new Set(answered.map((a) => a.applicationId));
      return loans
        .filter((l) => !done.has(l.applicationId))
        .map((l) => ({
          recipientId: l.applicantId,
          kind: "follow-up",
          template: "followup-jobs",
          params: { trackingCode: formatTrackingCode(l.trackingCode), months },
          buttons: [[{ label: { t: "btn-jobs-answer" }, data: jobsAskButton.pack(l.applicationId, months) }]],
          dedupeKey: `followup:${key}:${l.applicationId}`,
          notBefore: now,
        }));
    },
  };
}

/** Applicants who still hear reminders: the yearly question is one, unlike a paid loan's follow-ups. */
const remindable = { status: "active", remindersOptOut: false } satisfies Prisma.UserWhereInput;
/** A business none of whose loans was paid (those get the loan's follow-ups instead). */
const noPaidLoan = { business: { applications: { none: { kind: "loan", status: "paid" } } } } satisfies Prisma.ApplicationWhereInput;

/**
 * The yearly question: `years` years after a permit was issued, a business with no paid loan
 * is asked the same jobs questions (same buttons, same coordinator verification). One rule per
 * year (its key and the message's key name the year), so a year is asked once, whatever the
 * instances or restarts; an answer already given, a loan paid since, or an opt-out skips it.
 */
export function permitJobsRule(years: number): WindowRule<Subject & { applicationId: number; applicantId: number; trackingCode: string }> {
  const months = 12 * years;
  const key = `permit-jobs-${years}y`;
  return {
    key,
    horizon: (now) => addMonths(now, -months),
    async load(db, position, until, take) {
      const permits = await db.application.findMany({
        where: {
          ...(after("permitIssuedAt", position, until) as Prisma.ApplicationWhereInput),
          kind: "home_permit",
          status: "issued",
          applicant: remindable,
          ...noPaidLoan,
        },
        orderBy: [{ permitIssuedAt: "asc" }, { id: "asc" }],
        take,
        select: { id: true, permitIssuedAt: true, applicantId: true, trackingCode: true },
      });
      return permits.map((p) => ({ id: p.id, at: p.permitIssuedAt!, applicationId: p.id, applicantId: p.applicantId, trackingCode: p.trackingCode }));
    },
    async messages(tx, permits, now) {
      const ids = permits.map((p) => p.applicationId);
      const [answered, still] = await Promise.all([
        tx.jobsReport.findMany({ where: { applicationId: { in: ids }, monthsAfter: months }, select: { applicationId: true } }),
        tx.application.findMany({ where: { id: { in: ids }, status: "issued", applicant: remindable, ...noPaidLoan }, select: { id: true } }),
      ]);
      const done = new Set(answered.map((a) => a.applicationId));
      const due = new Set(still.map((a) => a.id));
      return permits
        .filter((p) => due.has(p.applicationId) && !done.has(p.applicationId))
        .map((p) => ({
          recipientId: p.applicantId,
          kind: "follow-up",
          template: "followup-jobs-yearly",
          params: { trackingCode: formatTrackingCode(p.trackingCode), years },
          buttons: [[{ label: { t: "btn-jobs-answer" }, data: jobsAskButton.pack(p.applicationId, months) }]],
          dedupeKey: `followup:${key}:${p.applicationId}`,
          notBefore: now,
        }));
    },
  };
}
