// npm run bench — what one answer costs, through the whole middleware stack (in process,
// handleUpdate, SQLite, the platform answering at once), measured side by side in one run:
//  1. one answer at the first question, at the twelfth, and after ten edits at the summary:
//     the last two should cost no more than the first (flows rewind after every answer), and
//     the state stored per open conversation should stay small (it is encrypted, one row);
//  2. Karyar's full stack against bare grammY on the same table and driver, and against grammY
//     with only the conversations plugin (the replay Karyar is built on: its ceiling), one
//     update at a time and 32 chats in flight.
// BENCH_USERS (default 300) users per measurement, BENCH_ROUNDS (3) alternating rounds; medians.
// BENCH_PART=2: only the comparison.
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, session, type Context, type SessionFlavor } from "grammy";
import pino from "pino";
import { createBot } from "../src/bot/index.ts";
import type { ChatStateStore } from "../src/db/chat-state-store.ts";
import { openDatabase, type Database } from "../src/db/client.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { importRegions, listCounties, type County } from "../src/domain/regions.ts";
import { createTranslate } from "../src/i18n/translator.ts";

const USERS = Number(process.env.BENCH_USERS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 32);
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstu";
const CIPHER = new PersonalDataCipher("bench-data-key-0123456789-abcdefghijklmnop");
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
/** The latest request's body: a check that the answers reached the question they were meant for. */
let lastBody = "";
const fetch = (async (_url: unknown, init?: { body?: unknown }) => {
  lastBody = typeof init?.body === "string" ? init.body : "";
  return new Response(reply);
}) as unknown as typeof globalThis.fetch;

let updateId = 1;
const from = (userId: number) => ({ id: userId, is_bot: false, first_name: "U" });
function text(userId: number, body: string) {
  const entities = body.startsWith("/") ? [{ type: "bot_command", offset: 0, length: body.length }] : undefined;
  return {
    update_id: updateId++,
    message: { message_id: updateId, date: 0, text: body, entities, chat: { id: userId, type: "private", first_name: "U" }, from: from(userId) },
  } as never;
}
function press(userId: number, data: string) {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId),
      from: from(userId),
      chat_instance: "ci",
      data,
      message: { message_id: 1, date: 0, chat: { id: userId, type: "private" }, text: "…" },
    },
  } as never;
}

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

function karyarBot(database: Database, counties: County[]) {
  return createBot({
    db: database.prisma,
    chatStates: database.chatStates,
    conversationTtlDays: 14,
    counties,
    clock: { now: () => new Date() },
    cipher: CIPHER,
    logger: pino({ level: "silent" }),
    translate: createTranslate(),
    config: {
      botToken: TOKEN,
      apiRoot: "http://127.0.0.1:9",
      platform: "telegram",
      timeZone: "Asia/Tehran",
      filesDir: undefined,
      maxUploadBytes: 10 * 2 ** 20,
      invitationTtlHours: 72,
    },
    rateLimitPerMinute: 0,
    botConfig: { botInfo: BOT_INFO as never, client: { fetch: fetch as never } },
  });
}

/** Every registration answer, in order, for one user (the county is the first one's button). */
function answers(userId: number, county: County) {
  return [
    text(userId, "/register"),
    text(userId, "زهرا احمدی"),
    text(userId, "۰۴۹۹۳۷۰۸۹۹"),
    text(userId, "۱۳۶۹/۰۱/۰۱"),
    text(userId, "09123456789"),
    press(userId, `reg:county:${county.id}`),
    text(userId, "کوشک"),
    press(userId, "reg:cat:beekeeping"),
    text(userId, "عسل کوهپایه"),
    text(userId, "تولید و بسته‌بندی عسل طبیعی در خانه"),
    press(userId, "reg:wp:home"),
    text(userId, "۳"),
    text(userId, "۵۰۰ میلیون"),
  ];
}

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Handles every update with `inFlight` running at once; p50/p99 of each one's time. */
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

/** The largest stored chat state (bytes of the encrypted row value) among these users. */
async function largestState(store: ChatStateStore, users: number[]): Promise<number> {
  let largest = 0;
  for (const id of users) largest = Math.max(largest, (await store.read(String(id)))?.value.length ?? 0);
  return largest;
}

