import { Bot, type Context } from "grammy";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BotContext } from "../src/bot/context.ts";
import { StaleChatState } from "../src/db/chat-state-store.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { BotApiState, BOT_USER } from "../src/emulator/bot-api-state.ts";
import { PLATFORMS } from "../src/platform.ts";
import { createDispatcher, type Dispatcher } from "../src/server/dispatcher.ts";
import { journaledFetch } from "../src/server/effects-journal.ts";
import { botIdOf, chatKeyOf, createInbox } from "../src/server/inbox.ts";
import { inboxStore } from "../src/db/inbox-store.ts";
import { openSql } from "../src/db/sql.ts";
import { TEST_DATA_KEY } from "./support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "./support/db.ts";
import { fakeFetch } from "./support/fake-fetch.ts";
import { until } from "./support/wait.ts";

const cipher = new PersonalDataCipher(TEST_DATA_KEY);
const silent = pino({ level: "silent" });
const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstu";

interface Handled {
  chat: number;
  updateId: number;
  start: number;
  end: number;
}

/** A bare bot on the fake platform that records when it handled what (and answers each message). */
function recordingBot(platform: BotApiState, handled: Handled[], handle?: (ctx: Context) => Promise<void>) {
  const bot = new Bot(TOKEN, { botInfo: { ...BOT_USER } as never, client: { fetch: journaledFetch(fakeFetch(platform)) as never } });
  bot.on("message", async (ctx) => {
    const start = performance.now();
    await handle?.(ctx);
    await new Promise((r) => setTimeout(r, 2));
    await ctx.reply(`ok ${ctx.message.text}`);
    handled.push({ chat: ctx.chat.id, updateId: ctx.update.update_id, start, end: performance.now() });
  });
  return bot as unknown as Bot<BotContext>;
}

