import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportJobs, verifyJobsReport } from "../../src/domain/jobs/reports.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { remindersTick } from "../../src/domain/reminders/tick.ts";
import { tickUnderLease } from "../../src/jobs/scheduler.ts";
import { workingGroupReport } from "../../src/domain/report/working-group.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, coordinatorOf, moveCase, paidLoan, validDraft } from "../support/fixtures.ts";

/** 10 March 2026, 10:00 in Tehran: the permit is issued. */
const ISSUED = new Date("2026-03-10T06:30:00Z");

describe.each(PROVIDERS)("the yearly jobs question of a permit without a paid loan on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let coordinator: number;
  let zahra: number;
  let permitId: number;

  /** A permit the coordinator issues at `ISSUED` (the clock standing there). */
  const issuedPermit = async (platformUserId: number, draft = {}) => {
    const person = (await applicant(database.prisma, platformUserId)).id;
    const { applicationId } = await submitRegistration(deps(), person, `reg-${platformUserId}`, await validDraft(database.prisma, draft));
    await moveCase(deps(), coordinator, applicationId, "approved");
    await moveCase(deps(), coordinator, applicationId, "issued");
    return { person, applicationId };
  };

  beforeEach(async () => {
    if (skip) return;
    now = ISSUED;
    database = await createTestDatabase(provider);
    coordinator = await coordinatorOf(database.prisma);
    ({ person: zahra, applicationId: permitId } = await issuedPermit(1001));
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const tick = () => remindersTick(deps(), DEFAULT_REMINDERS);
  const asked = () => database.prisma.outbox.findMany({ where: { template: "followup-jobs-yearly" }, orderBy: { id: "asc" } });

  it.skipIf(skip)("asks at the anniversary, not again that year (two instances, a restart), and again the next year", async () => {
    await tick();
    now = new Date(ISSUED.getTime() + 364 * DAY_MS);
    await tick();
    expect(await asked()).toHaveLength(0);
    now = new Date("2027-03-10T06:31:00Z"); // a year and a minute
    // Two instances tick together: the lease lets one run; and even two bare ticks queue one message.
    const job = { name: "reminders", tick: () => tick() };
    const ran = await Promise.all([tickUnderLease(database.prisma, clock, job, "a"), tickUnderLease(database.prisma, clock, job, "b")]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    await Promise.all([tick(), tick()]);
    const [first] = await asked();
    expect(await asked()).toHaveLength(1);
    expect(first).toMatchObject({ recipientId: zahra, kind: "follow-up", dedupeKey: `followup:permit-jobs-1y:${permitId}` });
    expect(JSON.parse(first!.params!)).toMatchObject({ years: 1 });
    expect(JSON.parse(first!.buttons!)).toEqual([[{ label: { t: "btn-jobs-answer" }, data: `jobs:${permitId}:12` }]]);
    // A restart that lost the rules' cursors asks nothing twice: the message's key names the year.
    await database.prisma.jobState.deleteMany({ where: { key: { startsWith: "reminder:permit-jobs" } } });
    await tick();
    now = new Date("2027-09-01T06:00:00Z");
    await tick();
    expect(await asked()).toHaveLength(1);

    // The answer goes through the same use case and the same coordinator verification.
    const { reportId } = await reportJobs(deps(), zahra, { applicationId: permitId, monthsAfter: 12, selfWorks: true, newJobs: 0, keptJobs: 0 });
    await expect(reportJobs(deps(), zahra, { applicationId: permitId, monthsAfter: 12, selfWorks: true, newJobs: 1, keptJobs: 0 })).rejects.toMatchObject({
      code: "jobs-already-reported",
    });
    await expect(reportJobs(deps(), zahra, { applicationId: permitId, monthsAfter: 24, selfWorks: true, newJobs: 0, keptJobs: 0 })).rejects.toMatchObject({
      code: "jobs-not-due",
    });
    expect(await verifyJobsReport(deps(), coordinator, reportId)).toEqual({ corrected: false });
    const notice = await database.prisma.outbox.findFirstOrThrow({ where: { template: "notify-jobs-reported-permit" } });
    expect(JSON.parse(notice.params!)).toMatchObject({ kind: { t: "jobs-kind-self-employed" } });
    // The working group's report counts the answer apart from the loans', self-employment told from an employer.
    const report = await workingGroupReport(deps(), coordinator, "year");
    expect(report.total).toMatchObject({ permitsReported: 1, permitJobs: 1, permitSelfEmployed: 1, permitEmployers: 0, reportedLoans: 0 });

    now = new Date("2028-03-10T06:31:00Z"); // the second anniversary
    await tick();
    expect((await asked()).map((o) => o.dedupeKey)).toEqual([`followup:permit-jobs-1y:${permitId}`, `followup:permit-jobs-2y:${permitId}`]);
    await tick();
    expect(await asked()).toHaveLength(2);
  });

  it.skipIf(skip)(
    "a yearly answer given before the business's loan was paid counts once the loan's own answer does not: one business, counted once",
    async () => {
      now = new Date("2027-03-10T06:31:00Z");
      await tick();
      // Early in the Jalali year 1406 (from 21 March 2027): her yearly answer, then a loan on the same business, paid.
      now = new Date("2027-03-25T06:30:00Z");
      await reportJobs(deps(), zahra, { applicationId: permitId, monthsAfter: 12, selfWorks: true, newJobs: 1, keptJobs: 0 });
      now = new Date("2027-04-01T06:30:00Z");
      const loan = await paidLoan(deps(), coordinator, new Date("2027-05-01T06:30:00Z"), { applicant: 1001 });
      expect(loan.businessId).toBe((await database.prisma.application.findUniqueOrThrow({ where: { id: permitId } })).businessId);
      // Paid, not answered yet: the yearly answer is all that is known of its jobs.
      now = new Date("2027-07-01T06:30:00Z");
      expect((await workingGroupReport(deps(), coordinator, "year")).total).toMatchObject({ permitsReported: 1, permitJobs: 2, reportedLoans: 0, paid: 1 });
      // The loan's three-month answer: its jobs count, the yearly answer's no longer.
      now = new Date("2027-08-05T06:30:00Z");
      await reportJobs(deps(), zahra, { applicationId: loan.loanId, monthsAfter: 3, selfWorks: true, newJobs: 2, keptJobs: 0 });
      expect((await workingGroupReport(deps(), coordinator, "year")).total).toMatchObject({
        permitsReported: 0,
        permitJobs: 0,
        reportedLoans: 1,
        realizedJobs: 3,
      });
    },
  );

  it.skipIf(skip)("does not ask a business whose loan was paid (its loan's follow-ups ask instead), nor one that opted out", async () => {
    now = new Date("2026-02-20T06:30:00Z");
    // A second business: Leila's, with a loan paid before its permit's anniversary; her permit issued on ISSUED too.
    const leila = await paidLoan(deps(), coordinator, new Date("2026-03-01T06:30:00Z"), { applicant: 2002 });
    now = ISSUED;
    const leilaPermit = await database.prisma.application.findFirstOrThrow({ where: { businessId: leila.businessId, kind: "home_permit" } });
    await moveCase(deps(), coordinator, leilaPermit.id, "approved");
    await moveCase(deps(), coordinator, leilaPermit.id, "issued");
    const opted = await issuedPermit(3003);
    await database.prisma.user.update({ where: { id: opted.person }, data: { remindersOptOut: true } });
    await tick();
    now = new Date("2027-03-10T06:31:00Z");
    await tick();
    expect((await asked()).map((o) => o.recipientId)).toEqual([zahra]);
    // Nor may the paid loan's applicant answer a yearly question on the permit.
    await expect(
      reportJobs(deps(), leila.applicantId, { applicationId: leilaPermit.id, monthsAfter: 12, selfWorks: true, newJobs: 0, keptJobs: 0 }),
    ).rejects.toMatchObject({ code: "application-not-found" });
  });
});
