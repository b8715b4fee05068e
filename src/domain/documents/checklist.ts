import type { Db, Tx } from "../../db/client.ts";
import { PERMIT_DOCUMENTS } from "../permit-documents.ts";
import type { DocumentKind } from "../programs/catalog-file.ts";

export interface RequiredDocument {
  code: string;
  name: { fa: string; en: string };
  accepts: DocumentKind[];
}

export interface ChecklistItem extends RequiredDocument {
  /** How many files were sent for it. */
  received: number;
  /** A coordinator asked for it and no file came since. */
  requested: boolean;
}

/** The documents that may be asked for: a loan's program documents, or the permit documents. */
export async function documentsFor(db: Db | Tx, applicationId: number): Promise<RequiredDocument[]> {
  const app = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { kind: true, program: { select: { documents: { orderBy: { sortOrder: "asc" } } } } },
  });
  if (app.kind !== "loan") return PERMIT_DOCUMENTS;
  return (app.program?.documents ?? []).map((d) => ({ code: d.code, name: { fa: d.nameFa, en: d.nameEn }, accepts: d.accepts.split(",") as DocumentKind[] }));
}

/**
 * What has arrived for each document. A loan lists all its program's documents; a permit
 * lists those a coordinator has asked for.
 */
export async function checklistFor(db: Db | Tx, applicationId: number): Promise<ChecklistItem[]> {
  const [all, app] = await Promise.all([
    documentsFor(db, applicationId),
    db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { kind: true, documents: { select: { documentCode: true } }, requests: { select: { documentCode: true, fulfilledAt: true } } },
    }),
  ]);
  const asked = new Set(app.requests.map((r) => r.documentCode));
  return all
    .filter((d) => app.kind === "loan" || asked.has(d.code))
    .map((d) => ({
      ...d,
      received: app.documents.filter((f) => f.documentCode === d.code).length,
      requested: app.requests.some((r) => r.documentCode === d.code && r.fulfilledAt === null),
    }));
}

/** Nothing a coordinator asked for is still missing: what lets the applicant's upload send a case back to review. */
export function requestsAnswered(items: ChecklistItem[]): boolean {
  return items.every((i) => !i.requested);
}

export function isComplete(items: ChecklistItem[]): boolean {
  return items.length > 0 && items.every((i) => i.received > 0 && !i.requested);
}
