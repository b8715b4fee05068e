import { z } from "zod";
import { jobsReviewButton } from "../../shared/buttons.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError, isUniqueViolation } from "../errors.ts";
import { notifyCoordinators } from "../notify-coordinators.ts";
import { addMonths } from "../review/permit.ts";
import { authorizeOnCase, loadActor, refuse, requireStaff } from "../review/actor.ts";
import { formatTrackingCode } from "../tracking-code.ts";

/** How many people work in the business: the applicant themselves, and others (new since the loan, or kept from before). */
export const jobsFigures = z.object({
  selfWorks: z.boolean(),
  newJobs: z.number().int().min(0).max(999),
  keptJobs: z.number().int().min(0).max(999),
});
export type JobsFigures = z.infer<typeof jobsFigures>;

/** Self-employment (the applicant alone), an employer (others work there), or no job at all (closed). */
export type EmploymentKind = "self-employed" | "employer" | "none";

export function employmentKind(f: JobsFigures): EmploymentKind {
  if (f.newJobs + f.keptJobs > 0) return "employer";
  return f.selfWorks ? "self-employed" : "none";
}

/** Jobs the figures count: the applicant's own, and every other person's. */
export const jobsCount = (f: JobsFigures) => (f.selfWorks ? 1 : 0) + f.newJobs + f.keptJobs;

const figureParams = (f: JobsFigures) => ({
  self: { t: f.selfWorks ? "jobs-self-yes" : "jobs-self-no" },
  newJobs: f.newJobs,
  keptJobs: f.keptJobs,
  kind: { t: `jobs-kind-${employmentKind(f)}` },
});

/**
 * The applicant's answer to a follow-up: only for their own paid loan, only once the follow-up
 * is due (that many months after the payment), once per follow-up. The county's coordinators
 * are told, with buttons to verify or correct it.
 */
export async function reportJobs(
  deps: DomainDeps,
  applicantId: number,
  input: { applicationId: number; monthsAfter: number } & JobsFigures,
): Promise<{ reportId: number }> {
  const figures = jobsFigures.safeParse(input);
  if (!figures.success) throw new DomainError("jobs-invalid", "err-jobs-invalid");
  const app = await deps.db.application.findUnique({
    where: { id: input.applicationId },
    include: { referrals: { where: { paidAt: { not: null } }, orderBy: { id: "desc" }, take: 1 } },
  });
  if (!app || app.applicantId !== applicantId) throw new DomainError("application-not-found", "err-application-not-found");
  // A paid loan's follow-up counts from the payment; a permit's yearly question (no paid loan) from the issue, whole years only.
  const since = app.status === "paid" ? app.referrals[0]?.paidAt : await permitYearStart(deps, app, input.monthsAfter);
  if (!since) throw new DomainError("application-not-found", "err-application-not-found");
  const now = deps.clock.now();
  if (addMonths(since, input.monthsAfter) > now) throw new DomainError("jobs-not-due", "err-jobs-not-due");
  try {
    return await deps.db.$transaction(async (tx) => {
      const report = await tx.jobsReport.create({ data: { applicationId: app.id, monthsAfter: input.monthsAfter, ...figures.data, reportedAt: now } });
      await notifyCoordinators(tx, app, {
        kind: "jobs-reported",
        // A permit's yearly answer counts from the issue, not from a payment.
        template: app.kind === "home_permit" ? "notify-jobs-reported-permit" : "notify-jobs-reported",
        event: `jobs-reported:${report.id}`,
        params: { trackingCode: formatTrackingCode(app.trackingCode), months: input.monthsAfter, ...figureParams(figures.data) },
        buttons: [
          [
            { label: { t: "btn-jobs-verify" }, data: jobsReviewButton.pack("ok", report.id) },
            { label: { t: "btn-jobs-correct" }, data: jobsReviewButton.pack("fix", report.id) },
          ],
        ],
        now,
      });
      return { reportId: report.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "applicationId")) throw new DomainError("jobs-already-reported", "err-jobs-already-reported");
    throw error;
  }
}

/** An issued permit's issue day, when its business has no paid loan and `months` is a whole number of years; else null. */
async function permitYearStart(
  deps: DomainDeps,
  app: { kind: string; status: string; businessId: number; permitIssuedAt: Date | null },
  months: number,
): Promise<Date | null> {
  if (app.kind !== "home_permit" || app.status !== "issued" || !app.permitIssuedAt || months % 12 !== 0) return null;
  const paidLoans = await deps.db.application.count({ where: { businessId: app.businessId, kind: "loan", status: "paid" } });
  return paidLoans === 0 ? app.permitIssuedAt : null;
}

/**
 * A coordinator of the case's county (or an admin) verifies a report as it is, or with figures
 * of their own (a correction): recorded with who and when, the audit trail keeping both.
 */
export async function verifyJobsReport(deps: DomainDeps, actorId: number, reportId: number, correction?: JobsFigures): Promise<{ corrected: boolean }> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "jobs-verify");
  const report = await deps.db.jobsReport.findUnique({ where: { id: reportId }, include: { application: true } });
  if (!report) throw new DomainError("jobs-report-not-found", "err-application-not-found");
  await authorizeOnCase(deps.db, actor, report.application, "jobs-verify");
  if (report.verifiedAt) {
    await refuse(deps.db, actor, "jobs-already-verified", "err-jobs-already-verified", { type: "jobs-report", id: report.id });
  }
  const figures = correction ? jobsFigures.parse(correction) : null;
  const reported = { selfWorks: report.selfWorks, newJobs: report.newJobs, keptJobs: report.keptJobs };
  const corrected = figures !== null && JSON.stringify(figures) !== JSON.stringify(reported);
  const now = deps.clock.now();
  const done = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.jobsReport.updateMany({
      where: { id: report.id, verifiedAt: null },
      data: { verifiedById: actor.id, verifiedAt: now, corrected, ...(corrected ? figures : {}) },
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: actor.id,
      action: corrected ? "jobs.correct" : "jobs.verify",
      subjectType: "jobs-report",
      subjectId: report.id,
      details: { applicationId: report.applicationId, monthsAfter: report.monthsAfter, reported, ...(corrected ? { corrected: figures } : {}) },
    });
    return true;
  });
  if (!done) await refuse(deps.db, actor, "jobs-already-verified", "err-jobs-already-verified", { type: "jobs-report", id: report.id });
  return { corrected };
}

/** A report as the coordinator about to verify it sees it (refused for other counties, or once verified). */
export async function jobsReportForReview(deps: DomainDeps, actorId: number, reportId: number) {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "jobs-verify");
  const report = await deps.db.jobsReport.findUnique({ where: { id: reportId }, include: { application: true } });
  if (!report) throw new DomainError("jobs-report-not-found", "err-application-not-found");
  await authorizeOnCase(deps.db, actor, report.application, "jobs-verify");
  if (report.verifiedAt) await refuse(deps.db, actor, "jobs-already-verified", "err-jobs-already-verified", { type: "jobs-report", id: report.id });
  return { trackingCode: report.application.trackingCode, monthsAfter: report.monthsAfter };
}
