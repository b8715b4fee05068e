import type { Db, Tx } from "../../db/client.ts";
import type { DocumentKind } from "../programs/catalog-file.ts";

export interface ChecklistItem {
  code: string;
  name: { fa: string; en: string };
  accepts: DocumentKind[];
  /** How many files were sent for it. */
  received: number;
}

/** The program's required documents with what has arrived for each. */
export async function checklistFor(db: Db | Tx, applicationId: number): Promise<ChecklistItem[]> {
  const app = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { program: { select: { documents: { orderBy: { sortOrder: "asc" } } } }, documents: { select: { documentCode: true } } },
  });
  return (app.program?.documents ?? []).map((d) => ({
    code: d.code,
    name: { fa: d.nameFa, en: d.nameEn },
    accepts: d.accepts.split(",") as DocumentKind[],
    received: app.documents.filter((f) => f.documentCode === d.code).length,
  }));
}

export function isComplete(items: ChecklistItem[]): boolean {
  return items.length > 0 && items.every((i) => i.received > 0);
}
