import type { Prisma } from "../../db/generated/sqlite/client.ts";
import type { ApplicationKind, ApplicationStatus } from "../catalog.ts";
import type { DomainDeps } from "../context.ts";
import { changeStatus, type ReviewDeps } from "./change-status.ts";
import { checklistFor, type ChecklistItem } from "../documents/checklist.ts";
import { DomainError } from "../errors.ts";
import { businessHub, type BusinessHub } from "../hubs/hubs.ts";
import { authorizeOnCase, loadActor, mayActOnCase, refuse, requireStaff, reviewScope } from "./actor.ts";
import { casesSharingIdentity, type IdentityMatch } from "./identity.ts";
import { caseSecondBody, type CaseSecondBody } from "./second-body.ts";
import { movesFrom, OPEN_STATUSES, type Transition } from "./transitions.ts";

export interface QueueFilter {
  status?: ApplicationStatus;
  kind?: ApplicationKind;
  page: number;
}

export interface QueueItem {
  id: number;
  trackingCode: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  submittedAt: Date;
  applicantName: string;
  businessName: string;
  county: { fa: string; en: string };
}

export const QUEUE_PAGE_SIZE = 5;

/** A coordinator's open cases in their counties (an admin's: all), oldest first, a page at a time. */
export async function reviewQueue(deps: DomainDeps, actorId: number, filter: QueueFilter): Promise<{ items: QueueItem[]; total: number }> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "queue");
  const where: Prisma.ApplicationWhereInput = {
    ...reviewScope(actor),
    status: filter.status ?? { in: [...OPEN_STATUSES] },
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.db.application.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: filter.page * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      include: { applicant: { select: { fullName: true } }, business: { select: { name: true } }, region: true },
    }),
    deps.db.application.count({ where }),
  ]);
  return { total, items: rows.map(queueItem) };
}

/** A case as a list shows it, from its row with the applicant's name, the business's name and the county. */
export function queueItem(r: {
  id: number;
  trackingCode: string;
  kind: string;
  status: string;
  submittedAt: Date;
  applicant: { fullName: string | null };
  business: { name: string };
  region: { nameFa: string; nameEn: string };
}): QueueItem {
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    kind: r.kind as ApplicationKind,
    status: r.status as ApplicationStatus,
    submittedAt: r.submittedAt,
    applicantName: r.applicant.fullName ?? "",
    businessName: r.business.name,
    county: { fa: r.region.nameFa, en: r.region.nameEn },
  };
}

export interface CaseDetails {
  id: number;
  version: number;
  trackingCode: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  submittedAt: Date;
  applicant: { fullName: string; nationalId: string; phone: string };
  business: {
    id: number;
    name: string;
    category: string;
    village: string;
    description: string;
    workplaceKind: string;
    plannedJobs: number;
    capitalRials: bigint;
  };
  county: { fa: string; en: string };
  loan: { program: { fa: string; en: string }; amountRials: bigint; repaymentMonths: number; purpose: string; introducingBody: string | null } | null;
  permit: { number: string; issuedAt: Date; expiresAt: Date } | null;
  /** The latest introduction to a bank, with the bank's decision and the payment or return. */
  referral: {
    bank: string;
    branch: string;
    introducedAt: Date;
    decision: string | null;
    decidedAt: Date | null;
    returnReason: string | null;
    paidAmountRials: bigint | null;
    paidAt: Date | null;
  } | null;
  /** What the applicant reported of the jobs after payment, follow-up by follow-up. */
  jobs: { id: number; monthsAfter: number; selfWorks: boolean; newJobs: number; keptJobs: number; verified: boolean; corrected: boolean }[];
  assignedTo: string | null;
  assignedToId: number | null;
  /** Filed by a facilitator on the applicant's behalf: who, and how the applicant consented (null when the person did it). */
  filedBy: { name: string; consentKind: string | null; consentAt: Date | null; stillHeld: boolean } | null;
  checklist: ChecklistItem[];
  files: { id: number; documentCode: string; kind: string; sentAs: string; fileId: string; mimeType: string | null; createdAt: Date }[];
  history: { from: ApplicationStatus | null; to: ApplicationStatus; note: string | null; at: Date; actor: string | null }[];
  /** Other accounts' cases with this applicant's national ID or mobile; `openable` when this actor may open them. */
  identityMatches: (IdentityMatch & { openable: boolean })[];
  /** What this actor may do next (the server checks again when they do it). */
  moves: Transition[];
  /** A starred field's second body (whose approval the permit waits for), or null. */
  secondBody: CaseSecondBody | null;
  /** The county's conversion-industry hub, the one the business is linked to, and whether its field feeds it. */
  hub: BusinessHub;
  /**
   * A home-business permit's record as the national permits portal asks for it, so the
   * coordinator files it there without asking again: read from the sealed profile, only here
   * (this actor is authorized for the case). The date of birth is null until the applicant gave it.
   */
  portal: PortalRecord | null;
  /** The target group the loan applied as (TARGET_GROUPS), when its program names any. */
  targetGroup: string | null;
}

export interface PortalRecord {
  fullName: string;
  nationalId: string;
  phone: string;
  /** ISO day (Tehran). */
  birthDate: string | null;
  /** The field of activity (the business's category) and the business. */
  activityField: string;
  businessName: string;
  workplaceKind: string;
  county: { fa: string; en: string };
  village: string;
}

