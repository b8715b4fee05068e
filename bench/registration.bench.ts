// npm run bench — one registration step (a valid full name → the next question) through the
// whole Karyar middleware stack, versus bare grammY with the same session storage (our
// KeyValueStorage on the same kind of SQLite file), measured side by side in one run:
// one update at a time (latency), and 32 chats in flight at once as @grammyjs/runner
// delivers them (throughput).
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot, session, type BotConfig, type Context, type SessionFlavor } from "grammy";
import type { BotContext } from "../src/bot/context.ts";
import pino from "pino";
import { createBot } from "../src/bot/index.ts";
import { UpdateLedger } from "../src/bot/middlewares/once.ts";
import { openDatabase, type Database } from "../src/db/client.ts";
import { KeyValueStorage } from "../src/db/key-value-storage.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { importRegions, listCounties, type County } from "../src/domain/regions.ts";

const USERS = Number(process.env.BENCH_USERS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstu";
const BOT_INFO = {
  id: 1,
  is_bot: true,
  first_name: "Karyar",
  username: "karyar_bench_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
} as const;

// The platform answers instantly: we measure the bot, not the network.
const reply = JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "" } });
const fetch = (async () => new Response(reply)) as unknown as typeof globalThis.fetch;

let updateId = 1;
function textUpdate(userId: number, text: string) {
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.length }] : undefined;
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 0,
      text,
      entities,
      chat: { id: userId, type: "private", first_name: "U" },
      from: { id: userId, is_bot: false, first_name: "U" },
    },
  } as never;
}

const CIPHER = new PersonalDataCipher("bench-data-key-0123456789-abcdefghijklmnop");

async function freshDatabase(): Promise<{ database: Database; counties: County[]; cleanup(): Promise<void> }> {
  const dir = join(tmpdir(), `karyar-bench-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase(`file:${join(dir, "bench.db")}`, CIPHER);
  await importRegions(database.prisma, "data/regions/fars.json");
  return {
    database,
    counties: await listCounties(database.prisma),
    cleanup: async () => (await database.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 32);

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Handles every update with `inFlight` of them running at once; p50/p99 of each one's time. */
async function measure(handle: (u: never) => Promise<void>, updates: never[], inFlight: number): Promise<Result> {
  const latencies: number[] = [];
  const queue = [...updates];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let update = queue.shift(); update; update = queue.shift()) {
        const t0 = performance.now();
        await handle(update);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { perSecond: updates.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** The Karyar bot with its full middleware stack, as main.ts builds it. */
function karyarBot(database: Database, counties: County[], botToken: string, apiRoot: string, botConfig: BotConfig<BotContext>) {
  return createBot({
    db: database.prisma,
    sessions: database.sessions,
    counties,
    clock: { now: () => new Date() },
    cipher: CIPHER,
    logger: pino({ level: "silent" }),
    config: { botToken, apiRoot, platform: "telegram", timeZone: "Asia/Tehran", filesDir: undefined, maxUploadBytes: 10 * 2 ** 20, invitationTtlHours: 72 },
    ledger: new UpdateLedger(database.sessions, "bench"),
    rateLimitPerMinute: 60,
    botConfig,
  });
}

async function fullStack(base: number, inFlight: number): Promise<Result> {
  const { database, counties, cleanup } = await freshDatabase();
  const bot = karyarBot(database, counties, TOKEN, "http://127.0.0.1:9", { botInfo: BOT_INFO as never, client: { fetch: fetch as never } });
  const users = Array.from({ length: USERS }, (_, i) => base + i);
  for (const id of users) await bot.handleUpdate(textUpdate(id, "/register")); // each user now at "full name"
  const result = await measure(
    (u) => bot.handleUpdate(u),
    users.map((id) => textUpdate(id, "زهرا احمدی")),
    inFlight,
  );
  await cleanup();
  return result;
}

async function bareGrammy(base: number, inFlight: number): Promise<Result> {
  const { database, cleanup } = await freshDatabase();
  const bot = new Bot<Context & SessionFlavor<{ step: number }>>(TOKEN, { botInfo: BOT_INFO as never, client: { fetch: fetch as never } });
  bot.use(session({ initial: () => ({ step: 0 }), storage: new KeyValueStorage<{ step: number }>(database.sessions) }));
  bot.on("message:text", async (ctx) => {
    ctx.session.step++;
    await ctx.reply("next question");
  });
  const users = Array.from({ length: USERS }, (_, i) => base + i);
  for (const id of users) await bot.handleUpdate(textUpdate(id, "/register"));
  const result = await measure(
    (u) => bot.handleUpdate(u),
    users.map((id) => textUpdate(id, "زهرا احمدی")),
    inFlight,
  );
  await cleanup();
  return result;
}

const fmt = (r: Result) => `${r.perSecond.toFixed(0).padStart(6)} updates/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`;
const median = (xs: Result[], key: keyof Result) => xs.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medians = (xs: Result[]): Result => ({ perSecond: median(xs, "perSecond"), p50: median(xs, "p50"), p99: median(xs, "p99") });

let base = 1_000_000;
for (const inFlight of [1, IN_FLIGHT]) {
  console.log(`\none registration step, ${USERS} users, ${inFlight} in flight, ${ROUNDS} alternating rounds (SQLite, in-process handleUpdate)`);
  const full: Result[] = [];
  const bare: Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await bareGrammy((base += USERS), inFlight));
    full.push(await fullStack((base += USERS), inFlight));
    console.log(`  round ${round + 1}: karyar ${fmt(full.at(-1)!)} | bare grammY ${fmt(bare.at(-1)!)}`);
  }
  const f = medians(full);
  const b = medians(bare);
  console.log(`  median karyar full stack: ${fmt(f)}`);
  console.log(`  median bare grammY      : ${fmt(b)}`);
  console.log(`  ratio karyar / bare (throughput): ${(f.perSecond / b.perSecond).toFixed(2)}`);
}

// End to end: the same step through @grammyjs/runner long polling the Bot API emulator over
// HTTP on 127.0.0.1 (the emulator runs in this process too, sharing the two cores).
{
  const { BotApiEmulator } = await import("../src/emulator/server.ts");
  const { run } = await import("@grammyjs/runner");
  const E2E_USERS = Number(process.env.BENCH_E2E_USERS ?? 2000);
  const emulator = new BotApiEmulator();
  const apiRoot = await emulator.start();
  const { database, counties, cleanup } = await freshDatabase();
  const bot = karyarBot(database, counties, emulator.token, apiRoot, { client: { apiRoot } });
  const runner = run(bot);
  const users = Array.from({ length: E2E_USERS }, (_, i) => ({ id: 5_000_000 + i, first_name: "U" }));
  const repliesTo = async (count: number) => {
    const target = emulator.state.calls.filter((c) => c.method === "sendMessage").length + count;
    while (emulator.state.calls.filter((c) => c.method === "sendMessage").length < target) await new Promise((r) => setTimeout(r, 20));
  };
  // /register sends two messages (intro and first question) per user.
  const registered = repliesTo(2 * users.length);
  for (const u of users) emulator.state.sendText(u, "/register");
  await registered;
  const answered = repliesTo(users.length);
  const started = performance.now();
  for (const u of users) emulator.state.sendText(u, "زهرا احمدی");
  await answered;
  const perSecond = users.length / ((performance.now() - started) / 1000);
  console.log(`\nend to end (runner ⇄ emulator over HTTP, ${E2E_USERS} users each answering one question): ${perSecond.toFixed(0)} updates/s`);
  await runner.stop();
  await emulator.stop();
  await cleanup();
}
