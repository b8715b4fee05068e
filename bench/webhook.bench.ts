// npm run bench:webhook — the real bot process in webhook mode, on 127.0.0.1, under an offered
// load stepped up (WEBHOOK_RATES, default 100,300,1000 updates/s) from many chats: each user,
// already at the first question of a registration, answers two questions (name, national ID),
// spaced as people answer. Measured per step: the time to the webhook's HTTP answer and to the
// bot's reply (p50/p99), updates refused at first (each redelivered as the platform does), updates
// never answered and replies sent twice; on SQLite with one instance, and
// on PostgreSQL (TEST_DATABASE_URL) with one and with two instances behind a random balancer.
// The emulator and the load run in this process: everything shares this machine's two cores.
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotApiEmulator } from "../src/emulator/server.ts";
import { freshDatabaseUrl } from "../test/support/db.ts";
import { kill9, startBotProcess, waitForOutput, type BotProcess } from "../test/support/process.ts";

const RATES = (process.env.WEBHOOK_RATES ?? "100,300,1000").split(",").map(Number);
const STEP_SECONDS = Number(process.env.WEBHOOK_STEP_SECONDS ?? 10);
const SECRET = "bench-webhook-secret-0123456789-abcdefghijklmnop";
const DATA_KEY = "bench-data-key-0123456789-abcdefghijklmnop";
const ANSWERS = ["زهرا احمدی", "۰۴۹۹۳۷۰۸۹۹"];

interface Sample {
  chat: number;
  posted: number;
  answered: number;
  status: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], q: number) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!);

/** Posts until the bot takes it (200), as the platform redelivers an update it was refused; resolves with the first answer's status. */
async function deliver(pick: () => string, update: unknown): Promise<number> {
  const first = await post(pick(), update);
  for (let status = first, tries = 1; status !== 200 && tries < 50; tries++) {
    await sleep(Math.min(100 * tries, 2_000));
    status = await post(pick(), update);
  }
  return first;
}

/** Waits until `done`, or until nothing has changed for `quietMs` (what never came by then is counted). */
async function settle(done: () => boolean, progress: () => number, quietMs = 10_000): Promise<void> {
  let last = progress();
  let since = Date.now();
  while (!done()) {
    await sleep(50);
    const now = progress();
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since > quietMs) return;
  }
}

