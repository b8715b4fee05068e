import type { Db, Tx } from "../db/client.ts";

export interface AuditEntry {
  actorId: number | null;
  /** What happened: "role.coordinator", "invitation.create", "refused.forbidden", … */
  action: string;
  subjectType: string;
  subjectId: string | number;
  details?: Record<string, unknown>;
}

/** Appends to the audit trail (inside the caller's transaction when given one). */
export async function audit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId),
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}
