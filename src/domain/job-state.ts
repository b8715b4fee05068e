import type { Db, Tx } from "../db/client.ts";

/** Where a scheduled job got to (a reminder rule's cursor, the day of the last digest). */
export async function readJobState(db: Db | Tx, key: string): Promise<string | null> {
  return (await db.jobState.findUnique({ where: { key } }))?.value ?? null;
}

export async function writeJobState(tx: Db | Tx, key: string, value: string): Promise<void> {
  await tx.jobState.upsert({ where: { key }, create: { key, value }, update: { value } });
}
