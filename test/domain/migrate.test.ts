import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { loadMigrations, migrate } from "../../src/db/migrate.ts";
import { openDatabase } from "../../src/db/client.ts";
import { freshDatabaseUrl, PROVIDERS } from "../support/db.ts";

describe("schemas", () => {
  it("prisma/sqlite and prisma/postgres are generated from prisma/models.prisma", () => {
    expect(() => execFileSync("npx", ["tsx", "scripts/db-schemas.ts", "--check"], { stdio: "pipe" })).not.toThrow();
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
    const { Client } = (await import("pg")).default;
    const statements = [
      `INSERT INTO "User" ("platform", "platformUserId", "chatId", "updatedAt") VALUES ('telegram', '1', '1', CURRENT_TIMESTAMP)`,
      `INSERT INTO "Region" ("code", "province", "nameFa", "nameEn") VALUES ('fars-x', 'fars', 'x', 'x')`,
      `INSERT INTO "Business" ("ownerId", "name", "category", "regionId", "village", "description", "workplaceKind", "plannedJobs", "capitalRials") VALUES (1, 'b', 'food', 1, 'v', 'd', 'home', 1, 10)`,
      `INSERT INTO "Application" ("kind", "trackingCode", "status", "applicantId", "businessId", "regionId", "updatedAt") VALUES ('home_permit', '12345678', 'submitted', 1, 1, 1, CURRENT_TIMESTAMP)`,
      `INSERT INTO "ApplicationEvent" ("applicationId", "toStatus") VALUES (1, 'submitted')`,
    ];
    if (provider === "sqlite") {
      const sqlite = new (await import("better-sqlite3")).default(fresh.url.slice("file:".length));
      for (const sql of statements) sqlite.exec(sql);
      sqlite.close();
    } else {
      const client = new Client({ connectionString: fresh.url });
      await client.connect();
      for (const sql of statements) await client.query(sql);
      await client.end();
    }
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

  it.skipIf(skip)("let two instances start together: one migrates, the other waits", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    const [a, b] = await Promise.all([migrate(fresh.url), migrate(fresh.url)]);
    expect([...a, ...b]).toEqual(loadMigrations(provider).map((m) => m.name));
  });
});
