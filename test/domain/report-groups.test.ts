import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { workingGroupReport } from "../../src/domain/report/working-group.ts";
import { workingGroupExport } from "../../src/domain/report/cases.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { reportWorkbook } from "../../src/export/report-workbook.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { approvedLoan, coordinatorOf, filedLoan, moveCase, regionId } from "../support/fixtures.ts";
import { readWorkbook, records } from "../support/xlsx.ts";

/** 1 Mehr 1405 (23 September 2026), 10:00 in Tehran: the season's first day. */
const SEASON_START = new Date("2026-09-23T06:30:00Z");

describe.each(PROVIDERS)("target groups in the working group's report on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let admin: number;
  let shiraz: number;

  beforeEach(async () => {
    if (skip) return;
    now = SEASON_START;
    database = await createTestDatabase(provider);
    shiraz = await coordinatorOf(database.prisma);
    await coordinatorOf(database.prisma, "fars-khonj", "5006");
    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    admin = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const FACTS = { birthDate: "1990-03-21", priorLoan: { had: false, years: 5 }, sex: "female", reliefClient: true, welfareClient: true } as const;
  const note16 = (targetGroup: string, amountRials: number) => ({
    programCode: "note16-home-jobs",
    introducingBody: "welfare" as const,
    targetGroup: targetGroup as never,
    amountRials,
    repaymentMonths: 36,
  });
  const introduce = (coordinator: number, id: number) =>
    moveCase(deps(), coordinator, id, "referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } });
  const pay = (coordinator: number, id: number, amountRials: number) => moveCase(deps(), coordinator, id, "paid", { payment: { amountRials, paidAt: now } });

  /**
   * By hand: Shiraz — two women heads of household (900 and 500 million rials asked; the first
   * introduced and paid 900 million), one Relief Committee client (introduced, not paid);
   * Khonj — one Welfare Organization client (introduced, paid 600 million). A community-fund
   * loan (no groups) and a Note 16 loan filed the season before are not counted.
   */
  async function fixture() {
    const khonj = await regionId(database.prisma, "fars-khonj");
    const khonjCoordinator = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "5006" } })).id;
    now = new Date(SEASON_START.getTime() - 10 * DAY_MS);
    await filedLoan(deps(), { applicant: 1100, facts: FACTS, loan: note16("women-heads", 700_000_000) });
    now = new Date(SEASON_START.getTime() + DAY_MS);
    const a = await approvedLoan(deps(), shiraz, { applicant: 1101, facts: FACTS, loan: note16("women-heads", 900_000_000) });
    await filedLoan(deps(), { applicant: 1102, facts: FACTS, loan: note16("women-heads", 500_000_000) });
    const c = await approvedLoan(deps(), shiraz, { applicant: 1103, facts: FACTS, loan: note16("relief-clients", 800_000_000) });
    const d = await approvedLoan(deps(), khonjCoordinator, {
      applicant: 1104,
      facts: FACTS,
      draft: { regionId: khonj, category: "handicrafts" },
      loan: note16("welfare-clients", 600_000_000),
    });
    await filedLoan(deps(), { applicant: 1105 });
    now = new Date(SEASON_START.getTime() + 3 * DAY_MS);
    await introduce(shiraz, a.loanId);
    await introduce(shiraz, c.loanId);
    await introduce(khonjCoordinator, d.loanId);
    now = new Date(SEASON_START.getTime() + 8 * DAY_MS);
    await pay(shiraz, a.loanId, 900_000_000);
    await pay(khonjCoordinator, d.loanId, 600_000_000);
    now = new Date(SEASON_START.getTime() + 20 * DAY_MS);
  }

  it.skipIf(skip)("counts cases per target group per county by grouped SQL, within the reader's counties, and as a sheet of the workbook", async () => {
    await fixture();
    const referral = await database.prisma.bankReferral.findFirstOrThrow({ where: { paidAmountRials: 600_000_000n } });
    expect(referral.targetGroup).toBe("welfare-clients");
    const report = await workingGroupReport(deps(), admin, "season");
    const shown = report.groups.map((g) => [g.county.en, g.group, g.registered, g.requestedRials, g.introduced, g.paid, g.paidRials]);
    expect(shown).toEqual([
      ["Khonj", "welfare-clients", 1, 600_000_000n, 1, 1, 600_000_000n],
      ["Shiraz", "women-heads", 2, 1_400_000_000n, 1, 1, 900_000_000n],
      ["Shiraz", "relief-clients", 1, 800_000_000n, 1, 0, 0n],
    ]);
    expect(report.groupTotals.map((g) => [g.group, g.registered, g.introduced, g.paid])).toEqual([
      ["women-heads", 2, 1, 1],
      ["relief-clients", 1, 1, 0],
      ["welfare-clients", 1, 1, 1],
    ]);
    // The Shiraz coordinator reads her county only.
    const own = await workingGroupReport(deps(), shiraz, "season");
    expect(own.groups.map((g) => g.county.en)).toEqual(["Shiraz", "Shiraz"]);

    const fa = { t: createTranslate(), language: "fa" as const, timeZone: "Asia/Tehran" };
    const sheets = await readWorkbook(await reportWorkbook(await workingGroupExport(deps(), admin, "season"), fa));
    const groups = sheets.find((s) => s.name === "گروه‌های هدف")!;
    expect(records(groups).map((r) => [r["شهرستان"], r["گروه هدف"], r["پرداخت‌شده"]])).toEqual([
      ["خنج", "مددجویان بهزیستی", 1],
      ["شیراز", "زنان سرپرست خانوار", 1],
      ["شیراز", "مددجویان کمیتهٔ امداد", 0],
    ]);
  });
});
