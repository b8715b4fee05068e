import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/sqlite/client.ts";
import { DEFAULT_BANK_PAYMENT_DAYS } from "../loans/bank.ts";
import { isStaff, type Actor } from "../review/actor.ts";
import { periodRange, reportOf, reportRegions, requireReportReader, type ReportPeriod, type WorkingGroupReport } from "./working-group.ts";
import type { DomainDeps } from "../context.ts";
import { communityStatsIn, type CommunityStats } from "../stats/community.ts";

type Names = { fa: string; en: string };

/** One case behind the report: a loan with a step in the period, or a permit issued in it. No national IDs or phone numbers, ever. */
export interface ReportCase {
  trackingCode: string;
  kind: string;
  status: string;
  county: Names;
  /** The village of the county's list the business matched (reference data, not what was typed). */
  village: Names | null;
  introducingBody: string | null;
  program: Names | null;
  submittedAt: Date;
  requestedRials: bigint | null;
  plannedJobs: number;
  /** The latest introduction to a bank, if any. */
  bank: { bank: string; branch: string; introducedAt: Date; decision: string | null; returnReason: string | null } | null;
  paidAt: Date | null;
  paidRials: bigint | null;
  daysToPayment: number | null;
  /** The latest follow-up answer about jobs. */
  jobs: { monthsAfter: number; selfWorks: boolean; newJobs: number; keptJobs: number; verified: boolean } | null;
  permitIssuedAt: Date | null;
  /** Only for readers whose role may see names (staff): the applicant, the business and its permit's number. */
  named?: { applicant: string; business: string; permitNumber: string | null };
}

/** The report with the cases behind it, and whether the reader may see names. */
export interface ReportExport {
  report: WorkingGroupReport;
  /** The oldest CASE_ROWS_LIMIT cases at most; `casesTotal` says how many there are. */
  cases: ReportCase[];
  casesTotal: number;
  names: boolean;
  /** The facilitators' cases and the funds, cooperatives and unions per county, as they are now (not for the period). */
  community: CommunityStats;
}

/** A sheet keeps to a size a spreadsheet program opens and the messengers take (the figures always count every case). */
export const CASE_ROWS_LIMIT = 100_000;

/** What a role may read: admins and observers the province, coordinators their counties; names for staff only. */
const readerScope = (actor: Actor) => ({
  regionIds: reportRegions(actor),
  names: isStaff(actor),
});

/**
 * The cases of some counties (null: the province) behind a period's report: loan applications
 * filed, introduced, paid or returned in it, and permits issued in it, oldest first.
 */
export async function reportCases(
  db: Db | Tx,
  regionIds: number[] | null,
  range: { from: Date; to: Date },
  names: boolean,
  limit = CASE_ROWS_LIMIT,
): Promise<{ cases: ReportCase[]; total: number }> {
  if (regionIds?.length === 0) return { cases: [], total: 0 };
  const within = { gte: range.from, lt: range.to };
  const where = {
    ...(regionIds === null ? {} : { regionId: { in: regionIds } }),
    OR: [
      { kind: "loan", submittedAt: within },
      { kind: "loan", referrals: { some: { OR: [{ introducedAt: within }, { paidAt: within }, { decision: "returned", decidedAt: within }] } } },
      { kind: "home_permit", permitIssuedAt: within },
    ],
  };
  const [total, rows] = await Promise.all([db.application.count({ where }), findCases(db, where, limit)]);
  return { total, cases: await caseRows(db, rows, names) };
}

function findCases(db: Db | Tx, where: Prisma.ApplicationWhereInput, limit: number) {
  return db.application.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      trackingCode: true,
      kind: true,
      status: true,
      submittedAt: true,
      amountRials: true,
      introducingBody: true,
      permitIssuedAt: true,
      region: { select: { nameFa: true, nameEn: true } },
      program: { select: { nameFa: true, nameEn: true } },
      business: { select: { plannedJobs: true, villageRef: { select: { nameFa: true, nameEn: true } } } },
      referrals: { orderBy: { introducedAt: "desc" }, take: 1 },
      jobsReports: { orderBy: { monthsAfter: "desc" }, take: 1 },
    },
  });
}

