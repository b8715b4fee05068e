import type { ApplicationKind, ApplicationStatus } from "../catalog.ts";
import type { DomainDeps } from "../context.ts";
import { checklistFor, documentsFor, requestsAnswered } from "../documents/checklist.ts";
import { documentListParam, uploadButtons } from "../documents/requested.ts";
import { DomainError } from "../errors.ts";
import { refusalOf } from "../input/refusal.ts";
import { bankNotice, checkBankStep, type BankStep } from "../loans/bank.ts";
import { notifyCoordinators } from "../notify-coordinators.ts";
import { enqueue, type OutboxMessage } from "../outbox.ts";
import { formatTrackingCode } from "../tracking-code.ts";
import { asApplicant, authorizeOnCase, loadActor, refuse, requireStaff } from "./actor.ts";
import { requiredNote, reviewNote } from "./note.ts";
import { addMonths, permitNumber } from "./permit.ts";
import { refusalReasonsOf, secondBodyByCode, secondBodyFor, type RefusalReason, type SecondBody } from "./second-body.ts";
import { findTransition, TRANSITIONS } from "./transitions.ts";

export interface ReviewDeps extends DomainDeps {
  /** How long an issued permit is valid (PERMIT_VALIDITY_MONTHS). */
  permitValidityMonths?: number;
  /** The time zone whose days dates typed by staff are checked in (TZ). */
  timeZone?: string;
}

export const DEFAULT_PERMIT_VALIDITY_MONTHS = 12;

export interface StatusChange extends BankStep {
  applicationId: number;
  /** The version the actor saw; a newer one means someone else acted first. */
  version: number;
  to: ApplicationStatus;
  note?: string;
  /** Codes of the documents to ask for (with documents_requested). */
  documents?: string[];
  /** Why the second body refused a starred field's permit (a code of data/second-bodies.json), with second_body_refused. */
  secondBodyReason?: string;
  /** Every check, no change: the move is allowed now (before asking "are you sure?"). */
  dryRun?: boolean;
}

export interface ChangedStatus {
  status: ApplicationStatus;
  version: number;
}

/**
 * Moves an application along the state machine: authorizes the actor on the case, checks
 * the move against the table, writes the change only if nobody changed the case since the
 * actor saw it (version), records it in the history, and tells the applicant.
 */
