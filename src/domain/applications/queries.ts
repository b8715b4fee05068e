import type { Db } from "../../db/client.ts";
import type { ApplicationKind, ApplicationStatus } from "../catalog.ts";
import { checklistFor, type ChecklistItem } from "../documents/checklist.ts";
import { DomainError } from "../errors.ts";
import type { CaseDetails } from "../review/cases.ts";
import { caseSecondBody, type CaseSecondBody } from "../review/second-body.ts";
import { followedBy, follows } from "../facilitators/scope.ts";

export interface ApplicationListItem {
  trackingCode: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  businessName: string;
  submittedAt: Date;
  /** A case filed for a person the viewer registered on their behalf: that person's name. */
  onBehalfOf: string | null;
}

export interface ApplicationDetails extends Omit<ApplicationListItem, "onBehalfOf"> {
  /** A case of a person the viewer registered and holds: who (their record's id, for a new take-over code). */
  onBehalfOf: { name: string; personId: number } | null;
  county: { fa: string; en: string };
  village: string;
  loan: { program: { fa: string; en: string }; amountRials: number; repaymentMonths: number; purpose: string; introducingBody: string | null } | null;
  /** The latest introduction to a bank, with its outcome (src/domain/loans/bank.ts). */
  referral: CaseDetails["referral"];
  checklist: ChecklistItem[];
  /** A starred field's second body (whose approval the permit waits for), or null. */
  secondBody: CaseSecondBody | null;
  history: { from: ApplicationStatus | null; to: ApplicationStatus; note: string | null; at: Date }[];
}

/** The applicant's own applications (a facilitator's: also those of the people they hold), newest first. */
export async function listOwnApplications(db: Db, applicantId: number, limit = 20): Promise<ApplicationListItem[]> {
  const rows = await db.application.findMany({
    where: followedBy(applicantId),
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: {
      trackingCode: true,
      kind: true,
      status: true,
      submittedAt: true,
      business: { select: { name: true } },
      applicant: { select: { id: true, fullName: true } },
    },
  });
  return rows.map((r) => ({
    trackingCode: r.trackingCode,
    kind: r.kind as ApplicationKind,
    status: r.status as ApplicationStatus,
    businessName: r.business.name,
    submittedAt: r.submittedAt,
    onBehalfOf: r.applicant.id === applicantId ? null : (r.applicant.fullName ?? ""),
  }));
}

/**
 * One application by tracking code, only if it is the applicant's own (or held by them, see
 * followedBy). Someone else's
 * code gets the same answer as an unknown one, so codes cannot be probed.
 */
export async function getOwnApplication(db: Db, applicantId: number, trackingCode: string): Promise<ApplicationDetails> {
  const row = await db.application.findUnique({
    where: { trackingCode },
    include: {
      business: { select: { name: true, village: true, category: true } },
      applicant: { select: { heldById: true, fullName: true } },
      region: { select: { nameFa: true, nameEn: true } },
      program: { select: { nameFa: true, nameEn: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      referrals: { orderBy: { id: "desc" }, take: 1 },
    },
  });
  if (!row || !follows(applicantId, row)) throw new DomainError("application-not-found", "err-application-not-found");
  return {
    trackingCode: row.trackingCode,
    kind: row.kind as ApplicationKind,
    status: row.status as ApplicationStatus,
    businessName: row.business.name,
    submittedAt: row.submittedAt,
    onBehalfOf: row.applicantId === applicantId ? null : { name: row.applicant.fullName ?? "", personId: row.applicantId },
    county: { fa: row.region.nameFa, en: row.region.nameEn },
    village: row.business.village,
    loan: row.program
      ? {
          program: { fa: row.program.nameFa, en: row.program.nameEn },
          amountRials: Number(row.amountRials ?? 0n),
          repaymentMonths: row.repaymentMonths ?? 0,
          purpose: row.purpose ?? "",
          introducingBody: row.introducingBody,
        }
      : null,
    referral: row.referrals[0] ?? null,
    checklist: await checklistFor(db, row.id),
    secondBody: caseSecondBody(row, row.business.category),
    history: row.events.map((e) => ({
      from: e.fromStatus as ApplicationStatus | null,
      to: e.toStatus as ApplicationStatus,
      note: e.note,
      at: e.createdAt,
    })),
  };
}