describe.each(PROVIDERS)("the durable inbox on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const running: Dispatcher[] = [];
  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    for (const d of running.splice(0)) await d.stop();
    if (!skip) await database.drop();
  });

  async function start(bot: Bot<BotContext>, holder: string, concurrency = 4, platform = PLATFORMS.telegram, gapWaitMs?: number) {
    const dispatcher = createDispatcher({
      bot,
      store: database.inbox,
      cipher,
      logger: silent,
      holder,
      concurrency,
      pollMs: 20,
      leaseMs: 2_000,
      platform,
      gapWaitMs,
    });
    running.push(dispatcher);
    await dispatcher.start();
    return { dispatcher, inbox: createInbox({ store: database.inbox, cipher, botToken: TOKEN, stored: () => dispatcher.wake() }) };
  }

  it.skipIf(skip)("stores an update once however often it arrives, encrypted, and handles it once", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const { inbox } = await start(recordingBot(platform, handled), "a");
    const update = platform.sendText({ id: 7, first_name: "Z" }, "کد ملی ۰۴۹۹۳۷۰۸۹۹");
    await inbox.receive([update as never]);
    await inbox.receive([update as never, update as never]);
    await until(async () => (await database.inbox.backlog()) === 0 && handled.length > 0);
    expect(handled).toHaveLength(1);
    const rows = await database.prisma.inboxUpdate.findMany();
    expect(rows).toHaveLength(1);
    // Handled: its content is gone; it stays only to recognise a redelivery.
    expect(rows[0]).toMatchObject({ state: "done", payload: null, effects: null });
  });

  it.skipIf(skip)("keeps the payload encrypted while it waits", async () => {
    const platform = new BotApiState();
    const inbox = createInbox({ store: database.inbox, cipher, botToken: TOKEN, stored: () => undefined });
    await inbox.receive([platform.sendText({ id: 7, first_name: "Z" }, "0499370899") as never]);
    const [row] = await database.prisma.inboxUpdate.findMany();
    expect(row!.payload).not.toContain("0499370899");
    expect(JSON.parse(cipher.decrypt(row!.payload!)).message.text).toBe("0499370899");
  });

  it.skipIf(skip)("two instances: every update handled once, each chat's in order, never two of one chat at a time", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const a = await start(recordingBot(platform, handled), "instance-a");
    const b = await start(recordingBot(platform, handled), "instance-b");
    const chats = [11, 12, 13, 14, 15, 16];
    const sent: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (const chat of chats) {
        const update = platform.sendText({ id: chat, first_name: "U" }, `m${i}`);
        sent.push(update.update_id);
        // Like a load balancer: each update reaches one instance or the other.
        await (i % 2 === 0 ? a : b).inbox.receive([update as never]);
      }
    }
    await until(async () => handled.length >= sent.length && (await database.inbox.backlog()) === 0, 20_000);
    expect(handled.map((h) => h.updateId).sort((x, y) => x - y)).toEqual(sent);
    for (const chat of chats) {
      const mine = handled.filter((h) => h.chat === chat);
      expect(mine.map((h) => h.updateId)).toEqual([...mine.map((h) => h.updateId)].sort((x, y) => x - y));
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBeGreaterThanOrEqual(mine[i - 1]!.end);
    }
    expect(platform.calls.filter((c) => c.method === "sendMessage")).toHaveLength(sent.length);
  });

  it.skipIf(skip)("an update that meets the database away waits, and the chat's later updates wait behind it", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    let outage = true;
    const bot = recordingBot(platform, handled, async (ctx) => {
      if (outage && ctx.message?.text === "first") throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const { inbox } = await start(bot, "a");
    const user = { id: 21, first_name: "U" };
    await inbox.receive([platform.sendText(user, "first") as never, platform.sendText(user, "second") as never]);
    await until(async () => (await database.prisma.inboxUpdate.count({ where: { attempts: { gt: 0 } } })) > 0);
    expect(handled).toHaveLength(0);
    outage = false;
    await until(async () => handled.length === 2, 10_000);
    expect(handled.map((h) => platform.updates.find((u) => u.update_id === h.updateId)!.message.text)).toEqual(["first", "second"]);
  });

  it.skipIf(skip)("a bug answers the person with an apology, and the chat goes on", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const bot = recordingBot(platform, handled, async (ctx) => {
      if (ctx.message?.text === "boom") throw new Error("a bug");
    });
    bot.catch(async (error) => void (await error.ctx.reply("sorry")));
    const { inbox } = await start(bot, "a");
    const user = { id: 31, first_name: "U" };
    await inbox.receive([platform.sendText(user, "boom") as never, platform.sendText(user, "after") as never]);
    await until(async () => handled.length === 1);
    expect(platform.messagesTo(user.id).map((m) => m.text)).toEqual(["sorry", "ok after"]);
    expect(await database.prisma.inboxUpdate.count({ where: { state: "failed" } })).toBe(1);
  });

  it.skipIf(skip)("handled again after a crash, the calls already made are not made again", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const user = { id: 41, first_name: "U" };
    const update = platform.sendText(user, "hello");
    await createInbox({ store: database.inbox, cipher, botToken: TOKEN, stored: () => undefined }).receive([update as never]);
    // A first life handled it and replied, then died before marking it done.
    const [row] = await database.prisma.inboxUpdate.findMany();
    const reply = { ok: true, result: { message_id: 99, date: 0, chat: { id: user.id, type: "private" }, text: "ok hello" } };
    await database.inbox.recordEffects(row!.id, cipher.encrypt(JSON.stringify([{ m: "sendMessage", status: 200, body: JSON.stringify(reply) }])));
    await start(recordingBot(platform, handled), "a");
    await until(async () => (await database.inbox.backlog()) === 0);
    expect(handled).toHaveLength(1);
    expect(platform.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  it.skipIf(skip)("a chat held by an instance that died is taken over once its lease runs out; a restarted instance drops its own at once", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const user = { id: 51, first_name: "U" };
    const inbox = createInbox({ store: database.inbox, cipher, botToken: TOKEN, stored: () => undefined });
    await inbox.receive([platform.sendText(user, "x") as never]);
    const key = chatKeyOf(platform.updates.at(-1) as never);
    expect(await database.inbox.lease(key, "dead", new Date(Date.now() + 600), new Date())).toBe(true);
    const first = await start(recordingBot(platform, handled), "alive");
    await until(async () => handled.length === 1, 10_000);
    // The same instance name after a restart (the old process gone, its lease left behind):
    // the lease is dropped at start, no waiting.
    await first.dispatcher.stop();
    await inbox.receive([platform.sendText(user, "y") as never]);
    expect(await database.inbox.lease(key, "alive", new Date(Date.now() + 600_000), new Date())).toBe(true);
    await start(recordingBot(platform, handled), "alive");
    await until(async () => handled.length === 2, 5_000);
  });

  /** The bot's watermark: every update id up to it is in the inbox or no longer waited for. */
  async function watermark() {
    const row = await database.prisma.inboxWatermark.findFirst();
    return row ? Number(row.upTo) : null;
  }

  it.skipIf(skip)("an update that overtook its chat's earlier one waits for it (the ids go up one by one)", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    // A wait far longer than the 200 ms by which the earlier one is late, so that a loaded machine cannot make it run out.
    const { inbox } = await start(recordingBot(platform, handled), "a", 4, PLATFORMS.telegram, 8_000);
    /** Sends two texts and stores them the wrong way round, the earlier one a moment later (another connection, a slower instance). */
    async function overtaken(user: { id: number; first_name: string }, first: string, second: string) {
      const [earlier, later] = [platform.sendText(user, first), platform.sendText(user, second)];
      await inbox.receive([later as never]);
      await new Promise((r) => setTimeout(r, 200));
      await inbox.receive([earlier as never]);
    }
    // The bot's very first updates (no watermark yet: the first one waits the whole wait).
    await overtaken({ id: 71, first_name: "O" }, "a", "b");
    await until(async () => handled.length === 2, 30_000);
    // A chat's first updates, the bot long running: nothing of this chat was handled before.
    await overtaken({ id: 72, first_name: "P" }, "x", "y");
    // And a chat's later ones.
    await overtaken({ id: 71, first_name: "O" }, "c", "d");
    await until(async () => handled.length === 6, 30_000);
    expect(platform.messagesTo(71).map((m) => m.text)).toEqual(["ok a", "ok b", "ok c", "ok d"]);
    expect(platform.messagesTo(72).map((m) => m.text)).toEqual(["ok x", "ok y"]);
  });

  it.skipIf(skip)("an earlier update stored while the gap is being checked is never overtaken, whichever statement it slips in before", async () => {
    const bot = "gap-race";
    // The later update (id 103, chat k) is checked; the watermark is at 100; 102 (another chat) is in.
    // The earlier one (101, chat k) is stored just before the check's n-th statement, for every n past the first.
    for (let slipBefore = 1; ; slipBefore++) {
      const raw = openSql(database.url);
      let statements = 0;
      let slipped = false;
      const slip = async () => {
        if (statements++ !== slipBefore) return;
        slipped = true;
        await database.inbox.add(bot, [{ updateId: 101, chatKey: "k", payload: "x" }], new Date());
      };
      const store = inboxStore({
        provider: raw.provider,
        query: async (text, params) => (await slip(), raw.query(text, params)),
        execute: async (text, params) => (await slip(), raw.execute(text, params)),
        close: () => raw.close(),
      });
      await database.prisma.inboxUpdate.deleteMany();
      await database.inbox.advance(bot, 100);
      await database.prisma.inboxWatermark.update({ where: { bot }, data: { upTo: 100n } });
      await database.inbox.add(
        bot,
        [
          { updateId: 102, chatKey: "other", payload: "-" },
          { updateId: 103, chatKey: "k", payload: "y" },
        ],
        new Date(),
      );
      const gap = await store.gapBefore(bot, "k", 103, true);
      await raw.close();
      if (!slipped) break;
      // Handled now only when nothing could be earlier: here 101 is, so either it is seen or it is waited for.
      expect(gap.earlier || gap.missing !== 0, `slipped in before statement ${slipBefore}: ${JSON.stringify(gap)}`).toBe(true);
    }
  });

  it.skipIf(skip)("an earlier id that never comes is waited for a while, then never again", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const { inbox } = await start(recordingBot(platform, handled), "a", 4, PLATFORMS.telegram, 300);
    await inbox.receive([platform.sendText({ id: 73, first_name: "Q" }, "first") as never]);
    await until(async () => handled.length === 1, 10_000);
    const lost = platform.sendText({ id: 71, first_name: "O" }, "lost on the way");
    const e = platform.sendText({ id: 73, first_name: "Q" }, "e");
    await inbox.receive([e as never]);
    await until(async () => handled.length === 2, 10_000);
    // Given up on: the watermark passed it, so no later update looks for it again.
    expect(await watermark()).toBeGreaterThanOrEqual(lost.update_id);
    const f = platform.sendText({ id: 74, first_name: "R" }, "f");
    await inbox.receive([f as never]);
    await until(async () => handled.length === 3);
    expect(await watermark()).toBe(f.update_id);
    expect(platform.messagesTo(73).map((m) => m.text)).toEqual(["ok first", "ok e"]);
  });

  it.skipIf(skip)("polling stores what it fetched as complete: nothing below it is waited for", async () => {
    const platform = new BotApiState();
    const handled: Handled[] = [];
    const { inbox } = await start(recordingBot(platform, handled), "a");
    const skipped = platform.sendText({ id: 75, first_name: "S" }, "skipped by the platform");
    const g = platform.sendText({ id: 75, first_name: "S" }, "g");
    await inbox.receive([g as never], true);
    // The batch is complete: the watermark is at its top at once, before anything is handled.
    expect(await watermark()).toBe(g.update_id);
    expect(await database.inbox.gapBefore(botIdOf(TOKEN), chatKeyOf(g as never), g.update_id, true)).toEqual({ earlier: false, missing: 0 });
    expect(skipped.update_id).toBeLessThan(g.update_id);
    await until(async () => handled.length === 1);
  });

  it.skipIf(skip)("a reply refused as too fast in Bale's words waits and is sent once, without an apology", async () => {
    const platform = new BotApiState({ platform: "bale" });
    const handled: Handled[] = [];
    platform.failNext.set("sendMessage", [
      { error_code: 400, description: "Bad Request: bot limit exceed" },
      { error_code: 420, description: "Flood" },
    ]);
    // Bale gives no retry_after: the profile's own pause (shortened here).
    const { inbox } = await start(recordingBot(platform, handled), "a", 4, { ...PLATFORMS.bale, defaultRetryAfterSeconds: 0.05 });
    const user = { id: 61, first_name: "B" };
    await inbox.receive([platform.sendText(user, "x") as never]);
    await until(async () => handled.length === 1, 10_000);
    expect(platform.messagesTo(61).map((m) => m.text)).toEqual(["ok x"]);
  });

  it.skipIf(skip)("chat state is written compare-and-set: of two writers at one version, the second is refused", async () => {
    const store = database.chatStates;
    await store.write("c1", 0, { value: "a", lastUpdateId: 1, expiresAt: new Date(Date.now() + 60_000) });
    await expect(store.write("c1", 0, { value: "b", lastUpdateId: 2, expiresAt: new Date() })).rejects.toBeInstanceOf(StaleChatState);
    await store.write("c1", 1, { value: "c", lastUpdateId: 3, expiresAt: new Date(Date.now() + 60_000) });
    await expect(store.write("c1", 1, { value: "d", lastUpdateId: 4, expiresAt: new Date() })).rejects.toBeInstanceOf(StaleChatState);
    expect(await store.read("c1")).toEqual({ value: "c", version: 2, lastUpdateId: 3 });
    expect(await store.purgeExpired(new Date(Date.now() + 120_000))).toBe(1);
  });
});
