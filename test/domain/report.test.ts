import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backfill } from "../../src/db/backfill.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { reportJobs, verifyJobsReport } from "../../src/domain/jobs/reports.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
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
import { fakePlatformSender, TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, approvedLoan, coordinatorOf, moveCase, NOTE16_FACTS, regionId, validDraft, type StatusExtras } from "../support/fixtures.ts";
import { readWorkbook, records, workbookText } from "../support/xlsx.ts";
import { reportCases, workingGroupExport } from "../../src/domain/report/cases.ts";
import { createFund } from "../../src/domain/funds/funds.ts";
import { reportFileName, reportWorkbook } from "../../src/export/report-workbook.ts";
import { enqueue } from "../../src/domain/outbox.ts";
import { BotApiState } from "../../src/emulator/bot-api-state.ts";

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
      loan: { programCode: "note16-home-jobs", amountRials, repaymentMonths: 36, introducingBody: body, targetGroup: "women-heads" },
      facts: NOTE16_FACTS,
    });
    const move = (to: ApplicationStatus, extra: StatusExtras = {}) => moveCase(deps(), admin, applicationId, to, extra);
    return { user, applicationId, move };
  }

  /** The hand-checked fixture: four loans in two counties and three bodies, through the bank and the jobs follow-up. */
  async function handChecked() {
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
    return { a, b, c, d };
  }

  it.skipIf(skip)("counts per county and introducing body from grouped queries, checked by hand", async () => {
    const { a } = await handChecked();
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

  it.skipIf(skip)("counts permit-only businesses' yearly jobs answers apart from the loans' follow-ups, checked by hand, in the spreadsheet too", async () => {
    // Two permits issued in Mehr 1404 (a year before the season), their businesses with no loan: Shiraz and Jahrom.
    now = new Date("2025-09-30T06:30:00Z");
    const permit = async (platformUserId: number, county: string) => {
      const person = (await applicant(database.prisma, platformUserId)).id;
      const draft = await validDraft(database.prisma, { regionId: await regionId(database.prisma, county) });
      const { applicationId } = await submitRegistration(deps(), person, `reg-${platformUserId}`, draft);
      await moveCase(deps(), admin, applicationId, "approved");
      await moveCase(deps(), admin, applicationId, "issued");
      return { person, applicationId };
    };
    const shiraz = await permit(3001, "fars-shiraz");
    const jahrom = await permit(3002, "fars-jahrom");
    now = SEASON_START;
    await handChecked();
    // Past the first anniversary (day 100 of the season, still 1405): the Shiraz applicant works alone, verified as answered;
    // the Jahrom one says 1 new and 0 kept, which the coordinator corrects to 2 new and 1 kept (an employer, 4 jobs with the applicant).
    const s = await reportJobs(deps(), shiraz.person, { applicationId: shiraz.applicationId, monthsAfter: 12, selfWorks: true, newJobs: 0, keptJobs: 0 });
    const j = await reportJobs(deps(), jahrom.person, { applicationId: jahrom.applicationId, monthsAfter: 12, selfWorks: true, newJobs: 1, keptJobs: 0 });
    expect(await verifyJobsReport(deps(), shirazCoordinator, s.reportId)).toEqual({ corrected: false });
    expect(await verifyJobsReport(deps(), admin, j.reportId, { selfWorks: true, newJobs: 2, keptJobs: 1 })).toEqual({ corrected: true });

    const report = await workingGroupReport(deps(), admin, "year");
    // The loans' follow-ups are as before (a: self + 1 new, d: self alone); the permits' are counted apart.
    expect(report.total).toMatchObject({ reportedLoans: 2, realizedJobs: 3, employers: 1, selfEmployed: 1, permitsIssued: 0 });
    expect(report.total).toMatchObject({ permitsReported: 2, permitJobs: 1 + 4, permitEmployers: 1, permitSelfEmployed: 1 });
    const county = (en: string) => report.counties.find((c) => c.county.en === en)!;
    expect(county("Shiraz")).toMatchObject({ permitsReported: 1, permitJobs: 1, permitEmployers: 0, permitSelfEmployed: 1 });
    expect(county("Jahrom")).toMatchObject({ permitsReported: 1, permitJobs: 4, permitEmployers: 1, permitSelfEmployed: 0 });
    // The coordinator of Shiraz reads Shiraz's answer only.
    expect((await workingGroupReport(deps(), shirazCoordinator, "year")).total).toMatchObject({ permitsReported: 1, permitJobs: 1, permitSelfEmployed: 1 });

    const sheets = await readWorkbook(
      await reportWorkbook(await workingGroupExport(deps(), admin, "year"), { t: createTranslate(), language: "fa", timeZone: "Asia/Tehran" }),
    );
    expect(sheets.every((x) => x.rtl)).toBe(true);
    const summary = Object.fromEntries(sheets[0]!.rows.slice(1));
    expect(summary).toMatchObject({
      "مجوزهای بدون وام با پاسخ سالانه": 2,
      "اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)": 5,
      "مجوزهای بدون وام: کارفرما": 1,
      "مجوزهای بدون وام: خوداشتغال": 1,
      "اشتغال محقق‌شده (نفر)": 3,
    });
    const permitColumns = (r: Record<string, unknown>) => [
      r["شهرستان"],
      r["مجوزهای بدون وام با پاسخ سالانه"],
      r["اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)"],
      r["مجوزهای بدون وام: کارفرما"],
      r["مجوزهای بدون وام: خوداشتغال"],
    ];
    expect(records(sheets[1]!).map(permitColumns)).toEqual([
      ["شیراز", 1, 1, 0, 1],
      ["جهرم", 1, 4, 1, 0],
    ]);
  });

  it.skipIf(skip)(
    "the spreadsheet: a sheet per table and a row per case, right to left, numbers as numbers, the hand-checked figures; names for staff only",
    async () => {
      const { a, d: loanD } = await handChecked();
      const kooshk = await database.prisma.village.findFirstOrThrow({ where: { region: { code: "fars-shiraz" } } });
      await createFund(deps(), admin, { villageId: kooshk.id, name: "صندوق زنان کوشک" });
      const d = { ...loanD, trackingCode: (await database.prisma.application.findUniqueOrThrow({ where: { id: loanD.applicationId } })).trackingCode };
      const translate = createTranslate();
      const fa = { t: translate, language: "fa" as const, timeZone: "Asia/Tehran" };
      const data = await workingGroupExport(deps(), admin, "year");
      expect(reportFileName(data.report)).toBe("karyar-report-1405.xlsx");
      const file = await reportWorkbook(data, fa);
      const sheets = await readWorkbook(file);
      expect(sheets.map((s) => s.name).slice(0, 5)).toEqual(["خلاصه", "شهرستان‌ها", "دستگاه‌های معرفی‌کننده", "شهرستان و دستگاه", "پرونده‌ها"]);
      expect(sheets.map((s) => s.name).slice(5)).toEqual(["صندوق‌ها و تعاونی‌ها", "تسهیل‌گران", "گروه‌های هدف"]);
      expect(sheets.every((s) => s.rtl)).toBe(true);
      // Today's funds, cooperatives and unions per county.
      expect(sheets[5]!.rows).toEqual([
        ["شهرستان", "صندوق‌های محلی (امروز)", "تعاونی‌ها (امروز)", "اتحادیه‌ها (امروز)", "اشتغال پیش‌بینی‌شدهٔ کسب‌وکار اعضا (نفر)"],
        ["شیراز", 1, 0, 0, 0],
      ]);
      const [summary, counties, bodies, both, cases] = sheets as [(typeof sheets)[number], ...typeof sheets];

      // Per county, ranked: every figure a number, equal to the hand count.
      expect(counties!.rows[0]!.slice(0, 8)).toEqual([
        "رتبه",
        "شهرستان",
        "طرح‌های ثبت‌شده",
        "مبلغ درخواستی (ریال)",
        "معرفی به بانک",
        "پرداخت‌شده",
        "مبلغ پرداخت‌شده (ریال)",
        "پرداخت در مهلت",
      ]);
      expect(counties!.rows.slice(1)).toEqual([
        [1, "شیراز", 3, 3_500_000_000, 3, 2, 2_900_000_000, 1, 50, 12, 1, 5, 1, 2, 40, 1, 0, 1, 0, 2.5, 0, 0, 0, 0, 0],
        [2, "جهرم", 1, 3_000_000_000, 1, 1, 3_000_000_000, 1, 100, 0, 0, 4, 1, 1, 25, 0, 0, 0, 1, 4, 0, 0, 0, 0, 0],
      ]);
      const total = Object.fromEntries(summary.rows.slice(1));
      expect(total).toMatchObject({ دوره: "امسال", "از تاریخ": "1405/01/01", "تا تاریخ": "1405/12/29", "مهلت پرداخت (روز)": 15 });
      expect(total).toMatchObject({
        "طرح‌های ثبت‌شده": 4,
        "مبلغ پرداخت‌شده (ریال)": 5_900_000_000,
        "میانهٔ روزهای معرفی تا پرداخت": 4,
        "اشتغال محقق‌شده (نفر)": 3,
      });
      const relief = records(bodies!).find((r) => r["دستگاه معرفی‌کننده"] === "کمیتهٔ امداد امام خمینی")!;
      expect(relief).toMatchObject({ "طرح‌های ثبت‌شده": 2, پرداخت‌شده: 2, "پرداخت در مهلت": 1, "اشتغال تعهدشده (نفر)": 5, "اشتغال محقق‌شده (نفر)": 2 });
      expect(records(both!).map((r) => [r["شهرستان"], r["دستگاه معرفی‌کننده"], r["پرداخت‌شده"]])).toEqual([
        ["جهرم", "جهاد کشاورزی", 1],
        ["شیراز", "کمیتهٔ امداد امام خمینی", 2],
        ["شیراز", "سازمان بهزیستی", 0],
      ]);

      // One row per case: the admin sees names; national IDs and phone numbers are never written.
      const rows = records(cases!);
      expect(rows).toHaveLength(4);
      const first = rows.find((r) => r["مبلغ پرداخت‌شده (ریال)"] === 900_000_000)!;
      expect(first).toMatchObject({
        متقاضی: "زهرا احمدی",
        "دستگاه معرفی‌کننده": "کمیتهٔ امداد امام خمینی",
        بانک: "بانک کشاورزی",
        "تاریخ معرفی به بانک": "1405/07/02",
        "تاریخ پرداخت": "1405/07/06",
        "روزهای معرفی تا پرداخت": 4,
        "اشتغال محقق‌شده (نفر)": 2,
        "مبلغ درخواستی (ریال)": 1_000_000_000,
      });
      expect(first["کد رهگیری"]).toBe((await database.prisma.application.findUniqueOrThrow({ where: { id: a.applicationId } })).trackingCode);
      expect(rows.find((r) => r["کد رهگیری"] === d.trackingCode)).toMatchObject({ شهرستان: "جهرم", "روزهای معرفی تا پرداخت": 0, "اشتغال محقق‌شده (نفر)": 1 });
      expect(rows.find((r) => r["دلیل برگشت"] !== null)).toMatchObject({ "دلیل برگشت": "ضامن یا وثیقهٔ پذیرفته‌نشده", وضعیت: "برگشت از بانک" });
      expect(workbookText(file)).not.toMatch(/0499370899|9123456789/);
      expect(total["پرونده‌ها"]).toBe(4);
      // More cases than a sheet keeps: the oldest, and the summary says so (the figures still count every case).
      const capped = await reportCases(database.prisma, null, data.report.range, false, 2);
      expect([capped.total, capped.cases.length]).toEqual([4, 2]);
      const cappedSheets = await readWorkbook(await reportWorkbook({ ...data, cases: capped.cases, casesTotal: capped.total }, fa));
      expect(Object.fromEntries(cappedSheets[0]!.rows.slice(1))).toMatchObject({ پرونده‌ها: 4, "پرونده‌های آمده در برگهٔ پرونده‌ها (قدیمی‌ترین‌ها)": 2 });
      expect(cappedSheets[4]!.rows).toHaveLength(3);

      // An observer reads the province without any name; English headers, left to right.
      const observer = (await applicant(database.prisma, 7007)).id;
      await database.prisma.user.update({ where: { id: observer }, data: { role: "observer" } });
      const observed = await reportWorkbook(await workingGroupExport(deps(), observer, "year"), { ...fa, language: "en" });
      const english = await readWorkbook(observed);
      expect(english.map((s) => [s.name, s.rtl])).toEqual([
        ["Summary", false],
        ["Counties", false],
        ["Introducing bodies", false],
        ["County and body", false],
        ["Cases", false],
        ["Funds and cooperatives", false],
        ["Facilitators", false],
        ["Target groups", false],
      ]);
      expect(english[4]!.rows[0]).not.toContain("Applicant");
      expect(english[4]!.rows).toHaveLength(5);
      expect(records(english[1]!).map((r) => [r.County, r["Amount paid (rials)"]])).toEqual([
        ["Shiraz", 2_900_000_000],
        ["Jahrom", 3_000_000_000],
      ]);
      expect(workbookText(observed)).not.toMatch(/زهرا احمدی|0499370899|9123456789/);

      // A coordinator of another county gets no row of Shiraz: their county's figures and cases only.
      const jahrom = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "6006" }, ["fars-jahrom"])).userId;
      const theirs = await readWorkbook(await reportWorkbook(await workingGroupExport(deps(), jahrom, "year"), fa));
      expect(theirs[1]!.rows.slice(1).map((r) => r[1])).toEqual(["جهرم"]);
      expect(records(theirs[4]!).map((r) => r["کد رهگیری"])).toEqual([d.trackingCode]);
      expect(JSON.stringify(theirs.map((s) => s.rows))).not.toContain("شیراز");
      expect(theirs[5]!.rows).toHaveLength(1);
      expect(theirs[5]!.rows).toHaveLength(1);
      await expect(workingGroupExport(deps(), a.user, "year")).rejects.toMatchObject({ code: "not-staff" });
    },
  );

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

    // Then the spreadsheet, through the outbox as everything pushed: built when sent, in the observer's language and scope.
    const documents = await database.prisma.outbox.findMany({ where: { template: "report-monthly-xlsx-caption" } });
    expect(documents.map((m) => m.recipientId)).toEqual([observer]);
    // Someone who may not read reports gets nothing from such a row (refused when it is sent).
    const attachment = JSON.parse(documents[0]!.attachment!);
    expect(attachment).toEqual({ kind: "working-group-report", period: "month", at: "2026-09-22T20:30:00.000Z" });
    await enqueue(database.prisma, [
      { recipientId: a.user, kind: "digest", template: "report-monthly-xlsx-caption", params: {}, attachment, dedupeKey: "stray", notBefore: now },
    ]);
    const api = new BotApiState();
    await fakePlatformSender(database, api, clock).drain();
    const sentDocuments = api.calls.filter((c) => c.method === "sendDocument");
    expect(sentDocuments).toHaveLength(1);
    expect(plain(String(sentDocuments[0]!.payload.caption))).toContain("گزارش ماه گذشته در صفحه‌گسترده");
    const upload = sentDocuments[0]!.payload.document as { filename: string; content: Buffer };
    expect(upload.filename).toBe("karyar-report-1405-07.xlsx");
    const sheets = await readWorkbook(upload.content);
    expect(sheets.every((s) => s.rtl)).toBe(true);
    expect(records(sheets[1]!).map((r) => [r["شهرستان"], r["پرداخت‌شده"], r["مبلغ پرداخت‌شده (ریال)"]])).toEqual([["شیراز", 1, 900_000_000]]);
    expect(sheets[4]!.rows[0]).not.toContain("متقاضی");
    expect(await database.prisma.outbox.findUniqueOrThrow({ where: { dedupeKey: "stray" } })).toMatchObject({ state: "cancelled" });
  });
});
