import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { attachDocument, type IncomingFile } from "../../src/domain/documents/attach.ts";
import { checklistFor } from "../../src/domain/documents/checklist.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, validDraft } from "../support/fixtures.ts";

const MB = 2 ** 20;
const photo = (n = 1): IncomingFile => ({ kind: "photo", sentAs: "photo", fileId: `f${n}`, fileUniqueId: `u${n}`, sizeBytes: 200_000 });
const pdf = (n = 1): IncomingFile => ({
  kind: "pdf",
  sentAs: "document",
  fileId: `d${n}`,
  fileUniqueId: `v${n}`,
  mimeType: "application/pdf",
  sizeBytes: 300_000,
});

describe.each(PROVIDERS)("loan applications and documents on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const clock = { now: () => new Date("2026-11-29T08:30:00Z") };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let userId: number;
  let businessId: number;

  beforeEach(async () => {
    if (skip) return;
    database = await createTestDatabase(provider);
    userId = (await applicant(database.prisma)).id;
    // Khonj is a deprived county in the starter data; the note-18 loan is for those only.
    const khonj = (await database.prisma.region.findUniqueOrThrow({ where: { code: "fars-khonj" } })).id;
    await submitRegistration(deps(), userId, "reg", await validDraft(database.prisma, { regionId: khonj, category: "handicrafts" }));
    businessId = (await database.prisma.business.findFirstOrThrow()).id;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const loan = (overrides: Record<string, unknown> = {}) => ({
    businessId,
    programCode: "rural-jobs-note18",
    amountRials: 1_000_000_000,
    purpose: "خرید دار قالی و مواد اولیه",
    repaymentMonths: 48,
    ...overrides,
  });

  it.skipIf(skip)("files a loan application with its program, amount and a coordinator notice", async () => {
    const coordinator = await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "5005" }, ["fars-khonj"]);
    const filed = await submitLoanApplication(deps(), userId, "loan-1", loan());
    const app = await database.prisma.application.findUniqueOrThrow({ where: { id: filed.applicationId }, include: { program: true } });
    expect(app).toMatchObject({ kind: "loan", status: "submitted", amountRials: 1_000_000_000n, repaymentMonths: 48, purpose: "خرید دار قالی و مواد اولیه" });
    expect(app.program?.code).toBe("rural-jobs-note18");
    const notices = await database.prisma.outbox.findMany({ where: { recipientId: coordinator.userId } });
    expect(notices.map((n) => n.template)).toEqual(["notify-new-loan"]);
    expect((await submitLoanApplication(deps(), userId, "loan-1", loan())).created).toBe(false);
  });

  it.skipIf(skip)("refuses what the program's rules do not allow", async () => {
    const refused = [
      [loan({ amountRials: 10_000 }), "not-eligible"],
      [loan({ amountRials: 6_000_000_000 }), "not-eligible"],
      [loan({ programCode: "home-jobs-loan" }), "not-eligible"], // needs an issued permit
      [loan({ programCode: "livestock-development" }), "not-eligible"], // another category
      [loan({ programCode: "nope" }), "program-not-found"],
      [loan({ businessId: 999 }), "business-not-found"],
      [loan({ repaymentMonths: 61 }), "invalid-loan"],
      [loan({ repaymentMonths: 0 }), "invalid-loan"],
      [loan({ purpose: "کوتاه" }), "invalid-loan"],
      [loan({ programCode: "permit-support", amountRials: 50 }), "invalid-loan"],
    ] as const;
    for (const [input, code] of refused) {
      await expect(submitLoanApplication(deps(), userId, `k-${JSON.stringify(input)}`, input), JSON.stringify(input)).rejects.toMatchObject({ code });
    }
    const stranger = await applicant(database.prisma, 2002, "Ali");
    await expect(submitLoanApplication(deps(), stranger.id, "k-stranger", loan())).rejects.toMatchObject({ code: "business-not-found" });
    expect(await database.prisma.application.count({ where: { kind: "loan" } })).toBe(0);
    const support = await submitLoanApplication(deps(), userId, "k-support", loan({ programCode: "permit-support", amountRials: 0, repaymentMonths: 0 }));
    expect(support.created).toBe(true);
  });

  it.skipIf(skip)("keeps a checklist and tells the coordinators once when it becomes complete", async () => {
    await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "5005" }, ["fars-khonj"]);
    const { trackingCode, applicationId } = await submitLoanApplication(deps(), userId, "loan-1", loan());
    const attach = (code: string, file: IncomingFile, who = userId) => attachDocument(deps(), who, trackingCode, code, file, 10 * MB);

    expect((await checklistFor(database.prisma, applicationId)).map((i) => [i.code, i.received])).toEqual([
      ["national-card", 0],
      ["birth-certificate", 0],
      ["business-plan", 0],
    ]);
    await expect(attach("business-plan", photo())).rejects.toMatchObject({ code: "wrong-type" });
    await expect(attach("national-card", { ...photo(), sizeBytes: 11 * MB })).rejects.toMatchObject({ code: "too-large", params: { mb: 10 } });
    await expect(attach("passport", photo())).rejects.toMatchObject({ code: "unknown-document" });
    const stranger = await applicant(database.prisma, 2002, "Ali");
    await expect(attach("national-card", photo(), stranger.id)).rejects.toMatchObject({ code: "application-not-found" });

    expect((await attach("national-card", photo(1))).completedNow).toBe(false);
    expect((await attach("national-card", photo(2))).completedNow).toBe(false);
    expect((await attach("birth-certificate", pdf(1))).completedNow).toBe(false);
    const last = await attach("business-plan", pdf(2));
    expect(last.completedNow).toBe(true);
    expect(last.checklist.map((i) => i.received)).toEqual([2, 1, 1]);
    expect((await attach("business-plan", pdf(3))).completedNow).toBe(false);
    const notices = await database.prisma.outbox.findMany({ where: { template: "notify-docs-complete" } });
    expect(notices).toHaveLength(1);

    await database.prisma.application.update({ where: { id: applicationId }, data: { status: "approved" } });
    await expect(attach("national-card", photo(9))).rejects.toMatchObject({ code: "closed" });
  });
});
