// Applies the committed Prisma migrations at start, without the Prisma CLI (its native
// engine cannot be downloaded everywhere). Rows are recorded in `_prisma_migrations`
// exactly as Prisma Migrate records them, so `prisma migrate status/deploy` stay in agreement.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath, type DbProvider } from "./provider.ts";
import { tuneSqliteConnection } from "./sqlite.ts";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_ROOT = new URL("../../prisma/", import.meta.url).pathname;

export function loadMigrations(provider: DbProvider, root = MIGRATIONS_ROOT): Migration[] {
  const folder = join(root, provider, "migrations");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any 64-bit number works as long as every instance uses the same one. */
const PG_ADVISORY_LOCK = 0x6b61727961720001n;

/** Refuses to start on a database whose applied migrations were edited or are unknown. */
function checkHistory(applied: Map<string, string>, migrations: Migration[]): void {
  const known = new Map(migrations.map((m) => [m.name, m.checksum]));
  for (const [name, checksum] of applied) {
    if (!known.has(name)) throw new Error(`database has migration ${name}, which this version does not know`);
    if (known.get(name) !== checksum) throw new Error(`migration ${name} was edited after it was applied`);
  }
}

/** Brings the database at `url` up to date; returns the names of the migrations applied now. */
export async function migrate(url: string, migrations = loadMigrations(providerOf(url))): Promise<string[]> {
  return providerOf(url) === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const path = sqlitePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = tuneSqliteConnection(new Database(path, { timeout: 10_000 }));
  try {
    db.pragma("journal_mode = WAL");
    db.exec(SQLITE_TABLE);
    // Prisma Migrate runs a script outside any transaction, so its `PRAGMA foreign_keys=OFF` holds; inside
    // ours that pragma is a no-op and a table rebuild's DROP TABLE would fire ON DELETE actions on children.
    db.pragma("foreign_keys = OFF");
    // BEGIN IMMEDIATE takes the write lock first, so two processes cannot both migrate.
    db.exec("BEGIN IMMEDIATE");
    try {
      const rows = db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as {
        migration_name: string;
        checksum: string;
      }[];
      const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      checkHistory(applied, migrations);
      const done: string[] = [];
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
      );
      for (const m of migrations.filter((m) => !applied.has(m.name))) {
        const startedAt = prismaTimestamp();
        db.exec(m.sql);
        refuseDanglingReferences(db, m.name);
        record.run(randomUUID(), m.checksum, prismaTimestamp(), m.name, startedAt);
        done.push(m.name);
      }
      db.exec("COMMIT");
      return done;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    } finally {
      db.pragma("foreign_keys = ON");
    }
  } finally {
    db.close();
  }
}

/** With foreign keys off nothing else notices a row left pointing at a missing parent. */
function refuseDanglingReferences(db: Database.Database, migration: string): void {
  const violations = db.pragma("foreign_key_check") as { table: string; rowid: number | null; parent: string }[];
  if (violations.length === 0) return;
  const shown = violations.slice(0, 5).map((v) => `${v.table} row ${v.rowid ?? "?"} → ${v.parent}`);
  const more = violations.length > shown.length ? ` and ${violations.length - shown.length} more` : "";
  throw new Error(`migration ${migration} leaves rows that refer to missing rows: ${shown.join(", ")}${more}; nothing was applied`);
}

/** The text form Prisma Migrate writes into SQLite DATETIME columns. */
function prismaTimestamp(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_ADVISORY_LOCK.toString()]);
    await client.query(POSTGRES_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkHistory(applied, migrations);
    const done: string[] = [];
    for (const m of migrations.filter((m) => !applied.has(m.name))) {
      await client.query("BEGIN");
      try {
        const startedAt = new Date();
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), m.checksum, m.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_ADVISORY_LOCK.toString()]).catch(() => {});
    await client.end();
  }
}
