import type { Db } from "./client.ts";

const scrubbers = new WeakMap<object, () => Promise<boolean>>();

/** Called by openDatabase: how this client's database forgets what was deleted. */
export function registerScrubber(db: Db, scrub: () => Promise<boolean>): void {
  scrubbers.set(db, scrub);
}

/**
 * Makes what was deleted or overwritten so far unreadable in the database's files (call it after
 * an erasure). SQLite: the file is rebuilt from its live rows and the WAL emptied
 * (rewriteSqliteFile). PostgreSQL: nothing to do here — sealed columns only ever held
 * ciphertext, and autovacuum reclaims old row versions. False when other SQLite connections
 * kept the file busy (the erased rows are gone from every table; their old bytes may stay in
 * unused space until the next rewrite).
 */
export async function scrubDeletedData(db: Db): Promise<boolean> {
  const scrub = scrubbers.get(db);
  if (!scrub) throw new Error("scrubDeletedData needs a client opened by openDatabase");
  return scrub();
}
