import { Api } from "grammy";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboxSender, rateLimitPauseSeconds } from "../../src/delivery/sender.ts";
import { enqueue } from "../../src/domain/outbox.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { BotApiState, plain } from "../../src/emulator/bot-api-state.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { fakeFetch } from "../support/fake-fetch.ts";
import { PLATFORMS, type PlatformProfile } from "../../src/platform.ts";
import { applicant } from "../support/fixtures.ts";
import { until } from "../support/wait.ts";

const translate = createTranslate();
/** More rate limits in a row than a message has attempts. */
const MAX_ATTEMPTS_SEEN = 6;

describe.each(PROVIDERS)("outbox sender on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let api: BotApiState;
  const now = new Date("2026-11-29T08:30:00Z");

  function sender(platform?: PlatformProfile) {
    return createOutboxSender({
      platform,
      db: database.prisma,
      api: new Api("1:test", { fetch: fakeFetch(api) as never }),
      translate,
      clock: { now: () => now },
      logger: pino({ level: "silent" }),
      timeZone: "Asia/Tehran",
      ratePerSecond: 1000,
    });
  }

  async function message(recipientId: number, dedupeKey: string, trackingCode = "1234-5678") {
    await enqueue(database.prisma, [
      {
        recipientId,
        kind: "case-new",
        template: "notify-new-case",
        params: {
          trackingCode,
          fullName: "زهرا احمدی",
          nationalId: "049*****99",
          phone: "0912***6789",
          county: { fa: "شیراز", en: "Shiraz" },
          village: "کوشک",
          category: { t: "category-beekeeping" },
          businessName: "عسل",
          workplace: { t: "workplace-home" },
          plannedJobs: 3,
          capital: { rials: "5000000000" },
        },
        dedupeKey,
        notBefore: now,
      },
    ]);
  }

  beforeEach(async () => {
    if (skip) return;
    database = await createTestDatabase(provider);
    api = new BotApiState();
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  it.skipIf(skip)("with several instances one sends at a time (the deployment's pace); another takes over when it stops", async () => {
    const users = [];
    for (let i = 0; i < 6; i++) users.push((await applicant(database.prisma, 3000 + i)).id);
    for (const [i, id] of users.slice(0, 3).entries()) await message(id, `elected:${i}`);
    // Two instances, each with its own connection to the platform: the messages go through one of them.
    const platforms = [new BotApiState(), new BotApiState()];
    const senders = platforms.map((platform, i) =>
      createOutboxSender({
        db: database.prisma,
        api: new Api("1:test", { fetch: fakeFetch(platform) as never }),
        translate,
        clock: { now: () => new Date() },
        logger: pino({ level: "silent" }),
        timeZone: "Asia/Tehran",
        ratePerSecond: 1000,
        pollMs: 20,
        holder: `instance-${i}`,
      }),
    );
    const sent = () => platforms.map((p) => p.calls.filter((c) => c.method === "sendMessage").length);
    for (const s of senders) s.start();
    await until(() => sent()[0]! + sent()[1]! === 3);
    const first = sent()[0]! === 3 ? 0 : 1;
    expect(sent()[1 - first]).toBe(0);
    await senders[first]!.stop();
    for (const [i, id] of users.slice(3).entries()) await message(id, `elected:${3 + i}`);
    await until(() => sent()[1 - first] === 3);
    expect(sent()[first]).toBe(3);
    await senders[1 - first]!.stop();
    expect(await database.prisma.outbox.count({ where: { state: "sent" } })).toBe(6);
  });

  it.skipIf(skip)("renders in the recipient's language and marks the row sent", async () => {
    const fa = await applicant(database.prisma, 10);
    const en = await applicant(database.prisma, 11);
    await database.prisma.user.update({ where: { id: en.id }, data: { language: "en" } });
    await message(fa.id, "a");
    await message(en.id, "b");
    expect(await sender().drain()).toBe(2);
    expect(plain(api.lastMessageTo(10)?.text)).toContain("پروندهٔ جدید در شهرستان شیراز");
    expect(plain(api.lastMessageTo(10)?.text)).toContain("زنبورداری");
    expect(plain(api.lastMessageTo(10)?.text)).toContain("۵۰۰٬۰۰۰٬۰۰۰ تومان");
    expect(plain(api.lastMessageTo(11)?.text)).toContain("New case in Shiraz");
    expect(plain(api.lastMessageTo(11)?.text)).toContain("Beekeeping");
    expect(plain(api.lastMessageTo(11)?.text)).toContain("500,000,000 tomans");
    const rows = await database.prisma.outbox.findMany();
    expect(rows.every((r) => r.state === "sent" && r.sentAt)).toBe(true);
  });

  it.skipIf(skip)("a slow platform does not slow the pace: sends overlap, start an interval apart, and each person's messages keep their order", async () => {
    const people = [await applicant(database.prisma, 10), await applicant(database.prisma, 11), await applicant(database.prisma, 12)];
    for (let i = 0; i < 8; i++) for (const person of people) await message(person.id, `m${i}-${person.id}`, `100${i}-000${people.indexOf(person)}`);
    const answers = fakeFetch(api);
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const slow = (async (...args: Parameters<typeof fetch>) => {
      started.push(performance.now());
      most = Math.max(most, ++inFlight);
      // Every answer takes longer than the interval between two sends.
      await new Promise((r) => setTimeout(r, 60));
      inFlight--;
      return answers(...args);
    }) as typeof fetch;
    const rate = 50;
    const paced = createOutboxSender({
      db: database.prisma,
      api: new Api("1:test", { fetch: slow as never }),
      translate,
      clock: { now: () => now },
      logger: pino({ level: "silent" }),
      timeZone: "Asia/Tehran",
      ratePerSecond: rate,
    });
    expect(await paced.drain()).toBe(24);
    expect(most).toBeGreaterThan(1);
    // No burst: within any ten intervals, at most ten sends (one more for a call that left its turn late, behind other work).
    const window = (10 * 1000) / rate;
    for (const t of started) expect(started.filter((u) => u >= t && u < t + window).length).toBeLessThanOrEqual(11);
    expect((await database.prisma.outbox.findMany()).every((r) => r.state === "sent")).toBe(true);
    for (const p of people.keys()) {
      const theirs = api.calls.filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(10 + p));
      expect(theirs.map((c) => /100(\d)-000/.exec(plain(c.payload.text as string))?.[1])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
    }
  });

  it.skipIf(skip)("refuses the same dedupe key twice", async () => {
    const user = await applicant(database.prisma, 10);
    await message(user.id, "same");
    await expect(message(user.id, "same")).rejects.toThrow();
    expect(await database.prisma.outbox.count()).toBe(1);
  });

  it.skipIf(skip)("never sends a row twice when two senders race", async () => {
    const user = await applicant(database.prisma, 10);
    for (let i = 0; i < 20; i++) await message(user.id, `m${i}`);
    await Promise.all([sender().drain(), sender().drain()]);
    expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(20);
  });

  it.skipIf(skip)("waits out a 429 without using up an attempt", async () => {
    const user = await applicant(database.prisma, 10);
    await message(user.id, "m");
    api.failNext.set("sendMessage", [{ error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } }]);
    await sender().drain();
    const row = await database.prisma.outbox.findFirstOrThrow();
    expect(row).toMatchObject({ state: "pending", attempts: 0 });
    expect(row.notBefore.getTime()).toBe(now.getTime() + 7000);
  });

  it.skipIf(skip)("marks a user who blocked the bot as stopped and skips them", async () => {
    const user = await applicant(database.prisma, 10);
    await message(user.id, "m1");
    await message(user.id, "m2");
    api.failNext.set("sendMessage", [{ error_code: 403, description: "Forbidden: bot was blocked by the user" }]);
    await sender().drain();
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("stopped");
    const states = (await database.prisma.outbox.findMany({ orderBy: { id: "asc" } })).map((r) => r.state);
    expect(states).toEqual(["blocked", "blocked"]);
    expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it.skipIf(skip)("retries a server error later and gives up on a bad request", async () => {
    const user = await applicant(database.prisma, 10);
    await message(user.id, "m1");
    await message(user.id, "m2");
    api.failNext.set("sendMessage", [
      { error_code: 500, description: "Internal Server Error" },
      { error_code: 400, description: "Bad Request: chat not found" },
    ]);
    await sender().drain();
    const rows = await database.prisma.outbox.findMany({ orderBy: { id: "asc" } });
    expect(rows[0]).toMatchObject({ state: "pending", attempts: 1, lastError: "Internal Server Error" });
    expect(rows[0]!.notBefore.getTime()).toBeGreaterThan(now.getTime());
    expect(rows[1]).toMatchObject({ state: "failed", lastError: "Bad Request: chat not found" });
  });

  describe("on Bale", () => {
    it.skipIf(skip).each(["default", "permission_denied"])(
      "marks a recipient stopped on Bale's refusal (%s), so later messages skip them",
      async (blockedAs) => {
        api = new BotApiState({ platform: "bale", blockedAs });
        const user = await applicant(database.prisma, 10);
        await message(user.id, "m1");
        await message(user.id, "m2");
        api.setBlocked({ id: 10, first_name: "Zahra" }, true);
        await sender(PLATFORMS.bale).drain();
        expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("stopped");
        const rows = await database.prisma.outbox.findMany({ orderBy: { id: "asc" } });
        expect(rows.map((r) => r.state)).toEqual(["blocked", "blocked"]);
        expect(rows[0]!.lastError).toBe(api.refusals()[0]!.refusal!.description);
        expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
      },
    );

    it.skipIf(skip).each(["bot-limit-exceed", "local-rate-limited", "too-many-requests", "flood"])(
      "waits out a rate limit given as %s without using up an attempt, then sends",
      async (rateLimitedAs) => {
        api = new BotApiState({ platform: "bale", rateLimitedAs });
        const user = await applicant(database.prisma, 10);
        await message(user.id, "m");
        for (let i = 0; i < MAX_ATTEMPTS_SEEN; i++) api.rateLimitNext("sendMessage");
        for (let i = 0; i < MAX_ATTEMPTS_SEEN; i++) {
          // A new sender each round: the pause between sends is real time, the rows' times the test clock's.
          await sender(PLATFORMS.bale).drain();
          const row = await database.prisma.outbox.findFirstOrThrow();
          expect(row).toMatchObject({ state: "pending", attempts: 0 });
          expect(row.notBefore.getTime()).toBe(now.getTime() + 10_000);
          await database.prisma.outbox.updateMany({ data: { notBefore: now } });
        }
        await sender(PLATFORMS.bale).drain();
        expect(await database.prisma.outbox.findFirstOrThrow()).toMatchObject({ state: "sent", attempts: 1 });
      },
    );
  });
});

it("pauses longer while rate limits without retry_after keep coming, up to five minutes", () => {
  expect([0, 1, 2, 3, 10].map((streak) => rateLimitPauseSeconds(PLATFORMS.bale, undefined, streak))).toEqual([10, 20, 40, 80, 300]);
  expect(rateLimitPauseSeconds(PLATFORMS.bale, 0, 2)).toBe(40);
  expect(rateLimitPauseSeconds(PLATFORMS.telegram, 7, 3)).toBe(7);
});
