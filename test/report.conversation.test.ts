import { beforeEach, describe, expect, it } from "vitest";
import { createFund } from "../src/domain/funds/funds.ts";
import { DAY_MS } from "../src/domain/local-time.ts";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { createTestBot, TestChat, type TestBot } from "./support/bot.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";
import { useTestBot } from "./support/conversation.ts";
import { applicant, coordinatorOf, MARYAM, moveCase, NOTE16_FACTS, paidLoan, validDraft, ZAHRA } from "./support/fixtures.ts";
import { reportJobs, verifyJobsReport } from "../src/domain/jobs/reports.ts";
import { submitRegistration } from "../src/domain/registration/submit.ts";
import { pressLabel } from "./support/registration.ts";
import { readWorkbook, records } from "./support/xlsx.ts";
import { PLATFORMS } from "../src/platform.ts";

/** 1 Mehr 1405, 10:00 in Tehran. */
const START = new Date("2026-09-23T06:30:00Z");

describe.each(PROVIDERS)("/report in the bot on $provider", ({ provider, skip }) => {
  let now: Date;
  const world = useTestBot(provider, skip, undefined, "telegram", { now: () => now });
  const zahra = world.chatOf(ZAHRA);
  const maryam = world.chatOf(MARYAM);

  beforeEach(async () => {
    if (skip) return;
    now = START;
    const db = world.database.prisma;
    const paidAt = new Date(START.getTime() + 6 * DAY_MS);
    await paidLoan(world.deps(), await coordinatorOf(db), paidAt, {
      draft: { plannedJobs: 2 },
      loan: { programCode: "note16-home-jobs", amountRials: 900_000_000, repaymentMonths: 36, introducingBody: "welfare", targetGroup: "women-heads" },
      facts: NOTE16_FACTS,
      bank: "refah",
    });
    now = paidAt;
  });

  it.skipIf(skip)("a coordinator picks the period and gets the figures and several charts", async () => {
    await maryam.send("/report");
    await pressLabel(maryam, "این فصل");
    const text = maryam.texts().find((m) => m.includes("گزارش جذب تسهیلات و اشتغال ایجادشده —")) ?? "";
    expect(text).toContain("گزارش جذب تسهیلات و اشتغال ایجادشده — این فصل (۱ مهر ۱۴۰۵ تا ۳۰ آذر ۱۴۰۵)");
    expect(text).toContain("💵 پرداخت‌شده: ۱ (۹۰۰٬۰۰۰٬۰۰۰ ریال (۹۰٬۰۰۰٬۰۰۰ تومان))");
    expect(text).toContain("میانهٔ روزهای معرفی تا پرداخت: ۶ · در مهلت: ۱۰۰٪");
    expect(text).toContain("۱. شیراز — پرداخت ۱ · اشتغال ۰ از ۲");
    expect(text).toContain("• سازمان بهزیستی — ثبت ۱ · پرداخت ۱");
    expect(text).toContain("👥 به تفکیک گروه هدف");
    expect(text).toContain("• زنان سرپرست خانوار — ثبت ۱ · معرفی به بانک ۱ · پرداخت ۱");
    const photos = world.t.api.calls.filter((c) => c.method === "sendPhoto");
    // Paid by county, jobs by county, paid by body, cases by target group.
    expect(photos).toHaveLength(4);
    // Then the spreadsheet, as a document after the charts: the coordinator's county, names included (staff).
    expect(world.t.api.calls.filter((c) => c.method === "sendPhoto" || c.method === "sendDocument").map((c) => c.method)).toEqual([
      "sendPhoto",
      "sendPhoto",
      "sendPhoto",
      "sendPhoto",
      "sendDocument",
    ]);
    const document = world.t.api.calls.find((c) => c.method === "sendDocument")!;
    expect(document.refusal).toBeUndefined();
    const file = document.payload.document as { filename: string; content: Buffer };
    expect(file.filename).toBe("karyar-report-1405-s3.xlsx");
    expect(maryam.texts().at(-1)).toContain("همین گزارش در صفحه‌گسترده");
    const sheets = await readWorkbook(file.content);
    expect(sheets.map((s) => [s.name, s.rtl])).toEqual([
      ["خلاصه", true],
      ["شهرستان‌ها", true],
      ["دستگاه‌های معرفی‌کننده", true],
      ["شهرستان و دستگاه", true],
      ["پرونده‌ها", true],
      ["صندوق‌ها و تعاونی‌ها", true],
      ["تسهیل‌گران", true],
      ["گروه‌های هدف", true],
    ]);
    expect(records(sheets[7]!)).toEqual([
      {
        شهرستان: "شیراز",
        "گروه هدف": "زنان سرپرست خانوار",
        "طرح‌های ثبت‌شده": 1,
        "مبلغ درخواستی (ریال)": 900_000_000,
        "معرفی به بانک": 1,
        پرداخت‌شده: 1,
        "مبلغ پرداخت‌شده (ریال)": 900_000_000,
      },
    ]);
    expect(records(sheets[1]!)).toMatchObject([{ شهرستان: "شیراز", پرداخت‌شده: 1, "مبلغ پرداخت‌شده (ریال)": 900_000_000, "میانهٔ روزهای معرفی تا پرداخت": 6 }]);
    expect(records(sheets[4]!)).toMatchObject([
      { متقاضی: "زهرا احمدی", "دستگاه معرفی‌کننده": "سازمان بهزیستی", "روزهای معرفی تا پرداخت": 6, "تاریخ پرداخت": "1405/07/07" },
    ]);
  });

  it.skipIf(skip)("the year's text and spreadsheet count a permit-only business's verified yearly answer apart from the loan's follow-up", async () => {
    const db = world.database.prisma;
    const paidAt = now;
    // A permit issued a year before, its business with no loan: its applicant answers the yearly question, the coordinator verifies it.
    now = new Date(START.getTime() - 370 * DAY_MS);
    const person = (await applicant(db, 3001, "Leila")).id;
    const { applicationId } = await submitRegistration(world.deps(), person, "reg-3001", await validDraft(db));
    const coordinator = await coordinatorOf(db);
    await moveCase(world.deps(), coordinator, applicationId, "approved");
    await moveCase(world.deps(), coordinator, applicationId, "issued");
    now = paidAt;
    const { reportId } = await reportJobs(world.deps(), person, { applicationId, monthsAfter: 12, selfWorks: true, newJobs: 1, keptJobs: 1 });
    expect(await verifyJobsReport(world.deps(), coordinator, reportId)).toEqual({ corrected: false });

    await maryam.send("/report");
    await pressLabel(maryam, "امسال");
    const text = maryam.texts().find((m) => m.includes("گزارش جذب تسهیلات و اشتغال ایجادشده —")) ?? "";
    // The loan's follow-up has not come: its jobs stay 0; the permit's answer is 3 jobs (the applicant, 1 new, 1 kept), an employer.
    expect(text).toContain("🆕 تازه: ۰ · 🤝 حفظ‌شده: ۰ · کارفرما: ۰ · خوداشتغال: ۰");
    expect(text).toContain("🗓 پاسخ سالانهٔ کسب‌وکارهای دارای مجوز بدون وام: ۱ · اشتغال: ۳ · کارفرما: ۱ · خوداشتغال: ۰");
    const file = world.t.api.calls.find((c) => c.method === "sendDocument")!.payload.document as { content: Buffer };
    const sheets = await readWorkbook(file.content);
    expect(sheets[0]!.rtl).toBe(true);
    expect(Object.fromEntries(sheets[0]!.rows.slice(1))).toMatchObject({
      "مجوزهای بدون وام با پاسخ سالانه": 1,
      "اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)": 3,
      "مجوزهای بدون وام: کارفرما": 1,
      "مجوزهای بدون وام: خوداشتغال": 0,
      "اشتغال محقق‌شده (نفر)": 0,
    });
    expect(records(sheets[1]!)).toMatchObject([{ شهرستان: "شیراز", "مجوزهای بدون وام با پاسخ سالانه": 1, "اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)": 3 }]);
  });

  it.skipIf(skip)("a spreadsheet larger than the platform takes is not sent: the reader is pointed to the console", async () => {
    const limit = PLATFORMS.telegram.maxDocumentBytes;
    PLATFORMS.telegram.maxDocumentBytes = 1_000;
    try {
      await maryam.send("/report");
      await pressLabel(maryam, "این فصل");
    } finally {
      PLATFORMS.telegram.maxDocumentBytes = limit;
    }
    expect(world.t.api.calls.filter((c) => c.method === "sendDocument")).toEqual([]);
    expect(maryam.lastText()).toBe("صفحه‌گستردهٔ این گزارش بزرگ‌تر از آن است که پیام‌رسان بپذیرد؛ آن را از بخش گزارش‌های پیشخوان وب دریافت کنید.");
  });

  it.skipIf(skip)("an applicant is refused, and it is recorded", async () => {
    await zahra.send("/report");
    expect(zahra.lastText()).toBe("این فرمان فقط برای کارشناسان است.");
    expect(await world.database.prisma.auditLog.count({ where: { action: "refused.not-staff", subjectId: "report" } })).toBe(1);
  });
});