async function post(target: string, update: unknown): Promise<number> {
  try {
    const response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

async function startInstances(url: string, apiRoot: string, token: string, count: number): Promise<{ procs: BotProcess[]; targets: string[] }> {
  const procs: BotProcess[] = [];
  const targets: string[] = [];
  for (let i = 0; i < count; i++) {
    const proc = startBotProcess({
      BOT_TOKEN: token,
      BOT_API_ROOT: apiRoot,
      DATABASE_URL: url,
      DATA_KEY,
      LOG_LEVEL: "info",
      QUIET_HOURS: "off",
      BOT_MODE: "webhook",
      WEBHOOK_SECRET: SECRET,
      PORT: "0",
      HOST: "127.0.0.1",
      INSTANCE_ID: `bench-${i}`,
      RATE_LIMIT_PER_MINUTE: "0",
    });
    procs.push(proc);
  }
  for (const proc of procs) {
    await waitForOutput(proc, /"port":\d+/, 60_000);
    targets.push(`http://127.0.0.1:${/"port":(\d+)/.exec(proc.output())![1]}/webhook`);
  }
  return { procs, targets };
}

async function runStep(emulator: BotApiEmulator, targets: string[], rate: number, firstUser: number) {
  const total = rate * STEP_SECONDS;
  // Each user answers the questions once each, a few seconds apart (the step's length over the answers).
  const users = Array.from({ length: Math.ceil(total / ANSWERS.length) }, (_, i) => ({ id: firstUser + i, first_name: "U" }));
  const pick = () => targets[Math.floor(Math.random() * targets.length)]!;
  const repliesTo = (chat: number) => emulator.state.messagesTo(chat).length;
  // Each user at the first question (not measured).
  const calls = () => emulator.state.calls.length;
  await Promise.all(users.map((u) => deliver(pick, emulator.state.sendText(u, "/register"))));
  await settle(() => users.every((u) => repliesTo(u.id) >= 2), calls);
  const before = new Map(users.map((u) => [u.id, repliesTo(u.id)]));

  const samples: Sample[] = [];
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const user = users[n % users.length]!;
    const answer = ANSWERS[Math.floor(n / users.length) % ANSWERS.length]!;
    const update = emulator.state.sendText(user, answer);
    const posted = performance.now();
    inFlight.push(
      deliver(pick, update).then((status) => {
        samples.push({ chat: user.id, posted, answered: performance.now(), status });
      }),
    );
  }
  await Promise.all(inFlight);
  // Every answer should bring exactly one reply: wait for them (until none has come for 10 s).
  const expected = (id: number) => before.get(id)! + samples.filter((s) => s.chat === id).length;
  await settle(() => users.every((u) => repliesTo(u.id) >= expected(u.id)), calls);
  const replyTimes: number[] = [];
  let lost = 0;
  let twice = 0;
  for (const u of users) {
    const mine = samples.filter((s) => s.chat === u.id).sort((a, b) => a.posted - b.posted);
    const messages = emulator.state.timeline.filter((e) => "call" in e && e.call.message?.chat_id === u.id && e.call.method === "sendMessage");
    const replies = messages.slice(before.get(u.id)).map((e) => ("call" in e ? e.call.at : undefined));
    lost += Math.max(0, mine.length - replies.length);
    twice += Math.max(0, replies.length - mine.length);
    mine.forEach((s, i) => {
      const at = replies[i];
      if (at !== undefined) replyTimes.push(at - s.posted);
    });
  }
  const http = samples.map((s) => s.answered - s.posted);
  return {
    offered: rate,
    achieved: total / ((Math.max(...samples.map((s) => s.answered)) - started) / 1000),
    httpP50: quantile(http, 0.5),
    httpP99: quantile(http, 0.99),
    replyP50: quantile(replyTimes, 0.5),
    replyP99: quantile(replyTimes, 0.99),
    non200: samples.filter((s) => s.status !== 200).length,
    lost,
    twice,
  };
}

async function scenario(label: string, database: { url: string; drop(): Promise<void> }, instances: number) {
  const emulator = new BotApiEmulator();
  const apiRoot = await emulator.start();
  const { procs, targets } = await startInstances(database.url, apiRoot, emulator.token, instances);
  console.log(`\n${label}: ${instances} instance${instances > 1 ? "s" : ""}`);
  console.log("  offered/s  answered/s   HTTP p50   HTTP p99   reply p50   reply p99   non-200   lost   twice");
  let firstUser = 10_000_000;
  try {
    for (const rate of RATES) {
      const r = await runStep(emulator, targets, rate, firstUser);
      firstUser += 100_000;
      console.log(
        `  ${String(r.offered).padStart(9)}  ${r.achieved.toFixed(0).padStart(10)}  ${r.httpP50.toFixed(1).padStart(7)} ms ${r.httpP99.toFixed(1).padStart(7)} ms ${r.replyP50.toFixed(0).padStart(8)} ms ${r.replyP99.toFixed(0).padStart(8)} ms ${String(r.non200).padStart(9)} ${String(r.lost).padStart(6)} ${String(r.twice).padStart(7)}`,
      );
    }
  } finally {
    for (const proc of procs) await kill9(proc);
    await emulator.stop();
    await database.drop();
  }
}

const dir = join(tmpdir(), `karyar-webhook-bench-${randomUUID()}`);
mkdirSync(dir, { recursive: true });
await scenario("SQLite", { url: `file:${join(dir, "bench.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }, 1);
if (process.env.TEST_DATABASE_URL) {
  await scenario("PostgreSQL", await freshDatabaseUrl("postgres"), 1);
  await scenario("PostgreSQL", await freshDatabaseUrl("postgres"), 2);
} else {
  console.log("\nPostgreSQL skipped: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test)");
}
