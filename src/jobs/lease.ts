import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import type { Fence } from "../domain/fence.ts";

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

/** Gives the lease up (a stopping instance), so another takes it at once. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.lease.deleteMany({ where: { name, holder } });
}

/** The lease was taken over while a tick worked (it stalled past the lease): its work is not committed. */
export class LeaseLost extends Error {
  override name = "LeaseLost";
}

/**
 * The fence of a tick under `name`: inside the committing transaction it touches the lease row
 * (an update, which PostgreSQL locks until the commit, so nobody takes the lease in between) and
 * throws LeaseLost unless `holder` still holds it.
 */
export function leaseFence(name: string, holder: string, clock: Clock): Fence {
  return async (tx) => {
    const now = clock.now();
    const { count } = await tx.lease.updateMany({ where: { name, holder, until: { gt: now } }, data: { holder } });
    if (count !== 1) throw new LeaseLost(`the lease of ${name} was lost`);
  };
}