describe.each(PROVIDERS)("observers on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip);
  let database: TestDatabase;
  let t: TestBot;

  beforeEach(() => {
    if (!skip) ({ database, t } = world);
  });

  it.skipIf(skip)("an admin invites an observer like a coordinator; the observer reads the province's report and nothing else", async () => {
    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    const admin = new TestChat(t, { id: 9009, first_name: "Admin" });
    const maryam = new TestChat(t, MARYAM);
    await coordinatorOf(database.prisma);
    await maryam.send("/observer");
    expect(maryam.lastText()).toBe("این فرمان فقط برای مدیران است.");
    await admin.send("/observer");
    const link = /start=(inv_[A-Za-z0-9_-]+)/.exec(admin.lastText())![1]!;
    const observer = new TestChat(t, { id: 7007, first_name: "Nasrin" });
    await observer.send(`/start ${link}`);
    expect(observer.lastText()).toContain("شما ناظر کارگروه هستید");
    expect(await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "7007" } })).toMatchObject({ role: "observer" });
    expect(await database.prisma.auditLog.count({ where: { action: "role.observer" } })).toBe(1);
    // A village fund in Shiraz: the report counts it with the county's cooperatives and unions.
    const adminId = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
    const village = await database.prisma.village.findFirstOrThrow({ where: { region: { code: "fars-shiraz" } } });
    await createFund({ db: database.prisma, clock: { now: () => new Date() }, cipher: t.cipher }, adminId, { villageId: village.id, name: "صندوق زنان کوشک" });
    await observer.send("/report");
    await pressLabel(observer, "امسال");
    expect(observer.texts().some((m) => m.includes("گزارش جذب تسهیلات و اشتغال ایجادشده — امسال"))).toBe(true);
    const community = observer.texts().find((m) => m.includes("صندوق‌های محلی، تعاونی‌ها و اتحادیه‌ها به تفکیک شهرستان")) ?? "";
    expect(community).toContain("• شیراز: ۱ صندوق، ۰ تعاونی، ۰ اتحادیه");
    const file = t.api.calls.findLast((c) => c.method === "sendDocument")!.payload.document as { filename: string; content: Buffer };
    expect(file.filename).toMatch(/^karyar-report-\d{4}\.xlsx$/);
    expect((await readWorkbook(file.content))[4]!.rows[0]).not.toContain("متقاضی");
    await observer.send("/queue");
    expect(observer.lastText()).toBe("این فرمان فقط برای کارشناسان است.");
  });

  it.skipIf(skip)("on Bale the spreadsheet goes out as a document the platform takes, with nothing it ignores", async () => {
    const bale = createTestBot(database, undefined, { platform: "bale" });
    await bootstrapAdmins(database.prisma, "bale", ["9009"]);
    const admin = new TestChat(bale, { id: 9009, first_name: "Admin" });
    await admin.send("/report");
    await pressLabel(admin, "این ماه");
    const document = bale.api.calls.find((c) => c.method === "sendDocument")!;
    expect([document.refusal, document.ignored]).toEqual([undefined, undefined]);
    expect((document.payload.document as { filename: string }).filename).toMatch(/^karyar-report-\d{4}-\d{2}\.xlsx$/);
  });
});
