import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { loadMigrations, migrate, type Migration } from "../../src/db/migrate.ts";
import { openDatabase } from "../../src/db/client.ts";
import { providerOf, sqlitePath } from "../../src/db/provider.ts";
import { freshDatabaseUrl, PROVIDERS } from "../support/db.ts";

describe("schemas", () => {
  it("prisma/sqlite and prisma/postgres are generated from prisma/models.prisma", () => {
    expect(() => execFileSync("node", ["scripts/db-schemas.ts", "--check"], { stdio: "pipe" })).not.toThrow();
  });
});

describe.each(PROVIDERS)("start-up migrations on $provider", ({ provider, skip }) => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
    drop = undefined;
  });

  it.skipIf(skip)("apply once, record like Prisma Migrate, and are then a no-op", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    const migrations = loadMigrations(provider);
    expect(migrations.length).toBeGreaterThan(0);
    expect(await migrate(fresh.url)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(fresh.url)).toEqual([]);

    const database = await openDatabase(fresh.url);
    try {
      const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string; applied_steps_count: unknown }[]>(
        `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
      expect(rows[0]!.checksum).toBe(createHash("sha256").update(migrations[0]!.sql).digest("hex"));
      expect(Number(rows[0]!.applied_steps_count)).toBe(1);
      expect(await database.prisma.user.count()).toBe(0);
    } finally {
      await database.close();
    }
  });

  it.skipIf(skip)("keep the data already stored when later migrations redefine tables", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    const all = loadMigrations(provider);
    await migrate(fresh.url, all.slice(0, 1));
    const statements = [
      `INSERT INTO "User" ("platform", "platformUserId", "chatId", "updatedAt") VALUES ('telegram', '1', '1', CURRENT_TIMESTAMP)`,
      `INSERT INTO "Region" ("code", "province", "nameFa", "nameEn") VALUES ('fars-x', 'fars', 'x', 'x')`,
      `INSERT INTO "Business" ("ownerId", "name", "category", "regionId", "village", "description", "workplaceKind", "plannedJobs", "capitalRials") VALUES (1, 'b', 'food', 1, 'v', 'd', 'home', 1, 10)`,
      `INSERT INTO "Application" ("kind", "trackingCode", "status", "applicantId", "businessId", "regionId", "updatedAt") VALUES ('home_permit', '12345678', 'submitted', 1, 1, 1, CURRENT_TIMESTAMP)`,
      `INSERT INTO "ApplicationEvent" ("applicationId", "toStatus") VALUES (1, 'submitted')`,
    ];
    await run(fresh.url, statements);
    expect(await migrate(fresh.url)).toEqual(all.slice(1).map((m) => m.name));
    const database = await openDatabase(fresh.url);
    try {
      const app = await database.prisma.application.findFirstOrThrow({ include: { events: true } });
      expect(app).toMatchObject({ trackingCode: "12345678", programId: null, events: [{ toStatus: "submitted" }] });
    } finally {
      await database.close();
    }
  });

  it.skipIf(skip)("name the applicant of the new-case notices already queued (data_at_rest)", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    const all = loadMigrations(provider);
    const index = all.findIndex((m) => m.name.endsWith("_data_at_rest"));
    await migrate(fresh.url, all.slice(0, index));
    const statements = [
      `INSERT INTO "User" ("platform", "platformUserId", "chatId", "updatedAt") VALUES ('telegram', '1', '1', CURRENT_TIMESTAMP), ('telegram', '2', '2', CURRENT_TIMESTAMP), ('telegram', '3', '3', CURRENT_TIMESTAMP)`,
      `INSERT INTO "Region" ("code", "province", "nameFa", "nameEn") VALUES ('fars-x', 'fars', 'x', 'x')`,
      `INSERT INTO "Business" ("ownerId", "name", "category", "regionId", "village", "description", "workplaceKind", "plannedJobs", "capitalRials") VALUES (2, 'b', 'food', 1, 'v', 'd', 'home', 1, 10)`,
      `INSERT INTO "Application" ("kind", "trackingCode", "status", "applicantId", "businessId", "regionId", "updatedAt") VALUES ('home_permit', '12345678', 'submitted', 2, 1, 1, CURRENT_TIMESTAMP), ('loan', '23456789', 'submitted', 2, 1, 1, CURRENT_TIMESTAMP)`,
      `INSERT INTO "Outbox" ("recipientId", "kind", "template", "params", "dedupeKey") VALUES
        (1, 'case-new', 'notify-new-case', '{}', 'case-new:1:1'),
        (1, 'loan-new', 'notify-new-loan', '{}', 'loan-new:2:1'),
        (1, 'digest', 'digest-coordinator', '{}', 'digest:coordinator:1:2026-11-29'),
        (2, 'status', 'notify-status', '{}', 'status:1:1')`,
    ];
    if (provider === "sqlite") {
      const sqlite = new (await import("better-sqlite3")).default(fresh.url.slice("file:".length));
      for (const sql of statements) sqlite.exec(sql);
      sqlite.close();
    } else {
      const { Client } = (await import("pg")).default;
      const client = new Client({ connectionString: fresh.url });
      await client.connect();
      for (const sql of statements) await client.query(sql);
      await client.end();
    }
    await migrate(fresh.url);
    const database = await openDatabase(fresh.url);
    try {
      const rows = await database.prisma.outbox.findMany({ orderBy: { id: "asc" }, select: { kind: true, subjectUserId: true } });
      expect(rows).toEqual([
        { kind: "case-new", subjectUserId: 2 },
        { kind: "loan-new", subjectUserId: 2 },
        { kind: "digest", subjectUserId: null },
        { kind: "status", subjectUserId: null },
      ]);
    } finally {
      await database.close();
    }
  });

  it.skipIf(skip)("refuse to run over an applied migration that was edited", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    await migrate(fresh.url);
    const edited = loadMigrations(provider).map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(fresh.url, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it.skipIf(skip)("refuse and roll back a migration that would leave a row pointing at a missing row", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    const parents = migration(
      "0001_parents",
      `CREATE TABLE "Parent" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);
       CREATE TABLE "Child" ("id" INTEGER NOT NULL PRIMARY KEY, "parentId" INTEGER NOT NULL,
         CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);`,
    );
    await migrate(fresh.url, [parents]);
    await run(fresh.url, [`INSERT INTO "Parent" ("id", "name") VALUES (1, 'a'), (2, 'b')`, `INSERT INTO "Child" ("id", "parentId") VALUES (1, 2)`]);
    const dangling = migration("0002_dangling", `ALTER TABLE "Parent" ADD COLUMN "note" TEXT;\nDELETE FROM "Parent" WHERE "id" = 2;`);

    // SQLite: caught by foreign_key_check before commit; PostgreSQL: refused by the constraint itself.
    await expect(migrate(fresh.url, [parents, dangling])).rejects.toThrow(
      /0002_dangling leaves rows that refer to missing rows: Child row 1 → Parent|foreign key/,
    );

    expect(await rows(fresh.url, `SELECT * FROM "Parent" ORDER BY "id"`)).toEqual([
      { id: 1, name: "a" },
      { id: 2, name: "b" },
    ]);
    expect(await rows(fresh.url, `SELECT migration_name FROM "_prisma_migrations"`)).toEqual([{ migration_name: "0001_parents" }]);
  });

  it.skipIf(skip)("let two instances start together: one migrates, the other waits", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    const [a, b] = await Promise.all([migrate(fresh.url), migrate(fresh.url)]);
    expect([...a, ...b]).toEqual(loadMigrations(provider).map((m) => m.name));
  });
});

describe("start-up migrations on sqlite, where foreign keys are off only outside a transaction", () => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
    drop = undefined;
  });

  it("rebuild a parent table (Prisma's RedefineTables) without touching its CASCADE and SET NULL children", async () => {
    const fresh = await freshDatabaseUrl("sqlite");
    drop = fresh.drop;
    const parents = migration(
      "0001_parents",
      `CREATE TABLE "Parent" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL);
       CREATE TABLE "Owned" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "parentId" INTEGER NOT NULL,
         CONSTRAINT "Owned_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
       CREATE TABLE "Linked" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "parentId" INTEGER,
         CONSTRAINT "Linked_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE SET NULL ON UPDATE CASCADE);`,
    );
    await migrate(fresh.url, [parents]);
    await run(fresh.url, [
      `INSERT INTO "Parent" ("name") VALUES ('a'), ('b')`,
      `INSERT INTO "Owned" ("parentId") VALUES (1), (2), (2)`,
      `INSERT INTO "Linked" ("parentId") VALUES (2), (1)`,
    ]);
    // What `prisma migrate dev` writes for SQLite when a column changes on a table others refer to.
    const rebuild = migration(
      "0002_rebuild_parent",
      `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Parent" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "note" TEXT NOT NULL DEFAULT '');
INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";
DROP TABLE "Parent";
ALTER TABLE "new_Parent" RENAME TO "Parent";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`,
    );

    expect(await migrate(fresh.url, [parents, rebuild])).toEqual(["0002_rebuild_parent"]);

    expect(await rows(fresh.url, `SELECT "id", "parentId" FROM "Owned" ORDER BY "id"`)).toEqual([
      { id: 1, parentId: 1 },
      { id: 2, parentId: 2 },
      { id: 3, parentId: 2 },
    ]);
    expect(await rows(fresh.url, `SELECT "id", "parentId" FROM "Linked" ORDER BY "id"`)).toEqual([
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
    ]);
    expect(await rows(fresh.url, `SELECT "id", "name", "note" FROM "Parent" ORDER BY "id"`)).toEqual([
      { id: 1, name: "a", note: "" },
      { id: 2, name: "b", note: "" },
    ]);
  });
});

/** A migration written by a test, checksummed as loadMigrations does. */
function migration(name: string, sql: string): Migration {
  return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

/** Runs statements on the database at `url` outside the migrator (foreign keys on, as the app has them). */
async function run(url: string, statements: string[]): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const sqlite = new Sqlite(sqlitePath(url));
    try {
      for (const sql of statements) sqlite.exec(sql);
    } finally {
      sqlite.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

async function rows(url: string, sql: string): Promise<unknown[]> {
  if (providerOf(url) === "sqlite") {
    const sqlite = new Sqlite(sqlitePath(url), { readonly: true });
    try {
      return sqlite.prepare(sql).all();
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
