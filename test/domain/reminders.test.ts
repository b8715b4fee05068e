import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { registrationEnded, registrationStarted } from "../../src/domain/registration/progress.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { digestsTick } from "../../src/domain/reminders/digests.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { remindersTick } from "../../src/domain/reminders/tick.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { attachDocument } from "../../src/domain/documents/attach.ts";
import { bootstrapAdmins, setPreference } from "../../src/domain/users.ts";
import { tickUnderLease } from "../../src/jobs/scheduler.ts";
import { acquireLease, LeaseLost } from "../../src/jobs/lease.ts";
import type { Fence } from "../../src/domain/fence.ts";
import { BotApiState, plain } from "../../src/emulator/bot-api-state.ts";
import { fakePlatformSender, TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, validDraft } from "../support/fixtures.ts";

const SETTINGS = DEFAULT_REMINDERS;
const HOUR_MS = 3_600_000;
/** Sunday 29 November 2026, 10:00 in Tehran (UTC+3:30). */
const START = new Date("2026-11-29T06:30:00Z");

describe.each(PROVIDERS)("reminders and digests on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY), permitValidityMonths: 12 });
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  const tick = () => remindersTick(deps(), SETTINGS);
  let coordinator: number;
  let admin: number;

  beforeEach(async () => {
    if (skip) return;
    now = START;
    database = await createTestDatabase(provider);
    coordinator = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "7000" }, ["fars-shiraz"])).userId;
    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    admin = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  /** What the outbox holds for this template: recipient and key, in order. */
  async function queued(template: string) {
    const rows = await database.prisma.outbox.findMany({ where: { template }, orderBy: { id: "asc" } });
    return rows.map((r) => ({ to: r.recipientId, key: r.dedupeKey, params: JSON.parse(r.params!) as Record<string, unknown>, buttons: r.buttons }));
  }

  async function registered(platformUserId: number) {
    const user = await applicant(database.prisma, platformUserId);
    const filed = await submitRegistration(deps(), user.id, `reg-${platformUserId}`, await validDraft(database.prisma));
    return { userId: user.id, applicationId: filed.applicationId, trackingCode: filed.trackingCode };
  }

  const version = async (id: number) => (await database.prisma.application.findUniqueOrThrow({ where: { id } })).version;
  const move = async (id: number, to: "under_review" | "approved" | "issued" | "documents_requested", extra = {}) =>
    changeStatus(deps(), coordinator, { applicationId: id, version: await version(id), to, ...extra });

  it.skipIf(skip)("reminds an unfinished registration at 2 and 5 days with a continue button, and stops when it is submitted", async () => {
    const quitter = await applicant(database.prisma, 1001);
    const finisher = await applicant(database.prisma, 1002);
    await registrationStarted(database.prisma, quitter.id, now);
    await registrationStarted(database.prisma, finisher.id, now);
    advance(2 * DAY_MS - 60_000);
    expect(await tick()).toBe(0);
    advance(120_000);
    expect(await tick()).toBe(2);
    expect(await tick()).toBe(0);
    await submitRegistration(deps(), finisher.id, "reg-1002", await validDraft(database.prisma));
    advance(3 * DAY_MS);
    await tick();
    const sent = await queued("reminder-registration");
    expect(sent.map((m) => m.to)).toEqual([quitter.id, finisher.id, quitter.id]);
    expect(JSON.parse(sent[0]!.buttons!)).toEqual([[{ label: { t: "reminder-continue" }, data: "resume:registration" }]]);
    advance(30 * DAY_MS);
    await tick();
    expect(await queued("reminder-registration")).toHaveLength(3);
  });

  it.skipIf(skip)("never reminds an applicant who switched reminders off or cancelled the registration", async () => {
    const optedOut = await applicant(database.prisma, 1001);
    const cancelled = await applicant(database.prisma, 1002);
    await registrationStarted(database.prisma, optedOut.id, now);
    await registrationStarted(database.prisma, cancelled.id, now);
    await setPreference(database.prisma, optedOut.id, "reminders", false);
    await registrationEnded(database.prisma, cancelled.id);
    advance(6 * DAY_MS);
    expect(await tick()).toBe(0);
  });

  it.skipIf(skip)("reminds missing documents twice with upload buttons, then tells the county's coordinators", async () => {
    const late = await registered(1001);
    const prompt = await registered(1002);
    await move(late.applicationId, "documents_requested", { documents: ["national-card"], note: "کارت ملی" });
    await move(prompt.applicationId, "documents_requested", { documents: ["national-card"], note: "کارت ملی" });
    advance(1 * DAY_MS);
    await attachDocument(
      deps(),
      prompt.userId,
      prompt.trackingCode,
      "national-card",
      { fileId: "f1", fileUniqueId: "u1", kind: "photo", sentAs: "photo", sizeBytes: 1000 },
      2 ** 20,
    );
    advance(2 * DAY_MS + 60_000);
    await tick();
    advance(4 * DAY_MS);
    await tick();
    const reminders = await queued("reminder-documents");
    expect(reminders.map((m) => m.to)).toEqual([late.userId, late.userId]);
    expect(JSON.parse(reminders[0]!.buttons!)[0][0].data).toMatch(/^doc:\d{8}:national-card$/);
    expect(await queued("reminder-documents-late")).toEqual([]);
    advance(3 * DAY_MS);
    await tick();
    expect((await queued("reminder-documents-late")).map((m) => m.to)).toEqual([coordinator]);
  });

  it.skipIf(skip)("reminds a permit holder 30 and 7 days before the permit expires", async () => {
    const { userId, applicationId } = await registered(1001);
    await move(applicationId, "approved");
    await move(applicationId, "issued");
    const expiresAt = (await database.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).permitExpiresAt!;
    now = new Date(expiresAt.getTime() - 31 * DAY_MS);
    expect(await tick()).toBe(0);
    advance(DAY_MS);
    await tick();
    advance(23 * DAY_MS);
    await tick();
    const sent = await queued("reminder-permit-expiry");
    expect(sent.map((m) => [m.to, m.params.days])).toEqual([
      [userId, 30],
      [userId, 7],
    ]);
    expect(sent[0]!.params.expiresAt).toEqual({ day: expiresAt.toISOString() });
  });

  it.skipIf(skip)("alerts the county's coordinators when a case waits longer than the service level, once per stay in a status", async () => {
    const waiting = await registered(1001);
    const handled = await registered(1002);
    advance(DAY_MS);
    await move(handled.applicationId, "under_review");
    await move(handled.applicationId, "approved");
    await move(handled.applicationId, "issued");
    advance(4 * DAY_MS + 60_000);
    await tick();
    let alerts = await queued("reminder-overdue");
    expect(alerts.map((m) => [m.to, m.params.status])).toEqual([[coordinator, { t: "status-submitted" }]]);
    // Taken into review: the clock starts again for the new status.
    await move(waiting.applicationId, "under_review");
    advance(5 * DAY_MS + 60_000);
    await tick();
    alerts = await queued("reminder-overdue");
    expect(alerts.map((m) => m.params.status)).toEqual([{ t: "status-submitted" }, { t: "status-under_review" }]);
  });

  it.skipIf(skip)("sends nothing twice across a restart and a clock set back", async () => {
    const user = await applicant(database.prisma, 1001);
    await registrationStarted(database.prisma, user.id, now);
    await registered(1002);
    advance(5 * DAY_MS + 60_000);
    const first = await tick();
    expect(first).toBe(3); // two registration reminders, one overdue alert
    advance(-3 * DAY_MS); // the clock is set back
    expect(await tick()).toBe(0);
    advance(3 * DAY_MS + 60_000);
    // A fresh process (new deps, the same database) after a crash.
    expect(await remindersTick({ db: database.prisma, clock: { now: () => now } }, SETTINGS)).toBe(0);
    const keys = (await database.prisma.outbox.findMany()).map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.skipIf(skip)("two instances ticking together send each reminder exactly once", async () => {
    for (let i = 0; i < 20; i++) await registrationStarted(database.prisma, (await applicant(database.prisma, 2000 + i)).id, now);
    for (let i = 0; i < 5; i++) await registered(3000 + i);
    advance(6 * DAY_MS);
    const job = { name: "reminders", tick };
    const ran = await Promise.all([tickUnderLease(database.prisma, clock, job, "a"), tickUnderLease(database.prisma, clock, job, "b")]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    // Without the lease (it expired mid-tick): the message keys still refuse every copy.
    advance(DAY_MS);
    for (let i = 0; i < 10; i++)
      await registrationStarted(database.prisma, (await applicant(database.prisma, 4000 + i)).id, new Date(now.getTime() - 2 * DAY_MS - 1000));
    await Promise.allSettled([tick(), tick()]);
    await tick();
    const rows = await database.prisma.outbox.findMany({ where: { kind: "reminder" } });
    expect(rows).toHaveLength(20 * 2 + 10 + 5);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(rows.length);
  });

  it.skipIf(skip)("a long tick keeps its lease; a tick whose lease was taken over commits nothing", async () => {
    // Renewed while it works: another instance cannot take the lease from a tick that outlasts it.
    let othersGotIt = false;
    const slow = {
      name: "reminders",
      tick: async () => {
        for (let i = 0; i < 6; i++) {
          // The tick's own work: twice as long as the lease, in steps.
          await new Promise((r) => setTimeout(r, 100));
          othersGotIt ||= await acquireLease(database.prisma, "reminders", "b", 300, new Date());
        }
      },
    };
    expect(await tickUnderLease(database.prisma, { now: () => new Date() }, slow, "a", 300)).toBe(true);
    expect(othersGotIt).toBe(false);

    for (let i = 0; i < 3; i++) await registrationStarted(database.prisma, (await applicant(database.prisma, 2100 + i)).id, now);
    advance(3 * DAY_MS);
    const stalled = {
      name: "reminders-stalled",
      tick: async (fence: Fence) => {
        // It stalled past its lease, and another instance took over before it committed.
        await database.prisma.lease.update({ where: { name: "reminders-stalled" }, data: { holder: "b" } });
        await remindersTick(deps(), SETTINGS, fence);
      },
    };
    await expect(tickUnderLease(database.prisma, clock, stalled, "a")).rejects.toBeInstanceOf(LeaseLost);
    expect(await database.prisma.outbox.count({ where: { kind: "reminder" } })).toBe(0);
    expect(await database.prisma.jobState.count({ where: { key: { startsWith: "reminder:" } } })).toBe(0);
  });

  it.skipIf(skip)("sends the coordinators' digest and the admins' overdue list once a day from 08:00 Tehran time", async () => {
    await registered(1001);
    advance(6 * DAY_MS); // Saturday 5 December, 10:00
    await registered(1002);
    now = new Date("2026-12-06T04:29:00Z"); // Sunday 07:59 in Tehran
    expect(await digestsTick(deps(), SETTINGS)).toBe(0);
    advance(60_000);
    expect(await digestsTick(deps(), SETTINGS)).toBe(2);
    advance(HOUR_MS);
    expect(await digestsTick(deps(), SETTINGS)).toBe(0);
    const [digest] = await queued("digest-coordinator");
    expect(digest).toMatchObject({
      to: coordinator,
      key: `digest:coordinator:${coordinator}:2026-12-06`,
      params: { fresh: 1, waiting: 2, overdue: 1, documents: 0 },
    });
    const [overdue] = await queued("digest-overdue");
    expect(overdue).toMatchObject({ to: admin, params: { total: 1, shown: 1 } });
    expect((overdue!.params.list as { en: string }).en).toMatch(/ — Shiraz — 6$/);
    expect((overdue!.params.list as { fa: string }).fa).toMatch(/^• \u2066\d{4}-\d{4}\u2069 — شیراز — ۶$/);
    advance(DAY_MS);
    expect(await digestsTick(deps(), SETTINGS)).toBe(2);
  });

  it.skipIf(skip)("skips a digest more than six hours late instead of sending it at night", async () => {
    await registered(1001);
    now = new Date("2026-11-29T17:00:00Z"); // 20:30 in Tehran
    expect(await digestsTick(deps(), SETTINGS)).toBe(0);
  });

  it.skipIf(skip)("sends the admins' weekly summary on Saturday morning", async () => {
    const { applicationId } = await registered(1001);
    await move(applicationId, "approved");
    now = new Date("2026-12-04T04:45:00Z"); // Friday 08:15
    await digestsTick(deps(), SETTINGS);
    expect(await queued("digest-weekly")).toEqual([]);
    advance(DAY_MS); // Saturday
    await digestsTick(deps(), SETTINGS);
    await digestsTick(deps(), SETTINGS);
    const weekly = await queued("digest-weekly");
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toMatchObject({ to: admin, params: { permits: 1, loans: 0, approved: 1, waiting: 1 } });
  });

  it.skipIf(skip)("pushes nothing in quiet hours: due messages wait for 08:00", async () => {
    const api = new BotApiState();
    const user = await applicant(database.prisma, 1001);
    await registrationStarted(database.prisma, user.id, now);
    now = new Date("2026-12-01T18:45:00Z"); // 22:15 in Tehran
    await tick();
    const sender = fakePlatformSender(database, api, clock, { quietHours: { from: 22 * 60, to: 8 * 60, timeZone: "Asia/Tehran" } });
    expect(await sender.drain()).toBe(0);
    now = new Date("2026-12-02T04:29:00Z"); // 07:59
    expect(await sender.drain()).toBe(0);
    now = new Date("2026-12-02T04:30:00Z"); // 08:00
    expect(await sender.drain()).toBe(1);
    expect(plain(api.messagesTo(1001)[0]!.text)).toContain("ثبت کسب‌وکار خانگی شما نیمه‌کاره مانده است");
  });
});