/** 1. One answer at question 1, at question 12, and after ten edits at the summary. */
async function stepCosts(base: number) {
  const { database, counties, cleanup } = await freshDatabase();
  const bot = karyarBot(database, counties);
  const handle = (u: never) => bot.handleUpdate(u);
  const users = Array.from({ length: USERS }, (_, i) => base + i);
  const plans = new Map(users.map((id) => [id, answers(id, counties[0]!)]));
  for (const id of users) await handle(plans.get(id)![0]!);
  const first = await measure(
    handle,
    users.map((id) => plans.get(id)![1]!),
    1,
  );
  const stateAtFirst = await largestState(database.chatStates, users);
  for (const id of users) for (const u of plans.get(id)!.slice(2, 12)) await handle(u);
  const twelfth = await measure(
    handle,
    users.map((id) => plans.get(id)![12]!),
    1,
  );
  if (!lastBody.includes("reg:submit")) throw new Error(`the twelfth answer did not reach the summary: ${lastBody.slice(0, 200)}`);
  const stateAtSummary = await largestState(database.chatStates, users);
  // Ten edits of the name at the summary (press ✏️, answer), then the eleventh answer is measured.
  for (let edit = 0; edit < 10; edit++) {
    for (const id of users) {
      await handle(press(id, "reg:edit:fullName"));
      await handle(text(id, edit % 2 === 0 ? "مریم احمدی" : "زهرا احمدی"));
    }
  }
  for (const id of users) await handle(press(id, "reg:edit:fullName"));
  const afterEdits = await measure(
    handle,
    users.map((id) => text(id, "زهرا کریمی")),
    1,
  );
  const stateAfterEdits = await largestState(database.chatStates, users);
  await cleanup();
  return { first, twelfth, afterEdits, stateAtFirst, stateAtSummary, stateAfterEdits };
}

/** grammY session storage on the table and driver Karyar's chat state uses (versioned writes included). */
function sameStorage(store: ChatStateStore) {
  const versions = new Map<string, number>();
  return {
    async read(key: string) {
      const row = await store.read(key);
      versions.set(key, row?.version ?? 0);
      return row ? (JSON.parse(row.value) as { step: number }) : undefined;
    },
    async write(key: string, value: { step: number }) {
      await store.write(key, versions.get(key) ?? 0, { value: JSON.stringify(value), lastUpdateId: 0, expiresAt: new Date(Date.now() + 86_400_000) });
    },
    delete: (key: string) => store.delete(key),
  };
}

/** USERS users at the first question (/register), then each one's answer to it, measured. */
async function stepOfEach(bot: { handleUpdate(update: never): Promise<void> }, base: number, inFlight: number): Promise<Result> {
  const users = Array.from({ length: USERS }, (_, i) => base + i);
  for (const id of users) await bot.handleUpdate(text(id, "/register"));
  return measure(
    (u) => bot.handleUpdate(u),
    users.map((id) => text(id, "زهرا احمدی")),
    inFlight,
  );
}

/** 2. One registration step (a valid full name → the next question), Karyar and bare grammY. */
async function fullStack(base: number, inFlight: number): Promise<Result> {
  const { database, counties, cleanup } = await freshDatabase();
  const bot = karyarBot(database, counties);
  const result = await stepOfEach(bot, base, inFlight);
  await cleanup();
  return result;
}

async function bareGrammy(base: number, inFlight: number): Promise<Result> {
  const { database, cleanup } = await freshDatabase();
  const bot = new Bot<Context & SessionFlavor<{ step: number }>>(TOKEN, { botInfo: BOT_INFO as never, client: { fetch: fetch as never } });
  bot.use(session({ initial: () => ({ step: 0 }), storage: sameStorage(database.chatStates) }));
  bot.on("message:text", async (ctx) => {
    ctx.session.step++;
    await ctx.reply("next question");
  });
  const result = await stepOfEach(bot, base, inFlight);
  await cleanup();
  return result;
}

/**
 * grammY with only the conversations plugin Karyar is built on (fixed for the project), on the
 * same storage: a conversation that asks two questions. What the plugin's replay costs alone.
 */
