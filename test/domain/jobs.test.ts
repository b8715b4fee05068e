import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { employmentKind, jobsCount, reportJobs, verifyJobsReport } from "../../src/domain/jobs/reports.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { collectMyData } from "../../src/domain/privacy/my-data.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { remindersTick } from "../../src/domain/reminders/tick.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { coordinatorOf, paidLoan } from "../support/fixtures.ts";

/** 1 March 2026, 10:00 in Tehran: the loan is paid. */
const PAID = new Date("2026-03-01T06:30:00Z");

describe("employment kinds", () => {
  it("tells self-employment from an employer, and counts the jobs", () => {
    expect(employmentKind({ selfWorks: true, newJobs: 0, keptJobs: 0 })).toBe("self-employed");
    expect(employmentKind({ selfWorks: true, newJobs: 2, keptJobs: 0 })).toBe("employer");
    expect(employmentKind({ selfWorks: false, newJobs: 0, keptJobs: 1 })).toBe("employer");
    expect(employmentKind({ selfWorks: false, newJobs: 0, keptJobs: 0 })).toBe("none");
    expect(jobsCount({ selfWorks: true, newJobs: 2, keptJobs: 3 })).toBe(6);
  });
});

describe.each(PROVIDERS)("jobs actually created on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let zahra: number;
  let coordinator: number;
  let other: number;
  let loanId: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date(PAID.getTime() - 10 * DAY_MS);
    database = await createTestDatabase(provider);
    const db = database.prisma;
    coordinator = await coordinatorOf(db);
    other = await coordinatorOf(db, "fars-jahrom", "6006");
    ({ applicantId: zahra, loanId } = await paidLoan(deps(), coordinator, PAID));
    now = PAID;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const followUps = () => database.prisma.outbox.findMany({ where: { template: "followup-jobs" }, orderBy: { id: "asc" } });

  it.skipIf(skip)("asks the applicant 3, 6 and 12 months after the payment, once each, with a button", async () => {
    const tick = () => remindersTick(deps(), DEFAULT_REMINDERS);
    await tick();
    now = new Date("2026-06-01T06:29:00Z"); // a minute before three months
    await tick();
    expect(await followUps()).toHaveLength(0);
    now = new Date("2026-06-01T06:31:00Z");
    await tick();
    await tick();
    const [asked] = await followUps();
    expect(asked).toMatchObject({ recipientId: zahra, dedupeKey: `followup:jobs-3:${loanId}` });
    expect(JSON.parse(asked!.buttons!)).toEqual([[{ label: { t: "btn-jobs-answer" }, data: `jobs:${loanId}:3` }]]);
    await reportJobs(deps(), zahra, { applicationId: loanId, monthsAfter: 3, selfWorks: true, newJobs: 1, keptJobs: 0 });
    now = new Date("2026-09-01T07:00:00Z");
    await tick();
    now = new Date("2027-03-01T07:00:00Z");
    await tick();
    expect((await followUps()).map((f) => f.dedupeKey)).toEqual([`followup:jobs-3:${loanId}`, `followup:jobs-6:${loanId}`, `followup:jobs-12:${loanId}`]);
  });

  it.skipIf(skip)("takes the applicant's answer once it is due, tells the coordinators, who verify or correct it (audited)", async () => {
    now = new Date("2026-06-02T06:30:00Z");
    const answer = { applicationId: loanId, monthsAfter: 3, selfWorks: true, newJobs: 2, keptJobs: 1 };
    await expect(reportJobs(deps(), zahra, { ...answer, monthsAfter: 6 })).rejects.toMatchObject({ code: "jobs-not-due" });
    await expect(reportJobs(deps(), coordinator, answer)).rejects.toMatchObject({ code: "application-not-found" });
    await expect(reportJobs(deps(), zahra, { ...answer, newJobs: -1 })).rejects.toMatchObject({ code: "jobs-invalid" });
    const { reportId } = await reportJobs(deps(), zahra, answer);
    await expect(reportJobs(deps(), zahra, answer)).rejects.toMatchObject({ code: "jobs-already-reported" });
    const notice = await database.prisma.outbox.findFirstOrThrow({ where: { template: "notify-jobs-reported" } });
    expect(notice.recipientId).toBe(coordinator);
    expect(JSON.parse(notice.params!)).toMatchObject({ newJobs: 2, keptJobs: 1, kind: { t: "jobs-kind-employer" } });
    expect(JSON.parse(notice.buttons!)[0].map((b: { data: string }) => b.data)).toEqual([`jobsrv:ok:${reportId}`, `jobsrv:fix:${reportId}`]);

    await expect(verifyJobsReport(deps(), other, reportId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyJobsReport(deps(), zahra, reportId)).rejects.toMatchObject({ code: "not-staff" });
    await expect(verifyJobsReport(deps(), coordinator, reportId, { selfWorks: true, newJobs: 1, keptJobs: 1 })).resolves.toEqual({ corrected: true });
    await expect(verifyJobsReport(deps(), coordinator, reportId)).rejects.toMatchObject({ code: "jobs-already-verified" });
    const report = await database.prisma.jobsReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ newJobs: 1, keptJobs: 1, corrected: true, verifiedById: coordinator });
    const trail = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "jobs.correct" } });
    expect(JSON.parse(trail.details)).toMatchObject({ reported: { selfWorks: true, newJobs: 2, keptJobs: 1 }, corrected: { newJobs: 1 } });
    // The applicant's own data holds the referral and the report.
    const mine = await collectMyData(deps(), zahra);
    const own = mine.applications.find((a) => a.kind === "loan")!;
    expect(own.bankReferrals).toEqual([expect.objectContaining({ bank: "keshavarzi", paidAmountRials: "300000000" })]);
    expect(own.jobsReports).toEqual([expect.objectContaining({ monthsAfter: 3, newJobs: 1, verified: true, corrected: true })]);
    expect(
      await database.prisma.auditLog.count({ where: { action: { in: ["refused.forbidden", "refused.not-staff", "refused.jobs-already-verified"] } } }),
    ).toBe(3);
  });
});
