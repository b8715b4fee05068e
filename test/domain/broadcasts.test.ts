import { Api } from "grammy";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboxSender } from "../../src/delivery/sender.ts";
import { countAudience, type Audience } from "../../src/domain/broadcasts/audience.ts";
import { broadcastProgress, cancelBroadcast, createBroadcast, finishBroadcasts, startDueBroadcasts } from "../../src/domain/broadcasts/broadcasts.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { acquireLease } from "../../src/jobs/lease.ts";
import { BotApiState, plain } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { fakeFetch } from "../support/fake-fetch.ts";
import { applicant, regionId, validDraft } from "../support/fixtures.ts";
import { until } from "../support/wait.ts";

const translate = createTranslate();
const ALL: Audience = { to: "applicants", counties: [], categories: [] };

describe.each(PROVIDERS)("broadcasts on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let api: BotApiState;
  let now: Date;
  let admin: number;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  const sender = () =>
    createOutboxSender({
      db: database.prisma,
      api: new Api("1:test", { fetch: fakeFetch(api) as never }),
      translate,
      clock,
      logger: pino({ level: "silent" }),
      timeZone: "Asia/Tehran",
      ratePerSecond: 1000,
    });

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-11-29T08:30:00Z");
    database = await createTestDatabase(provider);
    api = new BotApiState();
    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    admin = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  /** n applicants with a registered business each; returns their user ids. */
  async function applicants(n: number, first = 1000, overrides: Parameters<typeof validDraft>[1] = {}) {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const user = await applicant(database.prisma, first + i, `U${i}`);
      await submitRegistration(deps(), user.id, `reg-${first + i}`, await validDraft(database.prisma, overrides));
      ids.push(user.id);
    }
    // Their new-case notices go to the admin (no coordinator here); these tests count broadcast sends only.
    await database.prisma.outbox.deleteMany({ where: { broadcastId: null } });
    return ids;
  }

  it.skipIf(skip)("selects its audience by county, category, application, language; never stopped or opted-out users", async () => {
    const db = database.prisma;
    await applicants(2, 1000);
    const [jahromBee] = await applicants(1, 2000, { regionId: await regionId(db, "fars-jahrom"), category: "beekeeping" });
    const [jahromFood] = await applicants(1, 3000, { regionId: await regionId(db, "fars-jahrom"), category: "food" });
    const [stopped] = await applicants(1, 4000);
    const [optedOut] = await applicants(1, 5000);
    await db.user.update({ where: { id: stopped }, data: { status: "stopped" } });
    await db.user.update({ where: { id: optedOut }, data: { broadcastsOptOut: true } });
    await db.user.update({ where: { id: jahromFood }, data: { language: "en" } });
    await applicant(db, 6000, "NoBusiness");
    await assignCoordinator(db, { platform: "telegram", platformUserId: "7000" }, ["fars-shiraz"]);
    await db.application.updateMany({ where: { applicantId: jahromBee }, data: { status: "approved" } });

    expect(await countAudience(db, ALL)).toBe(5);
    expect(await countAudience(db, { ...ALL, counties: ["fars-jahrom"] })).toBe(2);
    expect(await countAudience(db, { ...ALL, counties: ["fars-jahrom"], categories: ["food"] })).toBe(1);
    expect(await countAudience(db, { ...ALL, applicationKind: "home_permit", applicationStatus: "approved" })).toBe(1);
    expect(await countAudience(db, { ...ALL, applicationKind: "loan" })).toBe(0);
    expect(await countAudience(db, { ...ALL, language: "en" })).toBe(1);
    expect(await countAudience(db, { to: "coordinators" })).toBe(1);
  });

  it.skipIf(skip)("writes one ledger row per recipient, sends each once, and reports sent, failed and blocked", async () => {
    await applicants(5);
    const { id } = await createBroadcast(deps(), admin, {
      message: { text: "جلسهٔ آموزشی پنجشنبه", entities: [{ type: "bold", offset: 0, length: 4 }] },
      audience: ALL,
    });
    expect(await startDueBroadcasts(deps())).toEqual([id]);
    expect(await startDueBroadcasts(deps())).toEqual([]);
    expect(await database.prisma.outbox.count({ where: { broadcastId: id } })).toBe(5);

    api.failNext.set("sendMessage", [
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { error_code: 400, description: "Bad Request: chat not found" },
    ]);
    await sender().drain();
    const sends = api.calls.filter((c) => c.method === "sendMessage");
    expect(sends).toHaveLength(5);
    expect(new Set(sends.map((c) => c.payload.chat_id)).size).toBe(5);
    expect(sends[4]!.payload).toMatchObject({ text: "جلسهٔ آموزشی پنجشنبه", entities: [{ type: "bold", offset: 0, length: 4 }] });
    const progress = await broadcastProgress(database.prisma, id);
    expect(progress).toMatchObject({ recipients: 5, sent: 3, failed: 1, blocked: 1, pending: 0 });
    // Whoever's call the platform refused first had blocked the bot (sends overlap: not necessarily the first row's).
    expect((await database.prisma.user.findFirstOrThrow({ where: { chatId: String(sends[0]!.payload.chat_id) } })).status).toBe("stopped");

    expect(await finishBroadcasts(deps())).toEqual([id]);
    expect(await finishBroadcasts(deps())).toEqual([]);
    await sender().drain();
    expect(plain(api.lastMessageTo(9009)?.text)).toContain("رسید: ۳ · ناموفق: ۱ · مسدود کرده‌اند: ۱");

    // The user who blocked the bot is skipped next time, until they write again.
    const next = await createBroadcast(deps(), admin, { message: { text: "دوم" }, audience: ALL });
    await startDueBroadcasts(deps());
    expect(await database.prisma.outbox.count({ where: { broadcastId: next.id } })).toBe(4);
  });

  it.skipIf(skip)("waits for its time, and resumes after a crash without losing or repeating anyone", async () => {
    await applicants(6);
    const { id } = await createBroadcast(deps(), admin, { message: { text: "اطلاعیه" }, audience: ALL, scheduledAt: new Date("2026-11-29T10:00:00Z") });
    await expect(
      createBroadcast(deps(), admin, { message: { text: "x" }, audience: ALL, scheduledAt: new Date("2026-11-29T08:00:00Z") }),
    ).rejects.toMatchObject({ code: "past" });
    expect(await startDueBroadcasts(deps())).toEqual([]);
    now = new Date("2026-11-29T10:00:01Z");
    expect(await startDueBroadcasts(deps())).toEqual([id]);

    // The process dies with two rows claimed, one of them already sent (the message in flight).
    const rows = await database.prisma.outbox.findMany({ where: { broadcastId: id }, orderBy: { id: "asc" } });
    await database.prisma.outbox.updateMany({ where: { id: { in: [rows[0]!.id, rows[1]!.id] } }, data: { state: "sending", claimedAt: now } });
    await database.prisma.outbox.update({ where: { id: rows[2]!.id }, data: { state: "sent", sentAt: now } });
    now = new Date(now.getTime() + 5 * 60_000);
    const restarted = sender();
    restarted.start();
    await until(async () => (await broadcastProgress(database.prisma, id)).pending === 0);
    await restarted.stop();
    const progress = await broadcastProgress(database.prisma, id);
    expect(progress).toMatchObject({ sent: 6, pending: 0 });
    expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(5);
  });

  it.skipIf(skip)("cancels: nothing more is sent, not even rows already claimed", async () => {
    await applicants(4);
    const { id } = await createBroadcast(deps(), admin, { message: { text: "لغو می‌شود" }, audience: ALL });
    await startDueBroadcasts(deps());
    const first = await database.prisma.outbox.findFirstOrThrow({ where: { broadcastId: id }, orderBy: { id: "asc" } });
    await database.prisma.outbox.update({ where: { id: first.id }, data: { state: "sent" } });
    const stranger = (await applicant(database.prisma, 8008, "X")).id;
    await expect(cancelBroadcast(deps(), stranger, id)).rejects.toMatchObject({ code: "not-admin" });
    await cancelBroadcast(deps(), admin, id);
    await expect(cancelBroadcast(deps(), admin, id)).rejects.toMatchObject({ code: "not-cancellable" });
    await sender().drain();
    expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
    expect(await broadcastProgress(database.prisma, id)).toMatchObject({ state: "cancelled", sent: 1, cancelled: 3, pending: 0 });
  });

  it.skipIf(skip)("is for admins only, and two instances starting it together write one ledger", async () => {
    await applicants(3);
    const user = (await applicant(database.prisma, 8008, "X")).id;
    await expect(createBroadcast(deps(), user, { message: { text: "x" }, audience: ALL })).rejects.toMatchObject({ code: "not-admin" });
    const { id } = await createBroadcast(deps(), admin, { message: { text: "یک بار" }, audience: ALL });
    const [a, b] = await Promise.all([startDueBroadcasts(deps()), startDueBroadcasts(deps())]);
    expect([...a, ...b]).toEqual([id]);
    // Three with a business and the one who tried: every reachable applicant.
    expect(await database.prisma.outbox.count({ where: { broadcastId: id } })).toBe(4);
  });

  it.skipIf(skip)("gives a job's lease to one holder at a time", async () => {
    const db = database.prisma;
    expect(await acquireLease(db, "broadcasts", "a", 60_000, now)).toBe(true);
    expect(await acquireLease(db, "broadcasts", "b", 60_000, now)).toBe(false);
    expect(await acquireLease(db, "broadcasts", "a", 60_000, now)).toBe(true);
    expect(await acquireLease(db, "broadcasts", "b", 60_000, new Date(now.getTime() + 61_000))).toBe(true);
    expect(await acquireLease(db, "broadcasts", "a", 60_000, new Date(now.getTime() + 62_000))).toBe(false);
  });
});
