import { beforeEach, describe, expect, it } from "vitest";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { DEFAULT_REMINDERS } from "../src/domain/reminders/settings.ts";
import { remindersTick } from "../src/domain/reminders/tick.ts";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import pino from "pino";
import { createOutboxSender } from "../src/delivery/sender.ts";
import { createTranslate } from "../src/i18n/translator.ts";
import { createTestBot, deliverOutbox, TEST_DATA_KEY, TestChat, type TestBot } from "./support/bot.ts";
import { createFund } from "../src/domain/funds/funds.ts";
import { useTestBot } from "./support/conversation.ts";
import { coordinatorOf, facilitatorOf } from "./support/fixtures.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";
import { pressLabel } from "./support/registration.ts";
import { readWorkbook, records } from "./support/xlsx.ts";

const SARA = { id: 3003, first_name: "Sara" }; // facilitator of Qalat
const people = { zahra: { id: 1001, first_name: "Zahra" }, reza: { id: 1002, first_name: "Reza" }, mina: { id: 1003, first_name: "Mina" } };

describe.each(PROVIDERS)("a community fund through the bot on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip);
  let database: TestDatabase;
  let t: TestBot;
  let sara: TestChat;
  const deps = (now = new Date()) => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });

  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    sara = new TestChat(t, SARA);
    await facilitatorOf(deps(), await coordinatorOf(database.prisma), ["Qalat"], SARA.id);
  });

  it.skipIf(skip)("from the fund's creation to a loan repaid, with its reminder and a correction", async () => {
    await sara.send("🏦 صندوق‌ها");
    expect(sara.lastText()).toContain("هنوز صندوقی در روستاهای شما ثبت نشده است");
    await pressLabel(sara, "➕ صندوق تازه");
    await pressLabel(sara, "قلات");
    await sara.send("صندوق زنان قلات");
    const link = /start=(fund_[\w-]+)/.exec(sara.lastText())![1]!;
    const chats = Object.fromEntries(Object.entries(people).map(([name, user]) => [name, new TestChat(t, user)]));
    for (const chat of Object.values(chats)) {
      await chat.send(`/start ${link}`);
      expect(chat.lastText()).toContain("به صندوق «صندوق زنان قلات» خوش آمدید");
    }

    await sara.send("/funds");
    await pressLabel(sara, "🏦 صندوق زنان قلات");
    expect(sara.lastText()).toContain("اعضا: ۳ · امنا: ۰");
    expect(sara.lastText()).toContain("قاعدهٔ معمول سه نفر است");
    await pressLabel(sara, "👥 امنا");
    await pressLabel(sara, "⬜ Mina");
    expect(buttons(sara.lastMarkup()).map((b) => plain(b.text))).toContain("✅ Mina");

    await sara.send("/funds");
    await pressLabel(sara, "🏦 صندوق زنان قلات");
    await pressLabel(sara, "➕ پس‌انداز");
    await pressLabel(sara, "Zahra");
    await sara.send("۲ میلیون");
    expect(sara.lastText()).toContain("پس‌انداز ثبت شد");
    expect(sara.lastText()).toContain("موجودی: ۲۰٬۰۰۰٬۰۰۰ ریال (۲٬۰۰۰٬۰۰۰ تومان)");

    await pressLabel(sara, "💸 وام");
    // Trustees may not borrow: Mina is not offered.
    expect(buttons(sara.lastMarkup()).map((b) => plain(b.text))).toEqual(["Zahra", "Reza"]);
    await pressLabel(sara, "Reza");
    await sara.send("۱ میلیون");
    await sara.send("۲");
    await sara.send("خرید دو کندو");
    expect(sara.lastText()).toContain("وام با اقساطش ثبت شد");
    expect(sara.lastText()).toContain("وام‌های پرداخت‌شده: ۱۰٬۰۰۰٬۰۰۰ ریال (۱٬۰۰۰٬۰۰۰ تومان) در ۱ وام");

    await chats.reza!.send("/funds");
    expect(chats.reza!.lastText()).toContain("مانده ۱۰٬۰۰۰٬۰۰۰ ریال (۱٬۰۰۰٬۰۰۰ تومان). قسط بعدی: ۵٬۰۰۰٬۰۰۰ ریال (۵۰۰٬۰۰۰ تومان)");

    // Three days before the first installment, Reza is reminded.
    const inAMonth = new Date(Date.now() + 29 * 86_400_000);
    expect(await remindersTick(deps(inAMonth), DEFAULT_REMINDERS)).toBe(1);
    expect(await remindersTick(deps(inAMonth), DEFAULT_REMINDERS)).toBe(0);
    await createOutboxSender({
      db: database.prisma,
      api: t.bot.api,
      translate: createTranslate(),
      clock: { now: () => inAMonth },
      logger: pino({ level: "silent" }),
      timeZone: "Asia/Tehran",
      ratePerSecond: 1000,
    }).drain();
    expect(chats.reza!.lastText()).toContain("یادآوری: قسط ۵٬۰۰۰٬۰۰۰ ریال (۵۰۰٬۰۰۰ تومان) وام شما از «صندوق زنان قلات»");

    for (let i = 0; i < 2; i++) {
      await pressLabel(sara, "↩️ بازپرداخت");
      await pressLabel(sara, i === 0 ? "Reza — ۱۰٬۰۰۰٬۰۰۰ ریال (۱٬۰۰۰٬۰۰۰ تومان)" : "Reza — ۵٬۰۰۰٬۰۰۰ ریال (۵۰۰٬۰۰۰ تومان)");
      await sara.send("۵۰۰ هزار");
      expect(sara.lastText()).toContain("بازپرداخت ثبت شد");
    }
    expect(sara.lastText()).toContain("وام‌های پرداخت‌شده: ۰ ریال (۰ تومان) در ۰ وام");
    await chats.reza!.send("/funds");
    expect(chats.reza!.lastText()).toContain("کامل بازپرداخت شد");

    // A contribution typed wrong is corrected by a reversal beside it.
    await pressLabel(sara, "➕ پس‌انداز");
    await pressLabel(sara, "Mina");
    await sara.send("۳ میلیون");
    await pressLabel(sara, "✏️ اصلاح یک ثبت");
    await sara.press(buttons(sara.lastMarkup())[0]!.data);
    expect(sara.lastText()).toContain("ثبت با یک اصلاح بی‌اثر شد");
    expect(sara.lastText()).toContain("موجودی: ۲۰٬۰۰۰٬۰۰۰ ریال (۲٬۰۰۰٬۰۰۰ تومان)");
    expect(await database.prisma.fundEntry.count()).toBe(6);

    // The statement as a spreadsheet: its figures, the members with their savings, the loans; right to left, numbers as numbers.
    await pressLabel(sara, "📥 صورت‌حساب در صفحه‌گسترده");
    const upload = t.api.calls.findLast((c) => c.method === "sendDocument")!;
    const file = upload.payload.document as { filename: string; content: Buffer };
    expect(file.filename).toMatch(/^karyar-fund-\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(plain(String(upload.payload.caption))).toContain("صورت‌حساب «صندوق زنان قلات» در صفحه‌گسترده");
    const sheets = await readWorkbook(file.content);
    expect(sheets.map((x) => [x.name, x.rtl])).toEqual([
      ["صورت‌حساب صندوق", true],
      ["اعضا", true],
      ["وام‌ها", true],
    ]);
    expect(Object.fromEntries(sheets[0]!.rows.slice(1))).toMatchObject({
      صندوق: "صندوق زنان قلات",
      "موجودی (ریال)": 20_000_000,
      "پس‌انداز (ریال)": 20_000_000,
      "وام‌های در دست اعضا (ریال)": 0,
      "اعضا (نفر)": 3,
      "امنا (نفر)": 1,
    });
    expect(records(sheets[1]!).map((m) => [m["عضو"], m["نقش"], m["پس‌انداز (ریال)"]])).toEqual([
      ["Zahra", "عضو", 20_000_000],
      ["Reza", "عضو", 0],
      ["Mina", "امین", 0],
    ]);
    expect(records(sheets[2]!)).toMatchObject([{ عضو: "Reza", "مبلغ وام (ریال)": 10_000_000, "بازپرداخت‌شده (ریال)": 10_000_000, "مانده (ریال)": 0 }]);

    // A member cannot keep the book.
    await chats.zahra!.press(buttons(t.api.currentMessages(SARA.id).findLast((m) => buttons(m.reply_markup).length > 1)!.reply_markup)[0]!.data);
    expect(t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: "نگهداری یا دیدن این صندوق با شما نیست." } });
  });

  it.skipIf(skip)("members see the progress toward a cooperative; a coordinator records the conversion once it is ready", async () => {
    const thresholds = { cooperative: { minMembers: 2, minMonthsActive: 0, minCapitalRials: 0n, minOnTimePercent: 0 }, union: { minCooperatives: 2 } };
    const bot = createTestBot(database, undefined, {}, { fundThresholds: thresholds });
    const qalat = await database.prisma.village.findFirstOrThrow({ where: { nameEn: "Qalat" } });
    const saraId = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: String(SARA.id) } })).id;
    const { fundId, joinToken } = await createFund(deps(), saraId, { villageId: qalat.id, name: "صندوق زنان قلات" });
    const zahra = new TestChat(bot, people.zahra);
    await zahra.send(`/start fund_${joinToken}`);
    await zahra.send("/funds");
    await pressLabel(zahra, "🏦 صندوق زنان قلات");
    expect(zahra.lastText()).toContain("در راه تعاونی شدن:");
    expect(zahra.lastText()).toContain("⏳ ۱ از ۲ عضو");
    const statementOnly = ["📥 صورت‌حساب در صفحه‌گسترده"];
    expect(buttons(zahra.lastMarkup()).map((b) => plain(b.text))).toEqual(statementOnly);

    const maryam = new TestChat(bot, { id: 5005, first_name: "Maryam" });
    await maryam.send("/funds");
    await pressLabel(maryam, "🏦 صندوق زنان قلات");
    expect(buttons(maryam.lastMarkup()).map((b) => plain(b.text))).toEqual(statementOnly); // not ready: nothing to record
    await new TestChat(bot, people.reza).send(`/start fund_${joinToken}`);
    await maryam.send("/funds");
    await pressLabel(maryam, "🏦 صندوق زنان قلات");
    expect(maryam.lastText()).toContain("✅ آمادهٔ تعاونی شدن");
    await pressLabel(maryam, "🏛 ثبت تبدیل به تعاونی");
    await pressLabel(maryam, "بله، تبدیل را ثبت کن");
    expect(maryam.lastText()).toContain("تبدیل ثبت شد");
    expect(maryam.lastText()).toContain("🏦 صندوق زنان قلات — تعاونی");
    expect(maryam.lastText()).toMatch(/🏛 در .+ تعاونی شد/);
    await deliverOutbox(bot, database);
    expect(zahra.lastText()).toContain("صندوق «صندوق زنان قلات» اکنون تعاونی است");
    expect((await database.prisma.fund.findUniqueOrThrow({ where: { id: fundId } })).stage).toBe("cooperative");

    // A second cooperative in the county: with two, they can form a union.
    const second = await createFund(deps(), saraId, { villageId: qalat.id, name: "صندوق مردان قلات" });
    await database.prisma.fund.update({ where: { id: second.fundId }, data: { stage: "cooperative" } });
    await maryam.send("/funds");
    expect(maryam.lastText()).toContain("🏛 شیراز: ۲ از ۲ تعاونی بیرون از اتحادیه");
    await pressLabel(maryam, "🏛 تشکیل اتحادیهٔ تعاونی‌های شیراز");
    await pressLabel(maryam, "بله، اتحادیه را ثبت کن");
    expect(maryam.lastText()).toContain("اتحادیهٔ «اتحادیهٔ تعاونی‌های شیراز» ثبت شد");
    await deliverOutbox(bot, database);
    expect(zahra.lastText()).toContain("تعاونی شما به اتحادیهٔ «اتحادیهٔ تعاونی‌های شیراز» پیوست");
    await zahra.send("/funds");
    await pressLabel(zahra, "🏦 صندوق زنان قلات");
    expect(zahra.lastText()).toContain("عضو اتحادیهٔ «اتحادیهٔ تعاونی‌های شیراز»");

    // The funds' statements in the spreadsheet export, beside the applications.
    await maryam.send("/export");
    const file = bot.api.calls.filter((c) => c.method === "sendDocument").at(-1)!.payload.document as { filename: string; content: Buffer };
    expect(file.filename).toMatch(/^karyar-funds-/);
    const csv = file.content.toString("utf8");
    expect(csv).toContain("صندوق,شهرستان,روستا یا شهر,مرحله,اعضا,امنا,موجودی (ریال)");
    expect(csv).toContain("صندوق زنان قلات,شیراز,قلات,تعاونی,2,0,0,0,0,0,");
  });
});