async function grammyConversations(base: number, inFlight: number): Promise<Result> {
  const { database, cleanup } = await freshDatabase();
  const bot = new Bot<ConversationFlavor<Context>>(TOKEN, { botInfo: BOT_INFO as never, client: { fetch: fetch as never } });
  const storage = sameStorage(database.chatStates) as unknown as {
    read(k: string): Promise<never>;
    write(k: string, v: never): Promise<void>;
    delete(k: string): Promise<void>;
  };
  bot.use(conversations({ storage: { type: "key", adapter: storage } }));
  bot.use(
    createConversation(async (conversation: Conversation, ctx: Context) => {
      await ctx.reply("first question");
      await conversation.waitFor("message:text");
      await ctx.reply("next question");
      await conversation.waitFor("message:text");
    }, "ask"),
  );
  bot.command("register", (ctx) => ctx.conversation.enter("ask"));
  const result = await stepOfEach(bot, base, inFlight);
  await cleanup();
  return result;
}

const fmt = (r: Result) => `${r.perSecond.toFixed(0).padStart(6)} updates/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`;
const median = <T>(xs: T[], key: (x: T) => number) => xs.map(key).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medians = (xs: Result[]): Result => ({ perSecond: median(xs, (x) => x.perSecond), p50: median(xs, (x) => x.p50), p99: median(xs, (x) => x.p99) });

let base = 1_000_000;
// BENCH_PART=2 runs only the comparison (for a profile of the full stack's step).
if (process.env.BENCH_PART !== "2") {
  console.log(`1. one answer, ${USERS} users, one at a time, ${ROUNDS} rounds (SQLite, in-process handleUpdate)`);
  const costs: Awaited<ReturnType<typeof stepCosts>>[] = [];
  for (let round = 0; round < ROUNDS; round++) costs.push(await stepCosts((base += USERS)));
  const p50 = (pick: (c: (typeof costs)[number]) => Result) => median(costs, (c) => pick(c).p50);
  console.log(`  question 1:           p50 ${p50((c) => c.first).toFixed(2)} ms`);
  console.log(
    `  question 12:          p50 ${p50((c) => c.twelfth).toFixed(2)} ms   ×${(p50((c) => c.twelfth) / p50((c) => c.first)).toFixed(2)} of question 1`,
  );
  console.log(
    `  after ten edits:      p50 ${p50((c) => c.afterEdits).toFixed(2)} ms   ×${(p50((c) => c.afterEdits) / p50((c) => c.first)).toFixed(2)} of question 1`,
  );
  console.log(
    `  stored state (largest, encrypted): ${median(costs, (c) => c.stateAtFirst)} B at question 1, ${median(costs, (c) => c.stateAtSummary)} B at the summary, ${median(costs, (c) => c.stateAfterEdits)} B after ten edits`,
  );
}

for (const inFlight of [1, IN_FLIGHT]) {
  console.log(`\n2. one registration step, ${USERS} users, ${inFlight} in flight, ${ROUNDS} alternating rounds (SQLite, in-process handleUpdate)`);
  const full: Result[] = [];
  const bare: Result[] = [];
  const plugin: Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await bareGrammy((base += USERS), inFlight));
    plugin.push(await grammyConversations((base += USERS), inFlight));
    full.push(await fullStack((base += USERS), inFlight));
    console.log(`  round ${round + 1}: karyar ${fmt(full.at(-1)!)} | grammY + conversations ${fmt(plugin.at(-1)!)} | bare grammY ${fmt(bare.at(-1)!)}`);
  }
  const f = medians(full);
  const b = medians(bare);
  const c = medians(plugin);
  console.log(`  median karyar full stack:      ${fmt(f)}`);
  console.log(`  median grammY + conversations: ${fmt(c)}`);
  console.log(`  median bare grammY:            ${fmt(b)}`);
  console.log(`  ratio karyar / bare (throughput): ${(f.perSecond / b.perSecond).toFixed(2)}`);
  console.log(`  ratio karyar / grammY + conversations (throughput): ${(f.perSecond / c.perSecond).toFixed(2)}`);
}