/**
 * A case as its responsible coordinator sees it: the applicant's personal data decrypted
 * (shown only here), the business, documents and the whole history.
 */
export async function caseDetails(deps: DomainDeps, actorId: number, applicationId: number): Promise<CaseDetails> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "case");
  const app = await deps.db.application.findUnique({
    where: { id: applicationId },
    include: {
      applicant: true,
      business: true,
      region: true,
      program: true,
      documents: { orderBy: { id: "asc" } },
      referrals: { orderBy: { id: "desc" }, take: 1 },
      jobsReports: { orderBy: { monthsAfter: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { fullName: true, firstName: true } } } },
    },
  });
  if (!app) throw new DomainError("application-not-found", "err-application-not-found");
  await authorizeOnCase(deps.db, actor, app, "view");
  const assignee = app.assignedToId ? await deps.db.user.findUnique({ where: { id: app.assignedToId } }) : null;
  const filer = app.filedById ? await deps.db.user.findUnique({ where: { id: app.filedById } }) : null;
  const matches = await casesSharingIdentity(deps.db, app.applicantId);
  const secondBody = caseSecondBody(app, app.business.category);
  return {
    id: app.id,
    version: app.version,
    trackingCode: app.trackingCode,
    kind: app.kind as ApplicationKind,
    status: app.status as ApplicationStatus,
    submittedAt: app.submittedAt,
    applicant: { fullName: app.applicant.fullName ?? "", nationalId: app.applicant.nationalId ?? "", phone: app.applicant.phone ?? "" },
    business: app.business,
    county: { fa: app.region.nameFa, en: app.region.nameEn },
    loan: app.program
      ? {
          program: { fa: app.program.nameFa, en: app.program.nameEn },
          amountRials: app.amountRials ?? 0n,
          repaymentMonths: app.repaymentMonths ?? 0,
          purpose: app.purpose ?? "",
          introducingBody: app.introducingBody,
        }
      : null,
    permit: app.permitNumber ? { number: app.permitNumber, issuedAt: app.permitIssuedAt!, expiresAt: app.permitExpiresAt! } : null,
    referral: app.referrals[0] ?? null,
    jobs: app.jobsReports.map((j) => ({ ...j, verified: j.verifiedAt !== null })),
    assignedTo: assignee ? (assignee.fullName ?? assignee.firstName ?? null) : null,
    assignedToId: app.assignedToId,
    filedBy: filer
      ? {
          name: filer.fullName ?? filer.firstName ?? filer.platformUserId,
          consentKind: app.applicant.consentKind,
          consentAt: app.applicant.consentAt,
          stillHeld: app.applicant.heldById === filer.id,
        }
      : null,
    checklist: await checklistFor(deps.db, app.id),
    files: app.documents.map((d) => ({
      id: d.id,
      documentCode: d.documentCode,
      kind: d.kind,
      sentAs: d.sentAs,
      fileId: d.fileId,
      mimeType: d.mimeType,
      createdAt: d.createdAt,
    })),
    history: app.events.map((e) => ({
      from: e.fromStatus as ApplicationStatus | null,
      to: e.toStatus as ApplicationStatus,
      note: e.note,
      at: e.createdAt,
      actor: e.actor ? (e.actor.fullName ?? e.actor.firstName ?? null) : null,
    })),
    identityMatches: matches.map((m) => ({ ...m, openable: mayActOnCase(actor, m) })),
    moves: movesFrom(app.kind as ApplicationKind, app.status as ApplicationStatus, actor.role, secondBody ? "starred" : "plain"),
    secondBody,
    hub: await businessHub(deps.db, app.business),
    portal:
      app.kind === "home_permit"
        ? {
            fullName: app.applicant.fullName ?? "",
            nationalId: app.applicant.nationalId ?? "",
            phone: app.applicant.phone ?? "",
            birthDate: app.applicant.birthDate,
            activityField: app.business.category,
            businessName: app.business.name,
            workplaceKind: app.business.workplaceKind,
            county: { fa: app.region.nameFa, en: app.region.nameEn },
            village: app.business.village,
          }
        : null,
    targetGroup: app.targetGroup,
  };
}

/**
 * "Assign to me": the coordinator takes the case. A new case goes under review with it
 * (a status change, so the version seen must be current); otherwise only the assignee changes.
 */
export async function assignToMe(deps: ReviewDeps, actorId: number, applicationId: number, version: number): Promise<void> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "assign");
  const app = await deps.db.application.findUnique({ where: { id: applicationId } });
  if (!app) throw new DomainError("application-not-found", "err-application-not-found");
  await authorizeOnCase(deps.db, actor, app, "assign");
  if (app.status === "submitted") {
    await changeStatus(deps, actorId, { applicationId, version, to: "under_review" });
    return;
  }
  // A button of the case as it was (decided since, or taken by someone else): refused with the state it is in now.
  const stale = () => refuse(deps.db, actor, "stale", "err-stale", { type: "application", id: app.id }, { action: "assign", version }, { status: app.status });
  if (app.version !== version) await stale();
  // Written only at the version seen: a move made meanwhile wins.
  const { count } = await deps.db.application.updateMany({ where: { id: app.id, version }, data: { assignedToId: actor.id } });
  if (count === 0) await stale();
}