export async function changeStatus(deps: ReviewDeps, actorId: number, change: StatusChange, capacity: "own" | "applicant" = "own"): Promise<ChangedStatus> {
  const { db } = deps;
  const loaded = await loadActor(db, actorId);
  // The applicant's own move (their last upload) is theirs to make even if they are staff now.
  const actor = capacity === "applicant" ? asApplicant(loaded) : loaded;
  const app = await db.application.findUnique({ where: { id: change.applicationId } });
  if (!app) throw new DomainError("application-not-found", "err-application-not-found");
  await authorizeOnCase(db, actor, app, `status:${change.to}`);
  // An applicant may only make the moves the table gives applicants; anything else is staff work.
  if (!TRANSITIONS.some((t) => t.to === change.to && t.roles.includes(actor.role))) await requireStaff(db, actor, `status:${change.to}`);
  const from = app.status as ApplicationStatus;
  // Someone acted first (a double click, another coordinator): refused, recorded, told the current state.
  const refuseStale = (current: ApplicationStatus) =>
    refuse(db, actor, "stale", "err-stale", { type: "application", id: app.id }, { to: change.to, version: change.version }, { status: current });
  if (app.version !== change.version) await refuseStale(from);
  const kind = app.kind as ApplicationKind;
  // A starred field's permit waits for its second body (the field as it is now; the body named when the case entered the step).
  const { category } = await db.business.findUniqueOrThrow({ where: { id: app.businessId }, select: { category: true } });
  const body: SecondBody | null = kind === "home_permit" ? ((app.secondBody ? secondBodyByCode(app.secondBody) : null) ?? secondBodyFor(category)) : null;
  const transition = findTransition(kind, from, change.to, actor.role, body ? "starred" : "plain");
  if (!transition) {
    await refuse(db, actor, "transition-refused", "err-transition-refused", { type: "application", id: app.id }, { from, to: change.to });
  }
  const checked = (transition!.needsNote ? requiredNote : reviewNote).safeParse(change.note ?? "");
  if (!checked.success && (transition!.needsNote || change.note !== undefined)) {
    const { key, params } = refusalOf(checked.error);
    throw new DomainError(transition!.needsNote ? "note-required" : "note-invalid", key, params);
  }
  const note = checked.data;
  const allDocuments = await documentsFor(db, app.id);
  const requested = allDocuments.filter((d) => change.documents?.includes(d.code));
  if (transition!.needsDocuments && (requested.length === 0 || requested.length !== new Set(change.documents).size)) {
    throw new DomainError("documents-required", "err-documents-required");
  }
  if (transition!.needsRequestedDocuments && !requestsAnswered(await checklistFor(db, app.id))) {
    await refuse(db, actor, "documents-missing", "err-documents-missing", { type: "application", id: app.id }, { from, to: change.to });
  }
  let refusal: RefusalReason | undefined;
  if (transition!.needsSecondBodyReason) {
    refusal = refusalReasonsOf(body!.code).find((r) => r.code === change.secondBodyReason);
    if (!refusal) throw new DomainError("second-body-reason-required", "err-second-body-reason-required");
  }
  const bankWrite = await checkBankStep(db, transition!, app, change, deps.clock.now(), deps.timeZone ?? "Asia/Tehran");
  if (change.dryRun) return { status: from, version: app.version };

  const result = await db.$transaction(async (tx) => {
    const now = deps.clock.now();
    const permit =
      change.to === "issued"
        ? {
            permitNumber: permitNumber(app.id, now),
            permitIssuedAt: now,
            permitExpiresAt: addMonths(now, deps.permitValidityMonths ?? DEFAULT_PERMIT_VALIDITY_MONTHS),
          }
        : {};
    const { count } = await tx.application.updateMany({
      where: { id: app.id, version: change.version, status: from },
      data: {
        status: change.to,
        version: { increment: 1 },
        updatedAt: now,
        statusChangedAt: now,
        ...(change.to === "under_review" && actor.role !== "applicant" ? { assignedToId: actor.id } : {}),
        ...permit,
        ...(change.to === "awaiting_second_body" ? { secondBody: body!.code, secondBodyRefusal: null } : {}),
        ...(refusal ? { secondBodyRefusal: refusal.code } : {}),
      },
    });
    if (count === 0) return null;
    await tx.applicationEvent.create({ data: { applicationId: app.id, actorId: actor.id, fromStatus: from, toStatus: change.to, note, createdAt: now } });
    await bankWrite?.(tx, actor.id);
    if (change.to === "documents_requested") {
      await tx.documentRequest.createMany({
        data: requested.map((d) => ({ applicationId: app.id, documentCode: d.code, requestedById: actor.id, requestedAt: now })),
      });
    }
    const version = app.version + 1;
    await enqueue(tx, [applicantNotice({ ...app, version }, { to: change.to, note, requested, permit, bank: change, body, refusal }, now)]);
    if (actor.role === "applicant") {
      await notifyCoordinators(tx, app, {
        kind: "docs-back",
        template: "notify-docs-back",
        event: `docs-back:${app.id}:${version}`,
        now,
        params: { trackingCode: formatTrackingCode(app.trackingCode) },
      });
    }
    return { status: change.to, version };
  });
  if (!result) {
    const current = await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } });
    await refuseStale(current.status as ApplicationStatus);
  }
  return result!;
}

/** What the applicant is told, in their language at sending time, with upload buttons when documents are asked for. */
function applicantNotice(
  app: { id: number; applicantId: number; trackingCode: string; version: number },
  change: {
    to: ApplicationStatus;
    note: string | undefined;
    requested: { code: string; name: { fa: string; en: string } }[];
    permit: { permitNumber?: string; permitIssuedAt?: Date; permitExpiresAt?: Date };
    bank: BankStep;
    body: SecondBody | null;
    refusal: RefusalReason | undefined;
  },
  now: Date,
): OutboxMessage {
  const { to, note, requested, permit } = change;
  const trackingCode = formatTrackingCode(app.trackingCode);
  const base = { recipientId: app.applicantId, kind: "status", dedupeKey: `status:${app.id}:${app.version}`, notBefore: now };
  if (to === "documents_requested") {
    return {
      ...base,
      template: "notify-docs-requested",
      params: {
        trackingCode,
        documents: documentListParam(requested),
        note: note ?? "—",
      },
      buttons: uploadButtons(app.trackingCode, requested),
    };
  }
  if (to === "issued") {
    return {
      ...base,
      template: "notify-permit-issued",
      params: {
        trackingCode,
        permitNumber: permit.permitNumber!,
        issuedAt: { day: permit.permitIssuedAt!.toISOString() },
        expiresAt: { day: permit.permitExpiresAt!.toISOString() },
      },
    };
  }
  if (to === "awaiting_second_body") {
    return { ...base, template: "notify-second-body-waiting", params: { trackingCode, body: change.body!.name } };
  }
  if (to === "second_body_refused") {
    return {
      ...base,
      template: "notify-second-body-refused",
      params: { trackingCode, body: change.body!.name, reason: change.refusal!.name, note: note ?? "—" },
    };
  }
  const bank = bankNotice(to, change.bank, note);
  if (bank) return { ...base, template: bank.template, params: { trackingCode, ...bank.params } };
  return { ...base, template: note ? "notify-status-note" : "notify-status", params: { trackingCode, status: { t: `status-${to}` }, note: note ?? "" } };
}
