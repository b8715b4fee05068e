// npm run bench:secure-delete — what forgetting deleted data costs on SQLite, side by side in one run:
// 1. write-heavy through the raw driver (conversation-state-like upserts and deletes of ~4 KB
//    values, 10% deletes): secure_delete off vs on;
// 2. write-heavy through Karyar's stack (a registration with its notice, a status change, the
//    messages settled): secure_delete off vs on;
//    both on two databases open at once, in alternating slices, so a loaded machine slows both alike;
// 3. after an erasure, by database size: rewriteSqliteFile (VACUUM + TRUNCATE checkpoint) vs a
//    TRUNCATE checkpoint alone;
// 4. the start-up pass that looks for values stored in the clear, on a database already sealed.
// Every variant has journal_size_limit = 0; only secure_delete differs in 1 and 2.
import Database from "better-sqlite3";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { sealLegacyValues } from "../src/db/sealed-fields.ts";
import { rewriteSqliteFile } from "../src/db/sqlite.ts";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { importRegions } from "../src/domain/regions.ts";
import { submitRegistration } from "../src/domain/registration/submit.ts";
import { changeStatus } from "../src/domain/review/change-status.ts";
import { ensureUser } from "../src/domain/users.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RAW_OPS = Number(process.env.BENCH_RAW_OPS ?? 20_000);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 150);
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const CIPHER = new PersonalDataCipher("bench-data-key-0123456789-abcdefghijklmnop");
const CLOCK = { now: () => new Date("2026-11-29T08:30:00Z") };

/** The i-th valid national ID (nine digits and their check digit): every applicant a person of their own. */
function nationalId(i: number): string {
  const body = String(100_000_000 + i).slice(-9);
  const sum = [...body].reduce((s, d, k) => s + Number(d) * (10 - k), 0) % 11;
  return body + String(sum < 2 ? sum : 11 - sum);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const scratch = () => {
  const dir = join(tmpdir(), `karyar-secure-delete-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  return { dir, file: join(dir, "bench.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

/** Two copies of one workload, secure_delete off and on, run in alternating slices so both see the same machine load. */
async function sideBySide(open: (secureDelete: boolean) => Promise<{ slice(): Promise<void>; close(): Promise<void> }>, slices: number) {
  const variants = [await open(false), await open(true)];
  // Warm-up (Prisma compiles each query shape once per client): not counted.
  for (const v of variants) for (let i = 0; i < 3; i++) await v.slice();
  const spent = [0, 0];
  for (let i = 0; i < slices; i++) {
    for (const v of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      await variants[v]!.slice();
      spent[v]! += performance.now() - started;
    }
  }
  for (const v of variants) await v.close();
  return { off: spent[0]!, on: spent[1]! };
}

/** Upserts of 1,000 keys with ~4 KB values, every tenth operation a delete; a slice is 500 operations. */
async function rawWorkload(secureDelete: boolean) {
  const { file, cleanup } = scratch();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("journal_size_limit = 0");
  db.pragma(`secure_delete = ${secureDelete ? "ON" : "OFF"}`);
  db.exec(`CREATE TABLE kv ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL, "updatedAt" TEXT NOT NULL)`);
  const upsert = db.prepare(`INSERT INTO kv VALUES (?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`);
  const remove = db.prepare(`DELETE FROM kv WHERE "key" = ?`);
  const values = Array.from({ length: 16 }, (_, i) => randomBytes(1500 + ((i * 997) % 3000)).toString("base64"));
  let i = 0;
  return {
    async slice() {
      for (const end = i + 500; i < end; i++) {
        const key = `chat:${i % 1000}`;
        if (i % 10 === 9) remove.run(key);
        else upsert.run(key, values[i % values.length], new Date().toISOString());
      }
    },
    async close() {
      db.close();
      cleanup();
    },
  };
}

/** A slice is one registration through the domain: user, registration with its notice, a status change, the messages settled. */
async function stackWorkload(secureDelete: boolean) {
  const { file, cleanup } = scratch();
  const database = await openDatabase(`file:${file}`, CIPHER);
  await database.prisma.$queryRawUnsafe(`PRAGMA secure_delete = ${secureDelete ? "ON" : "OFF"}`);
  const db = database.prisma;
  const deps = { db, clock: CLOCK, cipher: CIPHER };
  await importRegions(db, "data/regions/fars.json");
  const coordinator = (await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"])).userId;
  const regionId = (await db.region.findUniqueOrThrow({ where: { code: "fars-shiraz" } })).id;
  let i = 0;
  return {
    async slice() {
      i++;
      const user = await ensureUser(db, { platform: "telegram", platformUserId: String(10_000 + i), chatId: String(10_000 + i), firstName: "Zahra" });
      const draft = {
        fullName: "زهرا احمدی",
        nationalId: nationalId(i),
        birthDate: "1990-03-21",
        phone: `+98912${String(1_000_000 + i).slice(-7)}`,
        regionId,
        village: "کوشک",
        category: "beekeeping",
        businessName: "عسل کوهپایه",
        description: "تولید و بسته‌بندی عسل طبیعی در خانه",
        workplaceKind: "home",
        plannedJobs: 3,
        capitalRials: 5_000_000_000,
      };
      const { applicationId } = await submitRegistration(deps, user.id, `reg-${i}`, draft);
      await changeStatus(deps, coordinator, { applicationId, version: 0, to: "under_review" });
      await db.outbox.updateMany({ where: { state: "pending" }, data: { state: "sent", sentAt: CLOCK.now() } });
    },
    async close() {
      await database.close();
      cleanup();
    },
  };
}

/** A database of `n` applications with sealed personal fields, written by the raw driver. */
function buildSealed(n: number, file: string): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const sealed = (s: string) => CIPHER.encrypt(s);
  const insertUser = db.prepare(
    `INSERT INTO "User" ("platform", "platformUserId", "chatId", "firstName", "fullName", "nationalIdEnc", "nationalIdHash", "phoneEnc", "phoneHash", "updatedAt") VALUES ('telegram', ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-29T08:30:00.000+00:00')`,
  );
  const insertBusiness = db.prepare(
    `INSERT INTO "Business" ("ownerId", "name", "category", "regionId", "village", "description", "workplaceKind", "plannedJobs", "capitalRials") VALUES (?, ?, 'beekeeping', 1, ?, ?, 'home', 3, 5000000000)`,
  );
  const insertApplication = db.prepare(
    `INSERT INTO "Application" ("kind", "trackingCode", "status", "applicantId", "businessId", "regionId", "updatedAt") VALUES ('home_permit', ?, 'submitted', ?, ?, 1, '2026-11-29T08:30:00.000+00:00')`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = String(1_000_000 + i);
      const user = insertUser.run(
        id,
        id,
        sealed("Zahra"),
        sealed("زهرا احمدی"),
        sealed("0499370899"),
        CIPHER.lookupHash(id),
        sealed("+989123456789"),
        CIPHER.lookupHash(id),
      );
      const business = insertBusiness.run(user.lastInsertRowid, sealed("عسل کوهپایه"), sealed("کوشک"), sealed("تولید و بسته‌بندی عسل طبیعی در خانه"));
      insertApplication.run(String(10_000_000 + i), user.lastInsertRowid, business.lastInsertRowid);
    }
  })();
  db.close();
}

