import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backfill } from "../../src/db/backfill.ts";
import { reportJobs } from "../../src/domain/jobs/reports.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import type { LoanDraft } from "../../src/domain/loans/submit.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { medianDays, periodRange, workingGroupReport } from "../../src/domain/report/working-group.ts";
import type { ApplicationStatus } from "../../src/domain/catalog.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { digestsTick } from "../../src/domain/reminders/digests.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { renderOutboxText } from "../../src/delivery/render.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, approvedLoan, coordinatorOf, moveCase, regionId, type StatusExtras } from "../support/fixtures.ts";

describe("report periods and medians", () => {
  it("finds the Jalali month, season and year around a day, in Tehran", () => {
    const now = new Date("2026-11-29T08:30:00Z"); // 8 Azar 1405
    expect(periodRange(now, "month")).toMatchObject({ from: new Date("2026-11-21T20:30:00Z"), to: new Date("2026-12-21T20:30:00Z"), month: 9 });
    expect(periodRange(now, "season")).toMatchObject({ from: new Date("2026-09-22T20:30:00Z"), to: new Date("2026-12-21T20:30:00Z"), season: 3 });
    expect(periodRange(now, "year")).toMatchObject({ from: new Date("2026-03-20T20:30:00Z"), to: new Date("2027-03-20T20:30:00Z"), year: 1405 });
  });
  it("takes the median of a histogram", () => {
    expect(medianDays(new Map())).toBeNull();
    expect(medianDays(new Map([[3, 1]]))).toBe(3);
    expect(
      medianDays(
        new Map([
          [2, 1],
          [9, 2],
          [20, 1],
        ]),
      ),
    ).toBe(9);
    expect(
      medianDays(
        new Map([
          [4, 1],
          [10, 1],
        ]),
      ),
    ).toBe(7);
  });
});

/** 1 Mehr 1405 (23 September 2026), 10:00 in Tehran: the season's first day. */
const SEASON_START = new Date("2026-09-23T06:30:00Z");

