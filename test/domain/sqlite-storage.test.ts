import Database from "better-sqlite3";
import { statSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqlitePath } from "../../src/db/provider.ts";
import { createTestDatabase, type TestDatabase } from "../support/db.ts";
import { findInStorage } from "../support/scan.ts";

describe("the SQLite file after a delete", () => {
  let database: TestDatabase;
  beforeEach(async () => void (database = await createTestDatabase("sqlite")));
  afterEach(() => database.drop());

  /** A checkpoint by another connection (no rewrite of the file); PASSIVE is what SQLite runs by itself. */
  const checkpoint = (mode = "TRUNCATE") => {
    const db = new Database(sqlitePath(database.url));
    db.pragma(`wal_checkpoint(${mode})`);
    db.close();
  };

  it("keeps no trace of a deleted row once its page is checkpointed (secure_delete on Prisma's connection)", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `marker-${i}-${"x".repeat(100)}` }));
    await database.prisma.jobState.createMany({ data: rows });
    checkpoint();
    expect((await findInStorage(database.url, ["marker-7-"])).map((s) => s.where)).toEqual(["main file"]);
    await database.prisma.jobState.deleteMany({ where: { key: { in: ["k7", "k8"] } } });
    await database.prisma.jobState.update({ where: { key: "k9" }, data: { value: "short" } });
    checkpoint();
    expect(await findInStorage(database.url, ["marker-7-", "marker-8-", "marker-9-"])).toEqual([]);
    expect(await findInStorage(database.url, ["marker-10-"])).toHaveLength(1);
  });

  it("empties the WAL whenever it restarts (journal_size_limit), so it does not keep old page versions", async () => {
    await database.prisma.jobState.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: "x".repeat(2000) })) });
    checkpoint("PASSIVE");
    const wal = () => statSync(`${sqlitePath(database.url)}-wal`).size;
    expect(wal()).toBeGreaterThan(400_000);
    await database.prisma.jobState.create({ data: { key: "after", value: "y" } });
    expect(wal()).toBeLessThan(64 * 1024);
  });
});
