import type { DomainDeps } from "../context.ts";
import { changeStatus, type ReviewDeps } from "../review/change-status.ts";
import { DomainError, isUniqueViolation } from "../errors.ts";
import { followedBy, follows } from "../facilitators/scope.ts";
import { notifyCoordinators } from "../notify-coordinators.ts";
import type { DocumentKind } from "../programs/catalog-file.ts";
import { formatTrackingCode } from "../tracking-code.ts";
import { checklistFor, isComplete, requestsAnswered, type ChecklistItem } from "./checklist.ts";

/** Documents are taken while a coordinator may still need them. */
export const OPEN_FOR_DOCUMENTS = ["submitted", "under_review", "documents_requested"];

export interface IncomingFile {
  /** What it is for the checklist (an image, however sent, is a "photo"). */
  kind: DocumentKind;
  /** The Bot API object it came as: its file id can be sent again only with that kind's method. */
  sentAs: "photo" | "document";
  fileId: string;
  fileUniqueId: string;
  mimeType?: string;
  sizeBytes?: number;
  storedPath?: string;
}

export interface UploadTarget {
  applicationId: number;
  /** Whose application it is (the uploader, or the person a facilitator holds). */
  applicantId: number;
  kind: string;
  trackingCode: string;
  document: ChecklistItem;
}

/** The applicant's own open application (or one they hold, see followedBy) and one of its documents, or a refusal. */
export async function uploadTarget(deps: Pick<DomainDeps, "db">, applicantId: number, trackingCode: string, documentCode: string): Promise<UploadTarget> {
  const app = await deps.db.application.findUnique({
    where: { trackingCode },
    select: { id: true, kind: true, applicantId: true, status: true, applicant: { select: { heldById: true } } },
  });
  if (!app || !follows(applicantId, app)) throw new DomainError("application-not-found", "err-application-not-found");
  if (!OPEN_FOR_DOCUMENTS.includes(app.status)) throw new DomainError("closed", "err-doc-closed");
  const document = (await checklistFor(deps.db, app.id)).find((d) => d.code === documentCode);
  if (!document) throw new DomainError("unknown-document", "err-doc-unknown");
  return { applicationId: app.id, kind: app.kind, applicantId: app.applicantId, trackingCode, document };
}

/** The documents the applicant's open applications still wait for (asked for, or not received yet), oldest application first. */
export async function documentsAwaited(deps: Pick<DomainDeps, "db">, applicantId: number): Promise<{ trackingCode: string; document: ChecklistItem }[]> {
  const apps = await deps.db.application.findMany({
    where: { ...followedBy(applicantId), status: { in: OPEN_FOR_DOCUMENTS } },
    select: { id: true, trackingCode: true },
    orderBy: { id: "asc" },
  });
  const awaited = [];
  for (const app of apps) {
    for (const document of await checklistFor(deps.db, app.id))
      if (document.requested || document.received === 0) awaited.push({ trackingCode: app.trackingCode, document });
  }
  return awaited;
}

/**
 * Records a file for one required document, fulfilling any open request for it. When this
 * completes a loan's checklist, the county's coordinators are told (once: the outbox dedupe
 * key guards against a race). When it answers the last open request of a case waiting for
 * documents, the case goes back to review.
 */
export async function attachDocument(
  deps: ReviewDeps,
  applicantId: number,
  trackingCode: string,
  documentCode: string,
  file: IncomingFile,
  maxBytes: number,
): Promise<{ checklist: ChecklistItem[]; completedNow: boolean }> {
  const target = await uploadTarget(deps, applicantId, trackingCode, documentCode);
  if (!target.document.accepts.includes(file.kind)) throw new DomainError("wrong-type", "err-doc-type");
  if ((file.sizeBytes ?? 0) > maxBytes) throw new DomainError("too-large", "err-doc-too-large", { mb: Math.floor(maxBytes / 2 ** 20) });

  const result = await recordFile(deps, target, applicantId, documentCode, file);
  const app = await deps.db.application.findUniqueOrThrow({ where: { id: target.applicationId }, select: { status: true, version: true } });
  if (app.status === "documents_requested" && requestsAnswered(result.checklist)) {
    try {
      // The applicant's move, whoever sent the file for them.
      await changeStatus(deps, target.applicantId, { applicationId: target.applicationId, version: app.version, to: "under_review" }, "applicant");
    } catch (error) {
      // A coordinator moved the case meanwhile: their decision stands.
      if (!(error instanceof DomainError && error.code === "stale")) throw error;
    }
  }
  return result;
}

async function recordFile(
  deps: DomainDeps,
  target: UploadTarget,
  applicantId: number,
  documentCode: string,
  file: IncomingFile,
): Promise<{ checklist: ChecklistItem[]; completedNow: boolean }> {
  const trackingCode = target.trackingCode;
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db.$transaction(async (tx) => {
        const now = deps.clock.now();
        const wasComplete = isComplete(await checklistFor(tx, target.applicationId));
        await tx.applicationDocument.create({
          data: { applicationId: target.applicationId, documentCode, uploadedById: applicantId, createdAt: now, ...file },
        });
        await tx.documentRequest.updateMany({
          where: { applicationId: target.applicationId, documentCode, fulfilledAt: null },
          data: { fulfilledAt: now },
        });
        const checklist = await checklistFor(tx, target.applicationId);
        const completedNow = !wasComplete && isComplete(checklist);
        if (completedNow && target.kind === "loan") {
          const app = await tx.application.findUniqueOrThrow({ where: { id: target.applicationId }, include: { program: true } });
          await notifyCoordinators(tx, app, {
            kind: "docs-complete",
            template: "notify-docs-complete",
            event: `docs-complete:${app.id}`,
            now,
            params: { trackingCode: formatTrackingCode(trackingCode), program: { fa: app.program!.nameFa, en: app.program!.nameEn } },
          });
        }
        return { checklist, completedNow };
      });
    } catch (error) {
      // Two last documents arriving together: the second sees the checklist complete on retry.
      if (attempt < 3 && isUniqueViolation(error, "dedupeKey")) continue;
      throw error;
    }
  }
}
