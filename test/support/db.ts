import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { importHubs } from "../../src/domain/hubs/import.ts";
import { importCatalog } from "../../src/domain/programs/import.ts";
import { importRegions, listCounties, type County } from "../../src/domain/regions.ts";
import { TEST_DATA_KEY } from "./bot.ts";

export type Provider = "sqlite" | "postgres";

const PG_URL = process.env.TEST_DATABASE_URL;

/** The databases this run covers: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const PROVIDERS: { provider: Provider; skip: boolean }[] = [
  { provider: "sqlite", skip: false },
  { provider: "postgres", skip: !PG_URL },
];

export type Platform = "telegram" | "bale";

/**
 * The flow suites' runs: Telegram on every database, and Bale (the emulator's Bale profile) on
 * SQLite — the platforms differ in what the bot sends, not in what it stores.
 */
export const WORLDS: { provider: Provider; skip: boolean; platform: Platform }[] = [
  ...PROVIDERS.map((p) => ({ ...p, platform: "telegram" as const })),
  { provider: "sqlite", skip: false, platform: "bale" },
];

export interface TestDatabase extends Database {
  url: string;
  counties: County[];
  drop(): Promise<void>;
}

/** A fresh URL: a new SQLite file, or a new PostgreSQL database on the test server. */
export async function freshDatabaseUrl(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === "sqlite") {
    const dir = join(tmpdir(), `karyar-test-${randomUUID()}`);
    mkdirSync(dir, { recursive: true });
    return { url: `file:${join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (!PG_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `karyar_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The database at `url`, its personal fields sealed with the tests' DATA_KEY (as the bot processes do). */
export function openTestDatabase(url: string): Promise<Database> {
  return openDatabase(url, new PersonalDataCipher(TEST_DATA_KEY));
}

/** A migrated database with the Fars counties, the starter program catalog and the county hubs loaded. */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const { url, drop } = await freshDatabaseUrl(provider);
  const database = await openTestDatabase(url);
  await importRegions(database.prisma, "data/regions/fars.json");
  await importCatalog(database.prisma, "data/programs.json");
  await importHubs(database.prisma, "data/hubs.json");
  return {
    ...database,
    url,
    counties: await listCounties(database.prisma),
    async drop() {
      await database.close();
      await drop();
    },
  };
}
