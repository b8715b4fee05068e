import { beforeEach, describe, expect, it } from "vitest";
import { DAY_MS } from "../src/domain/local-time.ts";
import { DEFAULT_REMINDERS } from "../src/domain/reminders/settings.ts";
import { remindersTick } from "../src/domain/reminders/tick.ts";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox } from "./support/bot.ts";
import { PROVIDERS } from "./support/db.ts";
import { useTestBot } from "./support/conversation.ts";
import { coordinatorOf, MARYAM, paidLoan, ZAHRA } from "./support/fixtures.ts";
import { pressLabel } from "./support/registration.ts";

/** 1 March 2026, 10:00 in Tehran: the loan is paid. */
const PAID = new Date("2026-03-01T06:30:00Z");

describe.each(PROVIDERS)("jobs follow-ups in the bot on $provider", ({ provider, skip }) => {
  let now: Date;
  const world = useTestBot(provider, skip, undefined, "telegram", { now: () => now });
  const zahra = world.chatOf(ZAHRA);
  const maryam = world.chatOf(MARYAM);
  let loanId: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date(PAID.getTime() - 10 * DAY_MS);
    const db = world.database.prisma;
    const deps = world.deps();
    ({ loanId } = await paidLoan(deps, await coordinatorOf(db), PAID));
    now = PAID;
    await remindersTick(deps, DEFAULT_REMINDERS);
    now = new Date("2026-06-02T06:30:00Z");
    await remindersTick(deps, DEFAULT_REMINDERS);
    await deliverOutbox(world.t, world.database);
  });

  it.skipIf(skip)("the applicant answers with a button per answer; the coordinator corrects it, audited", async () => {
    expect(zahra.lastText()).toContain("۳ ماه از پرداخت وام");
    await pressLabel(zahra, "📝 پاسخ می‌دهم");
    expect(zahra.lastText()).toContain("آیا خودتان اکنون در کسب‌وکار");
    await pressLabel(zahra, "بله");
    expect(buttons(zahra.lastMarkup()).map((b) => b.text)).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
    await pressLabel(zahra, "2");
    await zahra.send("دوازده هزار");
    expect(zahra.texts().at(-2)).toContain("۰ تا ۹۹۹");
    await zahra.send("۱۲");
    expect(zahra.lastText()).toContain("شغل تازه: ۲ نفر");
    expect(zahra.lastText()).toContain("شغل حفظ‌شده: ۱۲ نفر");
    await pressLabel(zahra, "✏️ از نو");
    await pressLabel(zahra, "بله");
    await pressLabel(zahra, "2");
    await pressLabel(zahra, "1");
    await pressLabel(zahra, "✅ فرستاده شود");
    expect(zahra.lastText()).toContain("پاسخ شما ثبت شد");
    // Pressed again: answered once.
    await zahra.press(`jobs:${loanId}:3`);
    await pressLabel(zahra, "نه");
    await pressLabel(zahra, "0");
    await pressLabel(zahra, "0");
    await pressLabel(zahra, "✅ فرستاده شود");
    expect(zahra.lastText()).toContain("پیش‌تر پاسخ داده شده");

    await deliverOutbox(world.t, world.database);
    expect(maryam.lastText()).toContain("شغل تازه: ۲ · حفظ‌شده: ۱ · کارفرما");
    await pressLabel(maryam, "✏️ اصلاح");
    await pressLabel(maryam, "بله");
    await pressLabel(maryam, "1");
    await pressLabel(maryam, "1");
    await pressLabel(maryam, "✅ فرستاده شود");
    expect(maryam.lastText()).toContain("اصلاح و تأیید شد");
    const report = await world.database.prisma.jobsReport.findFirstOrThrow();
    expect(report).toMatchObject({ selfWorks: true, newJobs: 1, keptJobs: 1, corrected: true });
    expect(await world.database.prisma.auditLog.count({ where: { action: "jobs.correct" } })).toBe(1);
    await maryam.press(`case:open:${loanId}`);
    expect(maryam.lastText()).toContain("👷 ۳ ماه پس از پرداخت: متقاضی کار می‌کند · تازه ۱ · حفظ‌شده ۱ (اصلاح‌شده)");
  });

  it.skipIf(skip)("a coordinator verifies a report as it is with one tap; a second tap is told it is done", async () => {
    await pressLabel(zahra, "📝 پاسخ می‌دهم");
    await pressLabel(zahra, "بله");
    await pressLabel(zahra, "0");
    await pressLabel(zahra, "0");
    await pressLabel(zahra, "✅ فرستاده شود");
    await deliverOutbox(world.t, world.database);
    expect(maryam.lastText()).toContain("خوداشتغال");
    const verify = buttons(maryam.lastMarkup()).find((b) => plain(b.text) === "✅ تأیید گزارش")!.data;
    await maryam.press(verify);
    await maryam.press(verify);
    const answers = world.t.api.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => plain(c.payload.text));
    expect(answers.slice(-2)).toEqual(["گزارش اشتغال تأیید شد ✅", "این گزارش پیش‌تر تأیید شده است."]);
    expect(await world.database.prisma.auditLog.count({ where: { action: "jobs.verify" } })).toBe(1);
  });
});
