// The only module that knows which database is in use.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { chatStateStore, type ChatStateStore } from "./chat-state-store.ts";
import { registerScrubber } from "./deleted-data.ts";
import { inboxStore, type InboxStore } from "./inbox-store.ts";
import { backfill } from "./backfill.ts";
import { loadMigrations, migrate } from "./migrate.ts";
import { providerOf, sqlitePath, type DbProvider } from "./provider.ts";
import { sealFields, sealLegacyValues, type FieldCipher } from "./sealed-fields.ts";
import { openSql } from "./sql.ts";
import { rewriteSqliteFile, SQLITE_CONNECTION_PRAGMAS } from "./sqlite.ts";

/** Both generated clients expose the same models; the SQLite one's type stands for both. */
export type Db = SqliteClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  prisma: Db;
  provider: DbProvider;
  /** Each chat's state (conversations and drafts), read and written on every update without Prisma. */
  chatStates: ChatStateStore;
  /** The durable inbox of updates and its chat leases, without Prisma. */
  inbox: InboxStore;
  /** The database answers and has every migration this version knows (for /readyz). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Migrates the database at `url` to the current schema (and fills what the migrations cannot,
 * src/db/backfill.ts), then opens a client on it whose personal
 * fields are sealed with `cipher` (src/db/sealed-fields.ts; values stored in the clear by older
 * versions are sealed now). Without a cipher, sealed fields can be neither read nor written.
 */
export async function openDatabase(url: string, cipher?: FieldCipher): Promise<Database> {
  await migrate(url);
  const provider = providerOf(url);
  const raw =
    provider === "sqlite"
      ? new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 }) })
      : (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db);
  await raw.$connect();
  if (provider === "sqlite") {
    for (const pragma of ["synchronous = NORMAL", ...SQLITE_CONNECTION_PRAGMAS]) await raw.$queryRawUnsafe(`PRAGMA ${pragma}`);
  }
  await backfill(raw);
  const scrub = provider === "sqlite" ? () => rewriteSqliteFile(sqlitePath(url)) : async () => true;
  if (cipher && (await sealLegacyValues(raw, provider, cipher)) > 0) await scrub();
  const prisma = sealFields(raw, cipher);
  registerScrubber(prisma, scrub);
  const sql = openSql(url);
  const expected = loadMigrations(provider).map((m) => m.name);
  return {
    prisma,
    provider,
    chatStates: chatStateStore(sql),
    inbox: inboxStore(sql),
    async ready() {
      try {
        const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        );
        const applied = new Set(rows.map((r) => r.migration_name));
        return expected.every((name) => applied.has(name));
      } catch {
        return false;
      }
    },
    async close() {
      await sql.close();
      await prisma.$disconnect();
    },
  };
}
