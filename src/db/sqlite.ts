import Database from "better-sqlite3";

/**
 * Run on every connection to the SQLite file (Prisma's, the raw ones): a deleted or overwritten
 * row is zeroed in the page that held it, and freed pages are zeroed (secure_delete); the WAL is
 * cut back to nothing whenever it restarts, so old page versions do not stay in it
 * (journal_size_limit). What they cost is measured by bench/secure-delete.bench.ts.
 */
export const SQLITE_CONNECTION_PRAGMAS = ["secure_delete = ON", "journal_size_limit = 0"] as const;

/** A raw better-sqlite3 connection with the pragmas above. */
export function tuneSqliteConnection(db: Database.Database): Database.Database {
  for (const pragma of SQLITE_CONNECTION_PRAGMAS) db.pragma(pragma);
  return db;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown) => ["SQLITE_BUSY", "SQLITE_LOCKED"].includes((error as { code?: string }).code ?? "");

/**
 * Rewrites the database file from its live rows and empties the WAL, so nothing deleted or
 * overwritten before can be read in either file. secure_delete alone is not enough: when a
 * page splits (a table's root page becoming an interior page, measured), the old cells stay in
 * the page's unused middle; VACUUM builds every page anew. Then a TRUNCATE checkpoint moves the
 * rewritten pages into the main file and cuts the WAL to zero bytes. Costs one pass over the
 * file (bench/secure-delete.bench.ts), so it runs after an erasure, not after every write.
 * Waits out other connections' transactions asynchronously (no busy timeout: better-sqlite3
 * would block the event loop, and with it the transaction holding the lock) for about two
 * seconds; false if they never let go.
 */
export async function rewriteSqliteFile(path: string): Promise<boolean> {
  const db = tuneSqliteConnection(new Database(path, { timeout: 0 }));
  try {
    let vacuumed = false;
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if (!vacuumed) db.exec("VACUUM");
        vacuumed = true;
        const [result] = db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
        if (result?.busy === 0) return true;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
      await sleep(20);
    }
    return false;
  } finally {
    db.close();
  }
}
