import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderOutboxText } from "../../src/delivery/render.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { digestsTick } from "../../src/domain/reminders/digests.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { remindersTick } from "../../src/domain/reminders/tick.ts";
import type { ApplicationStatus } from "../../src/domain/catalog.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { approvedLoan, coordinatorOf, moveCase, type StatusExtras } from "../support/fixtures.ts";

/** Sunday 29 November 2026, 10:00 in Tehran. */
const START = new Date("2026-11-29T06:30:00Z");
const translate = createTranslate();

describe.each(PROVIDERS)("the bank pipeline on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY), timeZone: "Asia/Tehran" });
  let zahra: number;
  let coordinator: number;
  let other: number;
  let admin: number;
  let loanId: number;

  beforeEach(async () => {
    if (skip) return;
    now = START;
    database = await createTestDatabase(provider);
    const db = database.prisma;
    coordinator = await coordinatorOf(db);
    other = await coordinatorOf(db, "fars-jahrom", "6006");
    await bootstrapAdmins(db, "telegram", ["9009"]);
    admin = (await db.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
    ({ applicantId: zahra, loanId } = await approvedLoan(deps(), coordinator));
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const move = (to: ApplicationStatus, extra: StatusExtras = {}, actor = coordinator) => moveCase(deps(), actor, loanId, to, extra);
  const introduce = (bank: "keshavarzi" | "post-bank" = "keshavarzi", introducedAt = now) =>
    move("referred_to_bank", { introduction: { bank, branch: "شعبهٔ مرکزی شیراز", introducedAt } });
  /** The applicant's latest message, as she reads it. */
  const lastToZahra = async (language: "fa" | "en" = "fa") => {
    const row = await database.prisma.outbox.findFirstOrThrow({ where: { recipientId: zahra }, orderBy: { id: "desc" } });
    return { template: row.template, text: plain(renderOutboxText(translate, language, row.template, JSON.parse(row.params!), "Asia/Tehran")) };
  };

  it.skipIf(skip)("introduces to a bank, records its yes and the payment, telling the applicant each step", async () => {
    await expect(move("referred_to_bank")).rejects.toMatchObject({ code: "bank-required" });
    await expect(move("referred_to_bank", { introduction: { bank: "keshavarzi", branch: "x", introducedAt: now } })).rejects.toMatchObject({
      code: "branch-invalid",
    });
    await expect(move("referred_to_bank", { introduction: { bank: "keshavarzi", branch: "ش".repeat(81), introducedAt: now } })).rejects.toMatchObject({
      code: "branch-invalid",
      i18nKey: "err-too-long",
      params: { max: 80 },
    });
    await expect(introduce("keshavarzi", new Date(now.getTime() + DAY_MS))).rejects.toMatchObject({ code: "date-in-future" });
    await expect(introduce("keshavarzi", new Date(now.getTime() - 3 * DAY_MS))).rejects.toMatchObject({ code: "date-before-application" });
    await expect(introduce("keshavarzi", now)).resolves.toMatchObject({ status: "referred_to_bank" });
    expect(await lastToZahra()).toMatchObject({ template: "notify-bank-introduced" });
    expect((await lastToZahra()).text).toContain("بانک کشاورزی");
    expect((await lastToZahra("en")).text).toContain("Bank Keshavarzi, شعبهٔ مرکزی شیراز");

    await move("bank_approved");
    expect((await lastToZahra("en")).text).toContain("The bank approved the loan");
    now = new Date(now.getTime() + 9 * DAY_MS);
    await expect(move("paid", { payment: { amountRials: 0, paidAt: now } })).rejects.toMatchObject({ code: "payment-amount" });
    await expect(move("paid", { payment: { amountRials: 280_000_000, paidAt: new Date(START.getTime() - DAY_MS) } })).rejects.toMatchObject({
      code: "date-before-introduction",
    });
    await move("paid", { payment: { amountRials: 280_000_000, paidAt: now } });
    const referral = await database.prisma.bankReferral.findFirstOrThrow({ where: { applicationId: loanId } });
    expect(referral).toMatchObject({
      bank: "keshavarzi",
      decision: "approved",
      paidAmountRials: 280_000_000n,
      paidAt: now,
      daysToPayment: 9,
      introducedById: coordinator,
    });
    expect((await lastToZahra("en")).text).toContain("has been paid: 280,000,000 rials (28,000,000 tomans)");
    const events = await database.prisma.applicationEvent.findMany({ where: { applicationId: loanId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.toStatus)).toEqual(["submitted", "approved", "referred_to_bank", "bank_approved", "paid"]);
  });

  it.skipIf(skip)("a return gives a reason from the list; introduced again to another bank, the new referral is the one paid", async () => {
    await introduce();
    await expect(move("bank_returned")).rejects.toMatchObject({ code: "return-reason-required" });
    await move("bank_returned", { returnReason: "guarantor", note: "ضامن کارمند دولت لازم است" });
    const returned = await lastToZahra();
    expect(returned.text).toContain("ضامن یا وثیقهٔ پذیرفته‌نشده");
    expect(returned.text).toContain("ضامن کارمند دولت لازم است");
    await introduce("post-bank");
    await move("paid", { payment: { amountRials: 300_000_000, paidAt: now } });
    const referrals = await database.prisma.bankReferral.findMany({ where: { applicationId: loanId }, orderBy: { id: "asc" } });
    expect(referrals.map((r) => [r.bank, r.decision, r.returnReason, r.paidAmountRials])).toEqual([
      ["keshavarzi", "returned", "guarantor", null],
      ["post-bank", "approved", null, 300_000_000n],
    ]);
  });

  it.skipIf(skip)("only the case's county coordinators and admins move it, and a refusal is recorded", async () => {
    await expect(move("referred_to_bank", { introduction: { bank: "melli", branch: "مرکزی", introducedAt: now } }, other)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(move("referred_to_bank", { introduction: { bank: "melli", branch: "مرکزی", introducedAt: now } }, zahra)).rejects.toMatchObject({
      code: "not-staff",
    });
    expect(await database.prisma.auditLog.count({ where: { action: { in: ["refused.forbidden", "refused.not-staff"] } } })).toBe(2);
    await move("referred_to_bank", { introduction: { bank: "melli", branch: "مرکزی", introducedAt: now } }, admin);
    expect(await database.prisma.bankReferral.count()).toBe(1);
  });

  it.skipIf(skip)("the 15-day rule: an unpaid referral alerts the county once, is counted in the digest and listed for the admins", async () => {
    await introduce();
    const tick = () => remindersTick(deps(), DEFAULT_REMINDERS);
    const alerts = () => database.prisma.outbox.findMany({ where: { template: "reminder-bank-overdue" } });
    await tick();
    now = new Date(START.getTime() + 15 * DAY_MS - 60_000);
    await tick();
    expect(await alerts()).toHaveLength(0);
    now = new Date(START.getTime() + 15 * DAY_MS + 60_000);
    await tick();
    await tick();
    const [alert] = await alerts();
    expect(alert).toMatchObject({ recipientId: coordinator, dedupeKey: expect.stringMatching(/^reminder:bank-overdue:\d+:\d+$/) });
    expect(plain(renderOutboxText(translate, "en", alert!.template, JSON.parse(alert!.params!), "Asia/Tehran"))).toContain("still unpaid after 15 days");
    expect(await alerts()).toHaveLength(1);

    now = new Date("2026-12-15T04:31:00Z"); // 08:01 in Tehran, 15.9 days after the introduction
    await digestsTick(deps(), DEFAULT_REMINDERS);
    const digest = await database.prisma.outbox.findFirstOrThrow({ where: { template: "digest-coordinator", recipientId: coordinator } });
    expect(JSON.parse(digest.params!)).toMatchObject({ bankOverdue: 1 });
    const list = await database.prisma.outbox.findFirstOrThrow({ where: { template: "digest-bank-overdue", recipientId: admin } });
    const params = JSON.parse(list.params!);
    expect(params).toMatchObject({ total: 1, shown: 1, days: 15 });
    expect(params.list.en).toMatch(/^• \u2066\d{4}-\d{4}\u2069 — Shiraz — 15$/);

    // Paid: no longer overdue anywhere.
    await move("paid", { payment: { amountRials: 300_000_000, paidAt: now } });
    now = new Date("2026-12-16T04:31:00Z");
    await digestsTick(deps(), DEFAULT_REMINDERS);
    expect(await database.prisma.outbox.count({ where: { template: "digest-bank-overdue" } })).toBe(1);
  });
});
