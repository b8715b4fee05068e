import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { attachDocument, type IncomingFile } from "../../src/domain/documents/attach.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { countyStaff } from "../../src/domain/notify-coordinators.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { remindersTick } from "../../src/domain/reminders/tick.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, HIVE_LOAN, regionId, validDraft } from "../support/fixtures.ts";

const pdf = (n: number): IncomingFile => ({
  kind: "pdf",
  sentAs: "document" as const,
  fileId: `d${n}`,
  fileUniqueId: `v${n}`,
  mimeType: "application/pdf",
  sizeBytes: 300_000,
});

describe.each(PROVIDERS)("who hears of a county's cases on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let admins: number[];
  let shirazCoordinator: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-11-29T06:30:00Z");
    database = await createTestDatabase(provider);
    await bootstrapAdmins(database.prisma, "telegram", ["9001", "9002"]);
    admins = (await database.prisma.user.findMany({ where: { role: "admin" }, orderBy: { id: "asc" } })).map((u) => u.id);
    shirazCoordinator = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "7000" }, ["fars-shiraz"])).userId;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  /** Who the outbox addresses with this template, in order. */
  const recipients = async (template: string) =>
    (await database.prisma.outbox.findMany({ where: { template }, orderBy: { id: "asc" } })).map((r) => r.recipientId);

  async function register(platformUserId: number, county: string) {
    const user = await applicant(database.prisma, platformUserId);
    const draft = await validDraft(database.prisma, { regionId: await regionId(database.prisma, county), category: "handicrafts" });
    return { userId: user.id, ...(await submitRegistration(deps(), user.id, `reg-${platformUserId}`, draft)) };
  }

  it.skipIf(skip)("tells a county's own coordinators, not the admins, when it has some", async () => {
    await register(1001, "fars-shiraz");
    expect(await recipients("notify-new-case")).toEqual([shirazCoordinator]);
  });

  it.skipIf(skip)(
    "tells every active admin instead when the county has no coordinator: new case, complete checklist, documents back, late, overdue",
    async () => {
      const permit = await register(1001, "fars-khonj");
      const newCase = await database.prisma.outbox.findMany({ where: { template: "notify-new-case" }, orderBy: { id: "asc" } });
      expect(newCase.map((r) => r.recipientId)).toEqual(admins);
      expect(JSON.parse(newCase[0]!.buttons!)[0]).toEqual([{ label: { t: "btn-case-open" }, data: `case:open:${permit.applicationId}` }]);

      // A loan in the same county, its checklist completed.
      const businessId = (await database.prisma.business.findFirstOrThrow({ where: { ownerId: permit.userId } })).id;
      const loan = await submitLoanApplication(deps(), permit.userId, "loan-1", {
        businessId,
        programCode: "rural-jobs-note18",
        amountRials: 1_000_000_000,
        purpose: "خرید دار قالی و مواد اولیه",
        repaymentMonths: 48,
      });
      for (const [i, code] of ["national-card", "birth-certificate", "business-plan"].entries()) {
        await attachDocument(deps(), permit.userId, loan.trackingCode, code, pdf(i), 10 * 2 ** 20);
      }
      expect(await recipients("notify-new-loan")).toEqual(admins);
      expect(await recipients("notify-docs-complete")).toEqual(admins);

      // An admin asks for documents on the permit; they come back, are asked for again, and never come.
      const version = async () => (await database.prisma.application.findUniqueOrThrow({ where: { id: permit.applicationId } })).version;
      const ask = async () =>
        changeStatus(deps(), admins[0]!, {
          applicationId: permit.applicationId,
          version: await version(),
          to: "documents_requested",
          documents: ["health-card"],
        });
      await ask();
      await attachDocument(deps(), permit.userId, permit.trackingCode, "health-card", pdf(9), 10 * 2 ** 20);
      expect(await recipients("notify-docs-back")).toEqual(admins);
      await ask();
      now = new Date(now.getTime() + 11 * DAY_MS);
      await remindersTick(deps(), DEFAULT_REMINDERS);
      expect(await recipients("reminder-documents-late")).toEqual(admins);
      // The loan has waited on staff since it was filed.
      expect(await recipients("reminder-overdue")).toEqual(admins);
    },
  );

  it.skipIf(skip)(
    "never tells a staff member of their own case (its buttons would be refused): the county's other coordinators, else the admins but them",
    async () => {
      // Shiraz's coordinator registers her own business: no other coordinator there, so the admins hear.
      await submitRegistration(deps(), shirazCoordinator, "reg-own", await validDraft(database.prisma, { nationalId: "0790419904", phone: "+989121111111" }));
      expect(await recipients("notify-new-case")).toEqual(admins);
      // A second coordinator of Shiraz: he hears of hers, she of nobody's own.
      const second = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "7002" }, ["fars-shiraz"])).userId;
      await database.prisma.outbox.deleteMany();
      const loan = await submitLoanApplication(deps(), shirazCoordinator, "loan-own", {
        businessId: (await database.prisma.business.findFirstOrThrow({ where: { ownerId: shirazCoordinator } })).id,
        ...HIVE_LOAN,
      });
      expect(await recipients("notify-new-loan")).toEqual([second]);
      // Someone else's case: both coordinators hear of it.
      await register(1001, "fars-shiraz");
      expect(await recipients("notify-new-case")).toEqual([shirazCoordinator, second]);
      // The overdue alert later: her own loan goes to the other coordinator only.
      now = new Date(now.getTime() + 11 * DAY_MS);
      await remindersTick(deps(), DEFAULT_REMINDERS);
      const overdue = await database.prisma.outbox.findMany({ where: { template: "reminder-overdue" } });
      const aboutLoan = overdue.filter((o) =>
        JSON.parse(o.buttons!)
          .flat()
          .some((b: { data: string }) => b.data.endsWith(`:${loan.applicationId}`)),
      );
      expect(aboutLoan.map((o) => o.recipientId)).toEqual([second]);
    },
  );

  it.skipIf(skip)("treats a county whose coordinators all stopped the bot as one without, and skips admins who stopped it", async () => {
    await database.prisma.user.updateMany({ where: { id: { in: [shirazCoordinator, admins[1]!] } }, data: { status: "stopped" } });
    await register(1001, "fars-shiraz");
    expect(await recipients("notify-new-case")).toEqual([admins[0]]);

    const [shiraz, khonj, jahrom] = [
      await regionId(database.prisma, "fars-shiraz"),
      await regionId(database.prisma, "fars-khonj"),
      await regionId(database.prisma, "fars-jahrom"),
    ];
    const jahromCoordinator = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "7001" }, ["fars-jahrom"])).userId;
    const staff = await database.prisma.$transaction((tx) => countyStaff(tx, [shiraz, khonj, jahrom, khonj]));
    expect(staff).toEqual(
      new Map([
        [shiraz, [admins[0]]],
        [khonj, [admins[0]]],
        [jahrom, [jahromCoordinator]],
      ]),
    );
  });
});