async function afterErasure(n: number) {
  const { file, cleanup } = scratch();
  const database = await openDatabase(`file:${file}`, CIPHER);
  await importRegions(database.prisma, "data/regions/fars.json");
  await database.close();
  buildSealed(n, file);
  const reopened = await openDatabase(`file:${file}`, CIPHER);
  const startupPass: number[] = [];
  const checkpointOnly: number[] = [];
  const rewrite: number[] = [];
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    await sealLegacyValues(reopened.prisma, "sqlite", CIPHER);
    startupPass.push(performance.now() - t);
    // What an erasure overwrites: one person's row, then the file is made to forget it.
    await reopened.prisma.user.update({
      where: { platform_platformUserId: { platform: "telegram", platformUserId: String(1_000_000 + round) } },
      data: { fullName: null },
    });
    t = performance.now();
    const raw = new Database(file, { timeout: 0 });
    raw.pragma("wal_checkpoint(TRUNCATE)");
    raw.close();
    checkpointOnly.push(performance.now() - t);
    await reopened.prisma.user.update({
      where: { platform_platformUserId: { platform: "telegram", platformUserId: String(1_000_000 + round) } },
      data: { firstName: null },
    });
    t = performance.now();
    if (!(await rewriteSqliteFile(file))) throw new Error("the rewrite found the file busy");
    rewrite.push(performance.now() - t);
  }
  const megabytes = statSync(file).size / 2 ** 20;
  await reopened.close();
  cleanup();
  return { megabytes, startupPass: median(startupPass), checkpointOnly: median(checkpointOnly), rewrite: median(rewrite) };
}

async function main(): Promise<void> {
  const raw: { off: number[]; on: number[] } = { off: [], on: [] };
  const stack: { off: number[]; on: number[] } = { off: [], on: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const r = await sideBySide(rawWorkload, RAW_OPS / 500);
    raw.off.push((r.off * 1000) / RAW_OPS);
    raw.on.push((r.on * 1000) / RAW_OPS);
    const s = await sideBySide(stackWorkload, REGISTRATIONS);
    stack.off.push(s.off / REGISTRATIONS);
    stack.on.push(s.on / REGISTRATIONS);
  }
  const row = (label: string, unit: string, r: { off: number[]; on: number[] }, digits: number) => {
    const [off, on] = [median(r.off), median(r.on)];
    const ratios = r.on.map((v, k) => v / r.off[k]!);
    console.log(
      `  ${label.padEnd(44)} off ${off.toFixed(digits).padStart(7)} ${unit}   on ${on.toFixed(digits).padStart(7)} ${unit}   on/off ${median(ratios).toFixed(2)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    );
  };
  console.log(
    `\nsecure_delete off vs on, side by side in alternating slices, median of ${ROUNDS} rounds (SQLite, WAL, synchronous=NORMAL, journal_size_limit=0):`,
  );
  row(`raw driver, ~4 KB upserts, 10% deletes (${RAW_OPS.toLocaleString("en")})`, "µs/op", raw, 1);
  row(`Karyar stack, registration + review (${REGISTRATIONS})`, "ms/op", stack, 2);

  console.log(`\nafter an erasure (median of 3), and the start-up pass over sealed columns with nothing to seal:`);
  for (const n of SIZES) {
    const r = await afterErasure(n);
    console.log(
      `  ${n.toLocaleString("en").padStart(9)} registrations (${r.megabytes.toFixed(0)} MB): TRUNCATE checkpoint ${r.checkpointOnly.toFixed(1)} ms   VACUUM + TRUNCATE ${r.rewrite.toFixed(0)} ms   start-up pass ${r.startupPass.toFixed(0)} ms`,
    );
  }
}

await main();
