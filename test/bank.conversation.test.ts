import { beforeEach, describe, expect, it } from "vitest";
import { DAY_MS } from "../src/domain/local-time.ts";
import { formatTrackingCode } from "../src/domain/tracking-code.ts";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox, type TestChat } from "./support/bot.ts";
import { PROVIDERS } from "./support/db.ts";
import { useTestBot } from "./support/conversation.ts";
import { approvedLoan, coordinatorOf, MARYAM, ZAHRA } from "./support/fixtures.ts";
import { pressLabel } from "./support/registration.ts";

/** Monday 23 November 2026 (2 Azar 1405), 10:00 in Tehran; the application was filed three days before. */
const START = new Date("2026-11-23T06:30:00Z");

describe.each(PROVIDERS)("the bank pipeline in the bot on $provider", ({ provider, skip }) => {
  let now: Date;
  const world = useTestBot(provider, skip, undefined, "telegram", { now: () => now });
  const zahra = world.chatOf(ZAHRA);
  const maryam = world.chatOf(MARYAM);
  let loanId: number;
  let code: string;

  beforeEach(async () => {
    if (skip) return;
    now = new Date(START.getTime() - 3 * DAY_MS);
    const db = world.database.prisma;
    ({ loanId } = await approvedLoan(world.deps(), await coordinatorOf(db)));
    code = formatTrackingCode((await db.application.findUniqueOrThrow({ where: { id: loanId } })).trackingCode);
    now = START;
    await deliverOutbox(world.t, world.database);
  });

  const labels = (chat: TestChat) => buttons(chat.lastMarkup()).map((b) => plain(b.text));

  it.skipIf(skip)("introduces to a bank, records the bank's yes and the payment in tomans; the applicant hears each step", async () => {
    await maryam.press(`case:open:${loanId}`);
    expect(labels(maryam)).toContain("🏦 معرفی به بانک");
    await pressLabel(maryam, "🏦 معرفی به بانک");
    expect(maryam.lastText()).toContain(`پروندهٔ ${code} به کدام بانک معرفی شد؟`);
    await maryam.send("بانک کشاورزی"); // typed where buttons are expected
    expect(maryam.texts().at(-2)).toContain("دکمه");
    await pressLabel(maryam, "بانک کشاورزی");
    await maryam.send("ش");
    expect(maryam.texts().at(-2)).toContain("دست‌کم دو نویسه");
    await maryam.send("شعبهٔ مرکزی شیراز");
    expect(maryam.lastText()).toContain("تاریخ معرفی به بانک؟");
    await maryam.send("۱۴۹۹/۰۱/۰۱");
    expect(maryam.texts().at(-2)).toContain("هنوز نرسیده");
    await maryam.send("1405/13/01");
    expect(maryam.texts().at(-2)).toContain("۱۴۰۵/۰۹/۱۱");
    await pressLabel(maryam, "امروز");
    expect(maryam.lastText()).toContain("بانک: بانک کشاورزی");
    expect(maryam.lastText()).toContain("شعبه: شعبهٔ مرکزی شیراز");
    await pressLabel(maryam, "✅ ثبت شود");
    expect(maryam.lastText()).toContain("وضعیت: معرفی به بانک");
    await deliverOutbox(world.t, world.database);
    expect(zahra.lastText()).toContain(`درخواست وام ${code} به بانک کشاورزی، شعبهٔ مرکزی شیراز معرفی شد`);

    await maryam.press(`case:open:${loanId}`);
    expect(maryam.lastText()).toContain("🏦 بانک کشاورزی · شعبه: شعبهٔ مرکزی شیراز");
    expect(labels(maryam)).toEqual(expect.arrayContaining(["🏦✅ موافقت بانک", "↩️ برگشت از بانک", "💵 پرداخت شد"]));
    await pressLabel(maryam, "🏦✅ موافقت بانک");
    await pressLabel(maryam, "بله، قطعی است: 🏦✅ موافقت بانک");
    await deliverOutbox(world.t, world.database);
    expect(zahra.lastText()).toContain("بانک با وام درخواست");

    now = new Date(START.getTime() + 6 * DAY_MS); // 8 Azar
    await maryam.press(`case:open:${loanId}`);
    await pressLabel(maryam, "💵 پرداخت شد");
    expect(maryam.lastText()).toContain("مبلغ درخواستی: ۳۰۰٬۰۰۰٬۰۰۰ ریال");
    await maryam.send("۲۸ میلیون تومان");
    expect(maryam.texts().at(-2)).toContain("۲۸۰٬۰۰۰٬۰۰۰ ریال");
    await maryam.send("۱۴۰۵/۰۹/۰۶");
    await pressLabel(maryam, "✏️ از نو");
    await maryam.send("28000000");
    await maryam.send("1405/09/06");
    expect(maryam.lastText()).toContain("مبلغ: ۲۸۰٬۰۰۰٬۰۰۰ ریال");
    await pressLabel(maryam, "✅ ثبت شود");
    expect(maryam.lastText()).toContain("وضعیت: پرداخت شد");
    await deliverOutbox(world.t, world.database);
    expect(zahra.lastText()).toContain(`وام درخواست ${code} پرداخت شد`);
    const referral = await world.database.prisma.bankReferral.findFirstOrThrow({ where: { applicationId: loanId } });
    expect(referral).toMatchObject({ bank: "keshavarzi", branch: "شعبهٔ مرکزی شیراز", decision: "approved", paidAmountRials: 280_000_000n });
    await maryam.press(`case:open:${loanId}`);
    expect(maryam.lastText()).toContain("(۴ روز پس از معرفی)");
    // The applicant's own view of the application shows the bank's step too.
    await zahra.press(`app:${code.replace("-", "")}`);
    expect(zahra.lastText()).toContain("💵 پرداخت‌شده: ۲۸۰٬۰۰۰٬۰۰۰ ریال");
  });

  it.skipIf(skip)("a payment dated before the introduction is refused when recorded, and nothing changes", async () => {
    await maryam.press(`case:open:${loanId}`);
    await pressLabel(maryam, "🏦 معرفی به بانک");
    await pressLabel(maryam, "پست بانک");
    await maryam.send("۲۱۴۵");
    await pressLabel(maryam, "امروز");
    await pressLabel(maryam, "✅ ثبت شود");
    await maryam.press(`case:open:${loanId}`);
    await pressLabel(maryam, "💵 پرداخت شد");
    await maryam.send("۳۰ میلیون");
    await maryam.send("۱۴۰۵/۰۹/۰۱");
    await pressLabel(maryam, "✅ ثبت شود");
    expect(maryam.lastText()).toContain("پیش از معرفی به بانک");
    expect((await world.database.prisma.application.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("referred_to_bank");
  });

  it.skipIf(skip)("a return names a reason from the list and a note the applicant reads in her language", async () => {
    await zahra.send("/language");
    await zahra.press("lang:en");
    await maryam.press(`case:open:${loanId}`);
    await pressLabel(maryam, "🏦 معرفی به بانک");
    await pressLabel(maryam, "بانک ملی");
    await maryam.send("شعبهٔ جهرم");
    await pressLabel(maryam, "دیروز");
    expect(maryam.lastText()).toContain("تاریخ: ۱ آذر ۱۴۰۵");
    await pressLabel(maryam, "✅ ثبت شود");
    await maryam.press(`case:open:${loanId}`);
    await pressLabel(maryam, "↩️ برگشت از بانک");
    await pressLabel(maryam, "سابقهٔ چک برگشتی یا بدهی معوق");
    await maryam.send("پس از تسویهٔ چک دوباره معرفی می‌شود");
    expect(maryam.lastText()).toContain("دلیل: سابقهٔ چک برگشتی یا بدهی معوق");
    await pressLabel(maryam, "✅ ثبت شود");
    expect(maryam.lastText()).toContain("وضعیت: برگشت از بانک");
    await deliverOutbox(world.t, world.database);
    expect(zahra.lastText()).toContain("The bank returned application");
    expect(zahra.lastText()).toContain("Reason: Bounced cheques or overdue debt");
    expect(zahra.lastText()).toContain("Coordinator's note: پس از تسویهٔ چک دوباره معرفی می‌شود");
    // A returned plan may be introduced again, to another bank.
    await maryam.press(`case:open:${loanId}`);
    expect(labels(maryam)).toContain("🏦 معرفی به بانک");
    expect(maryam.lastText()).toContain("↩️ برگشت: سابقهٔ چک برگشتی یا بدهی معوق");
  });

  it.skipIf(skip)("a stale bank button, or one for a move no longer open, never starts the conversation", async () => {
    await maryam.press(`case:refer:${loanId}:0`);
    const answer = world.t.api.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.payload;
    expect(plain(answer?.text)).toContain("وضعیت فعلی: تأیید شده");
    await maryam.press(`case:pay:${loanId}:1`);
    expect(plain(world.t.api.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.payload?.text)).toContain("پیش‌تر تغییر کرده");
    expect(maryam.texts().filter((text) => text.includes("به کدام بانک"))).toEqual([]);
  });
});
