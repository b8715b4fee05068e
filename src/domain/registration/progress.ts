import type { Db, Tx } from "../../db/client.ts";

/** The applicant opened the registration: unfinished, it earns them reminders. */
export async function registrationStarted(db: Db, userId: number, now: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { registrationStartedAt: now } });
}

/** Submitted or cancelled: nothing left to remind them of. */
export async function registrationEnded(db: Db | Tx, userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { registrationStartedAt: null } });
}
