import { beforeEach, describe, expect, it } from "vitest";
import { createFund } from "../src/domain/funds/funds.ts";
import { DAY_MS } from "../src/domain/local-time.ts";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { TestChat, type TestBot } from "./support/bot.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";
import { useTestBot } from "./support/conversation.ts";
import { coordinatorOf, MARYAM, paidLoan, ZAHRA } from "./support/fixtures.ts";
import { pressLabel } from "./support/registration.ts";

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
      loan: { programCode: "note16-home-jobs", amountRials: 900_000_000, repaymentMonths: 36, introducingBody: "welfare" },
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
    const photos = world.t.api.calls.filter((c) => c.method === "sendPhoto");
    expect(photos).toHaveLength(3);
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
    expect(observer.lastText()).toContain("صندوق‌های محلی، تعاونی‌ها و اتحادیه‌ها به تفکیک شهرستان");
    expect(observer.lastText()).toContain("• شیراز: ۱ صندوق، ۰ تعاونی، ۰ اتحادیه");
    await observer.send("/queue");
    expect(observer.lastText()).toBe("این فرمان فقط برای کارشناسان است.");
  });
});
