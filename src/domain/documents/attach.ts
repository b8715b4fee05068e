import type { DomainDeps } from "../context.ts";
import { DomainError, isUniqueViolation } from "../errors.ts";
import { notifyCoordinators } from "../notify-coordinators.ts";
import type { DocumentKind } from "../programs/catalog-file.ts";
import { formatTrackingCode } from "../tracking-code.ts";
import { checklistFor, isComplete, type ChecklistItem } from "./checklist.ts";

/** Documents are taken while a coordinator may still need them. */
export const OPEN_FOR_DOCUMENTS = ["submitted", "under_review", "documents_requested"];

export interface IncomingFile {
  kind: DocumentKind;
  fileId: string;
  fileUniqueId: string;
  mimeType?: string;
  sizeBytes?: number;
  storedPath?: string;
}

export interface UploadTarget {
  applicationId: number;
  trackingCode: string;
  document: ChecklistItem;
}

/** The applicant's own open loan application and one of its program's documents, or a refusal. */
export async function uploadTarget(deps: Pick<DomainDeps, "db">, applicantId: number, trackingCode: string, documentCode: string): Promise<UploadTarget> {
  const app = await deps.db.application.findUnique({ where: { trackingCode }, select: { id: true, applicantId: true, status: true } });
  if (!app || app.applicantId !== applicantId) throw new DomainError("application-not-found", "err-application-not-found");
  if (!OPEN_FOR_DOCUMENTS.includes(app.status)) throw new DomainError("closed", "err-doc-closed");
  const document = (await checklistFor(deps.db, app.id)).find((d) => d.code === documentCode);
  if (!document) throw new DomainError("unknown-document", "err-doc-unknown");
  return { applicationId: app.id, trackingCode, document };
}

/**
 * Records a file for one required document. When this file completes the checklist, the
 * county's coordinators are told (once: the outbox dedupe key guards against a race).
 */
export async function attachDocument(
  deps: DomainDeps,
  applicantId: number,
  trackingCode: string,
  documentCode: string,
  file: IncomingFile,
  maxBytes: number,
): Promise<{ checklist: ChecklistItem[]; completedNow: boolean }> {
  const target = await uploadTarget(deps, applicantId, trackingCode, documentCode);
  if (!target.document.accepts.includes(file.kind)) throw new DomainError("wrong-type", "err-doc-type");
  if ((file.sizeBytes ?? 0) > maxBytes) throw new DomainError("too-large", "err-doc-too-large", { mb: Math.floor(maxBytes / 2 ** 20) });

  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db.$transaction(async (tx) => {
        const now = deps.clock.now();
        const wasComplete = isComplete(await checklistFor(tx, target.applicationId));
        await tx.applicationDocument.create({
          data: { applicationId: target.applicationId, documentCode, uploadedById: applicantId, createdAt: now, ...file },
        });
        const checklist = await checklistFor(tx, target.applicationId);
        const completedNow = !wasComplete && isComplete(checklist);
        if (completedNow) {
          const app = await tx.application.findUniqueOrThrow({ where: { id: target.applicationId }, include: { program: true } });
          await notifyCoordinators(tx, app.regionId, {
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
