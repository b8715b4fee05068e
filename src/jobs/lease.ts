import type { Db } from "../db/client.ts";

/**
 * Takes or renews the lease `name` for `holder` until now + ttl; false when another holder
 * has it. One row per job in the Lease table: the same on SQLite and PostgreSQL.
 */
export async function acquireLease(db: Db, name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + ttlMs);
  const { count } = await db.lease.updateMany({ where: { name, OR: [{ until: { lt: now } }, { holder }] }, data: { holder, until } });
  if (count === 1) return true;
  try {
    await db.lease.create({ data: { name, holder, until } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}