async function caseRows(db: Db | Tx, rows: Awaited<ReturnType<typeof findCases>>, names: boolean): Promise<ReportCase[]> {
  // Names are read (and unsealed) only for a reader who may see them.
  const named = names
    ? new Map(
        (
          await db.application.findMany({
            where: { id: { in: rows.map((r) => r.id) } },
            select: { id: true, permitNumber: true, applicant: { select: { fullName: true } }, business: { select: { name: true } } },
          })
        ).map((r) => [r.id, { applicant: r.applicant.fullName ?? "", business: r.business.name, permitNumber: r.permitNumber }]),
      )
    : null;
  return rows.map((r) => {
    const referral = r.referrals[0];
    const jobs = r.jobsReports[0];
    return {
      trackingCode: r.trackingCode,
      kind: r.kind,
      status: r.status,
      county: { fa: r.region.nameFa, en: r.region.nameEn },
      village: r.business.villageRef ? { fa: r.business.villageRef.nameFa, en: r.business.villageRef.nameEn } : null,
      introducingBody: r.introducingBody,
      program: r.program ? { fa: r.program.nameFa, en: r.program.nameEn } : null,
      submittedAt: r.submittedAt,
      requestedRials: r.amountRials,
      plannedJobs: r.business.plannedJobs,
      bank: referral
        ? {
            bank: referral.bank,
            branch: referral.branch,
            introducedAt: referral.introducedAt,
            decision: referral.decision,
            returnReason: referral.returnReason,
          }
        : null,
      paidAt: referral?.paidAt ?? null,
      paidRials: referral?.paidAmountRials ?? null,
      daysToPayment: referral?.daysToPayment ?? null,
      jobs: jobs
        ? { monthsAfter: jobs.monthsAfter, selfWorks: jobs.selfWorks, newJobs: jobs.newJobs, keptJobs: jobs.keptJobs, verified: jobs.verifiedAt !== null }
        : null,
      permitIssuedAt: r.permitIssuedAt,
      ...(named ? { named: named.get(r.id)! } : {}),
    };
  });
}

/** The report and its cases for an actor already allowed to read it, in their scope. */
async function exportFor(db: Db, actor: Actor, period: ReportPeriod, range: ReturnType<typeof periodRange>, ruleDays: number): Promise<ReportExport> {
  const { regionIds, names } = readerScope(actor);
  const [report, cases, community] = await Promise.all([
    reportOf(db, regionIds, period, range, ruleDays),
    reportCases(db, regionIds, range, names),
    communityStatsIn(db, regionIds),
  ]);
  return { report, cases: cases.cases, casesTotal: cases.total, names, community };
}

/** The spreadsheet's content for the period around now: the report's readers only, each in their scope (as /report). */
export async function workingGroupExport(deps: DomainDeps, actorId: number, period: ReportPeriod, ruleDays = DEFAULT_BANK_PAYMENT_DAYS): Promise<ReportExport> {
  const actor = await requireReportReader(deps, actorId);
  return exportFor(deps.db, actor, period, periodRange(deps.clock.now(), period), ruleDays);
}

/**
 * The same for a scheduled delivery, decided when it is sent: the recipient must still read
 * reports (refused and recorded otherwise), and gets their scope as it is then.
 */
export async function workingGroupExportFor(
  deps: Pick<DomainDeps, "db">,
  recipientId: number,
  period: ReportPeriod,
  range: ReturnType<typeof periodRange>,
  ruleDays = DEFAULT_BANK_PAYMENT_DAYS,
): Promise<ReportExport> {
  const actor = await requireReportReader(deps, recipientId);
  return exportFor(deps.db, actor, period, range, ruleDays);
}
