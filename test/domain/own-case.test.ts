import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { setBusinessHub } from "../../src/domain/hubs/hubs.ts";
import { jobsReportForReview, reportJobs, verifyJobsReport } from "../../src/domain/jobs/reports.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { mayActOnCase, loadActor } from "../../src/domain/review/actor.ts";
import { assignToMe, caseDetails, reviewQueue } from "../../src/domain/review/cases.ts";
import { searchCases } from "../../src/domain/review/search.ts";
import { digestsTick } from "../../src/domain/reminders/digests.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { formatTrackingCode } from "../../src/domain/tracking-code.ts";
import type { ApplicationStatus } from "../../src/domain/catalog.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { approvedLoan, coordinatorOf, moveCase, paidLoan, refusal, ZAHRA, type StatusExtras } from "../support/fixtures.ts";

const PAID = new Date("2026-03-01T06:30:00Z");
const LEILA = 1002;

describe.each(PROVIDERS)("staff on their own case on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let maryam: number;
  let zahra: number;
  let zahraLoan: number;
  let zahraPermit: number;
  let reportId: number;
  let leila: number;
  let leilaLoan: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date(PAID.getTime() - 10 * 86_400_000);
    database = await createTestDatabase(provider);
    maryam = await coordinatorOf(database.prisma);
    // Zahra's loan was paid and she reported her jobs; Leila's loan was approved: then both joined the staff.
    ({ applicantId: zahra, loanId: zahraLoan } = await paidLoan(deps(), maryam, PAID));
    now = new Date("2026-06-02T06:30:00Z");
    ({ reportId } = await reportJobs(deps(), zahra, { applicationId: zahraLoan, monthsAfter: 3, selfWorks: true, newJobs: 1, keptJobs: 0 }));
    zahraPermit = (await database.prisma.application.findFirstOrThrow({ where: { applicantId: zahra, kind: "home_permit" } })).id;
    ({ applicantId: leila, loanId: leilaLoan } = await approvedLoan(deps(), maryam, { applicant: LEILA }));
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const become = async (userId: number, platformUserId: number, role: "coordinator" | "admin" | "facilitator") => {
    await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: String(platformUserId) }, ["fars-shiraz"]);
    await database.prisma.user.update({ where: { id: userId }, data: { role } });
  };
  const move =
    (applicationId: number, to: ApplicationStatus, extra: StatusExtras = {}) =>
    (actorId: number) =>
      moveCase(deps(), actorId, applicationId, to, extra);
  const version = async (id: number) => (await database.prisma.application.findUniqueOrThrow({ where: { id } })).version;

  // Every staff action on a case, as one list: the conflict-of-interest rule must refuse each of them.
  const actions = (): [string, (actorId: number) => Promise<unknown>][] => [
    ["view the case for review", (a) => caseDetails(deps(), a, zahraPermit)],
    ["assign it to oneself", async (a) => assignToMe(deps(), a, zahraPermit, await version(zahraPermit))],
    ["approve", move(zahraPermit, "approved")],
    ["reject", move(zahraPermit, "rejected", { note: "ناقص است" })],
    ["take it under review", move(zahraPermit, "under_review")],
    ["request documents", move(zahraPermit, "documents_requested", { documents: ["health-card"] })],
    ["verify jobs", (a) => verifyJobsReport(deps(), a, reportId)],
    ["open jobs for verification", (a) => jobsReportForReview(deps(), a, reportId)],
    [
      "link the business to the hub",
      async (a) => setBusinessHub(deps(), a, (await database.prisma.application.findUniqueOrThrow({ where: { id: zahraPermit } })).businessId, true),
    ],
  ];

  for (const role of ["coordinator", "admin"] as const) {
    it.skipIf(skip)(`refuses a former applicant, now ${role}, every action on her case, audited; the case stays as it was`, async () => {
      await become(zahra, ZAHRA.id, role);
      const before = await database.prisma.application.findMany({ orderBy: { id: "asc" } });
      for (const [name, act] of actions()) {
        expect(await refusal(act(zahra)), name).toBe("own-case");
      }
      expect(await database.prisma.application.findMany({ orderBy: { id: "asc" } })).toEqual(before);
      expect(await database.prisma.jobsReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ verifiedAt: null });
      const refused = await database.prisma.auditLog.findMany({ where: { action: "refused.own-case", actorId: zahra } });
      expect(refused).toHaveLength(actions().length);
      expect(mayActOnCase(await loadActor(database.prisma, zahra), { regionId: 0, applicantId: zahra })).toBe(false);
      // A colleague's case in her county is hers to act on.
      await expect(
        move(leilaLoan, "referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } })(zahra),
      ).resolves.toMatchObject({
        status: "referred_to_bank",
      });
    });
  }

  it.skipIf(skip)("her queue and her case search never list her own cases (each would be refused), her colleagues' lists do", async () => {
    await become(zahra, ZAHRA.id, "coordinator");
    const ids = (rows: { items: { id: number }[] }) => rows.items.map((r) => r.id).sort((a, b) => a - b);
    const casesOf = async (applicantId: number) =>
      (await database.prisma.application.findMany({ where: { applicantId }, orderBy: { id: "asc" } })).map((a) => a.id);
    const [own, leilas] = [await casesOf(zahra), await casesOf(leila)];
    expect(leilas).toContain(leilaLoan);
    const all = { status: "all" as const, pageSize: 50 };
    expect(ids(await searchCases(deps(), zahra, all, 7))).toEqual(leilas);
    expect(ids(await searchCases(deps(), maryam, all, 7))).toEqual([...own, ...leilas].sort((a, b) => a - b));
    const code = (await database.prisma.application.findUniqueOrThrow({ where: { id: zahraPermit } })).trackingCode;
    expect((await searchCases(deps(), zahra, { ...all, query: code }, 7)).total).toBe(0);
    await database.prisma.application.updateMany({ data: { status: "submitted" } });
    expect(ids(await reviewQueue(deps(), zahra, { page: 0 }))).toEqual(leilas);
    expect((await reviewQueue(deps(), maryam, { page: 0 })).total).toBe(own.length + leilas.length);
    // Nor does her morning digest count them.
    await digestsTick(deps(), DEFAULT_REMINDERS);
    const waiting = async (userId: number) =>
      JSON.parse((await database.prisma.outbox.findFirstOrThrow({ where: { template: "digest-coordinator", recipientId: userId } })).params!).waiting;
    expect(await waiting(zahra)).toBe(leilas.length);
    expect(await waiting(maryam)).toBe(own.length + leilas.length);
  });

  it.skipIf(skip)("an admin's overdue and bank-overdue lists leave out her own cases; another admin's list them", async () => {
    // Leila's approved loan goes to the bank, then every case waits long: on a coordinator and at the bank.
    await move(leilaLoan, "referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } })(maryam);
    const old = new Date(now.getTime() - 30 * 86_400_000);
    await database.prisma.bankReferral.updateMany({ data: { introducedAt: old } });
    await database.prisma.application.updateMany({ where: { id: { not: leilaLoan } }, data: { status: "submitted", statusChangedAt: old } });
    await become(zahra, ZAHRA.id, "admin");
    await become(leila, LEILA, "admin");
    const other = await coordinatorOf(database.prisma, "fars-jahrom", "7007");
    await database.prisma.user.update({ where: { id: other }, data: { role: "admin" } });
    await digestsTick(deps(), DEFAULT_REMINDERS);
    const listed = async (template: string, userId: number) => {
      const row = await database.prisma.outbox.findFirst({ where: { template, recipientId: userId } });
      return row ? (JSON.parse(row.params!) as { total: number; list: { fa: string } }) : null;
    };
    const codes = async (applicantId: number) =>
      (await database.prisma.application.findMany({ where: { applicantId, status: "submitted" } })).map((a) => a.trackingCode);
    const [zahras, leilas] = [await codes(zahra), await codes(leila)];
    expect(zahras.length).toBeGreaterThan(0);
    const zahraSees = (await listed("digest-overdue", zahra))!;
    expect(zahraSees.total).toBe(leilas.length);
    for (const code of zahras) expect(zahraSees.list.fa).not.toContain(formatTrackingCode(code));
    expect((await listed("digest-overdue", other))!.total).toBe(zahras.length + leilas.length);
    // Only Leila's loan is at the bank: her list would hold nothing but her own, so she gets none.
    expect(await listed("digest-bank-overdue", leila)).toBeNull();
    expect((await listed("digest-bank-overdue", zahra))!.total).toBe(1);
    expect((await listed("digest-bank-overdue", other))!.total).toBe(1);
  });

  it.skipIf(skip)("refuses the bank steps on her own loan (introduction, the bank's answer, payment)", async () => {
    await become(leila, LEILA, "coordinator");
    const introduction = { bank: "keshavarzi" as const, branch: "مرکزی", introducedAt: now };
    expect(await refusal(move(leilaLoan, "referred_to_bank", { introduction })(leila))).toBe("own-case");
    await move(leilaLoan, "referred_to_bank", { introduction })(maryam);
    expect(await refusal(move(leilaLoan, "bank_approved")(leila))).toBe("own-case");
    expect(await refusal(move(leilaLoan, "paid", { payment: { amountRials: 300_000_000, paidAt: now } })(leila))).toBe("own-case");
    expect(await refusal(move(leilaLoan, "bank_returned", { returnReason: "other" })(leila))).toBe("own-case");
    expect(await database.prisma.application.findUniqueOrThrow({ where: { id: leilaLoan } })).toMatchObject({ status: "referred_to_bank" });
    expect(await database.prisma.auditLog.count({ where: { action: "refused.own-case", actorId: leila } })).toBe(4);
  });

  it.skipIf(skip)("refuses a facilitator's status change on her own case", async () => {
    await become(zahra, ZAHRA.id, "facilitator");
    expect(await refusal(move(zahraPermit, "approved")(zahra))).toBe("own-case");
  });
});