describe.each(PROVIDERS)("the working group's report on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let admin: number;
  let shirazCoordinator: number;
  let next = 2000;

  beforeEach(async () => {
    if (skip) return;
    now = SEASON_START;
    database = await createTestDatabase(provider);
    shirazCoordinator = await coordinatorOf(database.prisma);
    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    admin = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const at = (days: number) => (now = new Date(SEASON_START.getTime() + days * DAY_MS));
  async function loan(county: string, body: LoanDraft["introducingBody"], plannedJobs: number, amountRials: number) {
    const { applicantId: user, loanId: applicationId } = await approvedLoan(deps(), admin, {
      applicant: next++,
      draft: { regionId: await regionId(database.prisma, county), plannedJobs },
      loan: { programCode: "note16-home-jobs", amountRials, repaymentMonths: 36, introducingBody: body },
    });
    const move = (to: ApplicationStatus, extra: StatusExtras = {}) => moveCase(deps(), admin, applicationId, to, extra);
    return { user, applicationId, move };
  }

  it.skipIf(skip)("counts per county and introducing body from grouped queries, checked by hand", async () => {
    // Shiraz, relief committee: introduced on day 1, paid on day 5 (4 days) and day 21 (20 days, past the rule).
    const a = await loan("fars-shiraz", "relief-committee", 2, 1_000_000_000);
    const b = await loan("fars-shiraz", "relief-committee", 3, 2_000_000_000);
    // Shiraz, welfare: introduced, returned.
    const c = await loan("fars-shiraz", "welfare", 1, 500_000_000);
    // Jahrom, Jihad Agriculture: introduced, paid on the day (0 days).
    const d = await loan("fars-jahrom", "jihad-agriculture", 4, 3_000_000_000);
    at(1);
    for (const x of [a, b, c, d]) await x.move("referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } });
    await d.move("paid", { payment: { amountRials: 3_000_000_000, paidAt: now } });
    at(5);
    await a.move("paid", { payment: { amountRials: 900_000_000, paidAt: now } });
    await c.move("bank_returned", { returnReason: "guarantor" });
    at(21);
    await b.move("paid", { payment: { amountRials: 2_000_000_000, paidAt: now } });

    // Three months on (still the season of the payments for the "year" report): a and d report their jobs.
    at(100);
    await reportJobs(deps(), a.user, { applicationId: a.applicationId, monthsAfter: 3, selfWorks: true, newJobs: 1, keptJobs: 0 });
    await reportJobs(deps(), (await database.prisma.application.findUniqueOrThrow({ where: { id: d.applicationId } })).applicantId, {
      applicationId: d.applicationId,
      monthsAfter: 3,
      selfWorks: true,
      newJobs: 0,
      keptJobs: 0,
    });

    const report = await workingGroupReport(deps(), admin, "year");
    expect(report.total).toMatchObject({
      registered: 4,
      requestedRials: 6_500_000_000n,
      introduced: 4,
      paid: 3,
      paidRials: 5_900_000_000n,
      paidWithinRule: 2,
      returned: 1,
      committedJobs: 2 + 3 + 4,
      reportedLoans: 2,
      realizedJobs: 2 + 1,
      newJobs: 1,
      keptJobs: 0,
      employers: 1,
      selfEmployed: 1,
    });
    expect(medianDays(report.total.daysHistogram)).toBe(4);
    expect(report.counties.map((c) => [c.county.en, c.paid, c.registered, medianDays(c.daysHistogram)])).toEqual([
      ["Shiraz", 2, 3, 12],
      ["Jahrom", 1, 1, 0],
    ]);
    const relief = report.bodies.find((x) => x.body === "relief-committee")!;
    expect(relief).toMatchObject({ registered: 2, paid: 2, paidWithinRule: 1, committedJobs: 5, realizedJobs: 2 });
    expect(report.bodies.find((x) => x.body === "welfare")).toMatchObject({ registered: 1, paid: 0, returned: 1 });

    // A coordinator sees their counties only; another season sees none of it.
    const mine = await workingGroupReport(deps(), shirazCoordinator, "year");
    expect(mine.counties.map((c) => c.county.en)).toEqual(["Shiraz"]);
    expect(mine.total.paid).toBe(2);
    const season = await workingGroupReport(deps(), admin, "season");
    expect(season.total.paid).toBe(0);
    await expect(workingGroupReport(deps(), a.user, "year")).rejects.toMatchObject({ code: "not-staff" });

    // Referrals written before they carried their case's county, body and jobs are filled from the case at start: the same figures.
    await database.prisma.bankReferral.updateMany({ data: { regionId: null, introducingBody: null, plannedJobs: null } });
    expect(await backfill(database.prisma)).toBe(4);
    expect(await database.prisma.bankReferral.count({ where: { regionId: null } })).toBe(0);
    const again = await workingGroupReport(deps(), admin, "year");
    expect(again.total).toEqual(report.total);
    expect(again.rows).toEqual(report.rows);
    expect(await backfill(database.prisma)).toBe(0);
  });

  it.skipIf(skip)("on the first day of each Jalali month the observers are sent last month's report, once", async () => {
    const a = await loan("fars-shiraz", "relief-committee", 2, 1_000_000_000);
    at(2);
    await a.move("referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } });
    await a.move("paid", { payment: { amountRials: 900_000_000, paidAt: now } });
    const observer = (await applicant(database.prisma, 7007)).id;
    await database.prisma.user.update({ where: { id: observer }, data: { role: "observer" } });
    now = new Date("2026-10-22T04:31:00Z"); // 30 Mehr, 08:01 in Tehran: not yet
    await digestsTick(deps(), DEFAULT_REMINDERS);
    now = new Date("2026-10-23T04:31:00Z"); // 1 Aban, 08:01
    await digestsTick(deps(), DEFAULT_REMINDERS);
    await digestsTick(deps(), DEFAULT_REMINDERS);
    const sent = await database.prisma.outbox.findMany({ where: { template: "report-monthly" } });
    expect(sent.map((m) => m.recipientId)).toEqual([observer]);
    const params = JSON.parse(sent[0]!.params!);
    expect(params).toMatchObject({ registered: 1, introduced: 1, paid: 1, paidAmount: { rials: "900000000" }, median: 0, within: 100, committed: 2 });
    expect(params.counties.en).toBe("1. Shiraz — 1");
    const text = plain(renderOutboxText(createTranslate(), "fa", "report-monthly", params, "Asia/Tehran"));
    expect(text).toContain("(۱ مهر ۱۴۰۵ تا ۳۰ مهر ۱۴۰۵)");
  });
});
