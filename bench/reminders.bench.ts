// npm run bench:reminders — the cost of one reminders tick. Three databases (SQLite files):
// 1,000,000 applications of which 1,000 became overdue since the last tick; the same data with
// nothing due; 10,000 applications with the same 1,000 due. Printed: the median tick time of
// each (BENCH_ROUNDS runs, the due state restored between runs) and their ratios. The cost
// should follow the due items, not the size of the tables.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database as KaryarDatabase } from "../src/db/client.ts";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { importRegions } from "../src/domain/regions.ts";
import { reminderRules } from "../src/domain/reminders/rules.ts";
import { DAY_MS } from "../src/domain/local-time.ts";
import { DEFAULT_REMINDERS, type ReminderSettings } from "../src/domain/reminders/settings.ts";
import { remindersTick } from "../src/domain/reminders/tick.ts";

const BIG = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const SMALL = Number(process.env.BENCH_SMALL ?? 10_000);
const DUE = Number(process.env.BENCH_DUE ?? 1_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const APPLICANTS = 1_000;
const CIPHER = new PersonalDataCipher("bench-data-key-0123456789-abcdefghijklmnop");
/** The last tick ran this long before the measured one. */
const TICK_GAP_MS = 60_000;

const SETTINGS: ReminderSettings = { ...DEFAULT_REMINDERS, digestAt: null, weekly: null };
const NOW = new Date("2026-11-29T06:30:00Z");
/** How Prisma's SQLite adapter writes a DateTime. */
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

interface Fixture {
  dir: string;
  database: KaryarDatabase;
}

/** `total` applications, `due` of which entered their status just before the SLA horizon. */
async function build(total: number, due: number): Promise<Fixture> {
  const dir = join(tmpdir(), `karyar-reminders-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "bench.db");
  let database = await openDatabase(`file:${file}`, CIPHER);
  const db = database.prisma;
  await importRegions(db, "data/regions/fars.json");
  const regions = await db.region.findMany({ select: { id: true, code: true } });
  for (const [i, r] of regions.entries()) await assignCoordinator(db, { platform: "telegram", platformUserId: String(7_000 + i) }, [r.code]);
  await db.user.createMany({
    data: Array.from({ length: APPLICANTS }, (_, i) => ({ platform: "telegram", platformUserId: String(1_000_000 + i), chatId: String(1_000_000 + i) })),
  });
  const applicants = await db.user.findMany({ where: { role: "applicant" }, select: { id: true } });
  await database.close();

  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  const insertBusiness = raw.prepare(
    `INSERT INTO "Business" (ownerId, name, category, regionId, village, description, workplaceKind, plannedJobs, capitalRials, createdAt) VALUES (?, 'b', 'food', ?, 'v', 'd', 'home', 1, 0, ?)`,
  );
  const businesses = raw.transaction(() =>
    applicants.map((a, i) => Number(insertBusiness.run(a.id, regions[i % regions.length]!.id, stamp(NOW)).lastInsertRowid)),
  );
  const businessIds = businesses();
  const insert = raw.prepare(
    `INSERT INTO "Application" (kind, trackingCode, status, applicantId, businessId, regionId, version, statusChangedAt, submittedAt, createdAt, updatedAt, permitExpiresAt)
     VALUES ('home_permit', ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const horizon = NOW.getTime() - SETTINGS.slaDays * DAY_MS;
  const previousHorizon = horizon - TICK_GAP_MS;
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const fill = raw.transaction(() => {
    for (let i = 0; i < total; i++) {
      const a = i % APPLICANTS;
      let status: string;
      let changed: number;
      let expires: string | null = null;
      if (i < due) {
        status = "submitted"; // became overdue since the last tick
        changed = previousHorizon + 1 + Math.floor(random() * (TICK_GAP_MS - 1));
      } else {
        const kind = random();
        if (kind < 0.4) {
          status = "under_review"; // waiting, not overdue yet
          changed = horizon + 1 + Math.floor(random() * (NOW.getTime() - horizon - 1));
        } else if (kind < 0.6) {
          status = "submitted"; // overdue long ago, alerted then
          changed = previousHorizon - 1 - Math.floor(random() * 700 * DAY_MS);
        } else {
          status = kind < 0.8 ? "issued" : "rejected";
          changed = previousHorizon - 1 - Math.floor(random() * 700 * DAY_MS);
          // Permits expiring over the next two years, none inside a permit rule's last minute.
          if (status === "issued") expires = stamp(new Date(NOW.getTime() + 40 * DAY_MS + Math.floor(random() * 700 * DAY_MS)));
        }
      }
      const at = stamp(new Date(changed));
      insert.run(String(10_000_000 + i), status, applicants[a]!.id, businessIds[a], regions[a % regions.length]!.id, at, at, at, at, expires);
    }
  });
  fill();
  raw.close();
  database = await openDatabase(`file:${file}`, CIPHER);
  return { dir, database };
}

/** Every rule's cursor where the tick a minute ago left it. */
async function rewindCursors(f: Fixture): Promise<void> {
  const db = f.database.prisma;
  await db.outbox.deleteMany({});
  for (const rule of reminderRules(SETTINGS)) {
    const value = `${rule.horizon(new Date(NOW.getTime() - TICK_GAP_MS)).toISOString()}|2147483647`;
    await db.jobState.upsert({ where: { key: `reminder:${rule.key}` }, create: { key: `reminder:${rule.key}`, value }, update: { value } });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeTick(f: Fixture): Promise<{ ms: number; queued: number }> {
  const started = performance.now();
  const queued = await remindersTick({ db: f.database.prisma, clock: { now: () => NOW } }, SETTINGS);
  return { ms: performance.now() - started, queued };
}

async function main(): Promise<void> {
  console.log(`building ${BIG.toLocaleString("en")} and ${SMALL.toLocaleString("en")} applications (${DUE} due in each)…`);
  const started = performance.now();
  const big = await build(BIG, DUE);
  const small = await build(SMALL, DUE);
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const results = { bigDue: [] as number[], bigIdle: [] as number[], smallDue: [] as number[] };
  // Side by side, alternating, so both sizes see the same machine state.
  for (let round = 0; round < ROUNDS; round++) {
    await rewindCursors(big);
    const due = await timeTick(big);
    if (due.queued !== DUE) throw new Error(`expected ${DUE} messages, the tick queued ${due.queued}`);
    results.bigDue.push(due.ms);
    const idle = await timeTick(big); // the cursors are current: nothing is due
    if (idle.queued !== 0) throw new Error(`the idle tick queued ${idle.queued}`);
    results.bigIdle.push(idle.ms);
    await rewindCursors(small);
    const smallDue = await timeTick(small);
    if (smallDue.queued !== DUE) throw new Error(`expected ${DUE} messages, the small tick queued ${smallDue.queued}`);
    results.smallDue.push(smallDue.ms);
  }
  const [bigDue, bigIdle, smallDue] = [median(results.bigDue), median(results.bigIdle), median(results.smallDue)];
  console.log(`\nreminders tick, median of ${ROUNDS} (SQLite):`);
  console.log(`  ${BIG.toLocaleString("en")} applications, ${DUE} due:   ${bigDue.toFixed(1)} ms`);
  console.log(`  ${BIG.toLocaleString("en")} applications, none due: ${bigIdle.toFixed(1)} ms`);
  console.log(`  ${SMALL.toLocaleString("en")} applications, ${DUE} due:     ${smallDue.toFixed(1)} ms`);
  console.log(
    `ratios: ${BIG.toLocaleString("en")}/${SMALL.toLocaleString("en")} with the same due items = ${(bigDue / smallDue).toFixed(2)}; nothing due / ${DUE} due = ${(bigIdle / bigDue).toFixed(3)}`,
  );

  for (const f of [big, small]) {
    await f.database.close();
    rmSync(f.dir, { recursive: true, force: true });
  }
}

await main();
