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
