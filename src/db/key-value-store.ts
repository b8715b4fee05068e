import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath } from "./provider.ts";

/**
 * The Session table without Prisma: sessions and conversation state are read and written
 * on every update, and through the raw driver that costs microseconds instead of the
 * ~0.2–0.5 ms of a Prisma query (see bench/). Rows stay readable by Prisma.
 */
export interface KeyValueStore {
  read(key: string): Promise<string | undefined>;
  write(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Writes only if the key is absent; true when it wrote (an atomic claim). */
  insertIfAbsent(key: string, value: string): Promise<boolean>;
  /** Deletes the keys starting with `prefix` last written before `before`; returns how many. */
  purge(prefix: string, before: Date): Promise<number>;
  close(): Promise<void>;
}

export function openKeyValueStore(url: string): KeyValueStore {
  return providerOf(url) === "sqlite" ? sqliteStore(sqlitePath(url)) : postgresStore(url);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sqliteStore(path: string): KeyValueStore {
  // No busy timeout: better-sqlite3 waits synchronously, which would freeze the event loop
  // while Prisma's own connection holds a transaction open across awaits. Retry asynchronously.
  const db = new Database(path, { timeout: 0 });
  db.pragma("synchronous = NORMAL");
  const select = db.prepare<[string], { value: string }>(`SELECT "value" FROM "Session" WHERE "key" = ?`);
  const upsert = db.prepare(
    `INSERT INTO "Session" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
  );
  const remove = db.prepare(`DELETE FROM "Session" WHERE "key" = ?`);
  const insert = db.prepare(`INSERT INTO "Session" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO NOTHING`);
  const purge = db.prepare(`DELETE FROM "Session" WHERE "key" LIKE ? AND "updatedAt" < ?`);
  async function retry<T>(work: () => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return work();
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || attempt >= 2000) throw error;
        await sleep(Math.min(1 + attempt, 10));
      }
    }
  }
  return {
    read: (key) => retry(() => select.get(key)?.value),
    write: (key, value) => retry(() => void upsert.run(key, value, new Date().toISOString())),
    delete: (key) => retry(() => void remove.run(key)),
    insertIfAbsent: (key, value) => retry(() => insert.run(key, value, new Date().toISOString()).changes === 1),
    purge: (prefix, before) => retry(() => purge.run(`${prefix}%`, before.toISOString()).changes),
    close: async () => void db.close(),
  };
}

function postgresStore(url: string): KeyValueStore {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection dropped by the server (a restart, a network cut) is replaced on next use.
  pool.on("error", () => undefined);
  return {
    async read(key) {
      const { rows } = await pool.query<{ value: string }>(`SELECT "value" FROM "Session" WHERE "key" = $1`, [key]);
      return rows[0]?.value;
    },
    async write(key, value) {
      await pool.query(
        `INSERT INTO "Session" ("key", "value", "updatedAt") VALUES ($1, $2, now()) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
        [key, value],
      );
    },
    async delete(key) {
      await pool.query(`DELETE FROM "Session" WHERE "key" = $1`, [key]);
    },
    async insertIfAbsent(key, value) {
      const result = await pool.query(`INSERT INTO "Session" ("key", "value", "updatedAt") VALUES ($1, $2, now()) ON CONFLICT ("key") DO NOTHING`, [
        key,
        value,
      ]);
      return result.rowCount === 1;
    },
    async purge(prefix, before) {
      const result = await pool.query(`DELETE FROM "Session" WHERE "key" LIKE $1 AND "updatedAt" < $2`, [`${prefix}%`, before]);
      return result.rowCount ?? 0;
    },
    close: () => pool.end(),
  };
}
