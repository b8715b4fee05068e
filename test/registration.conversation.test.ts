import { beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { enqueue } from "../src/domain/outbox.ts";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { asTyped, createTestBot, deliverOutbox, TestChat, type TestBot } from "./support/bot.ts";
import { expectReask as expectReaskOf, useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { answerIndex, fillRegistration, pressLabel, registrationAnswers } from "./support/registration.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };

const ASK_NAME = "نام و نام خانوادگی خود را بنویسید";
const ASK_NID = "کد ملی ده‌رقمی";
const ASK_BIRTH = "تاریخ تولدتان";
const ASK_PHONE = "شمارهٔ تلفن همراه خود را";
const ASK_COUNTY = "شهرستان محل کسب‌وکار";
const ASK_VILLAGE = "نام روستا یا شهر را بنویسید:";
const ASK_VILLAGE_LIST = "روستا یا شهر را از فهرست انتخاب کنید";
const ASK_CATEGORY = "زمینهٔ فعالیت";
const ASK_JOBS = "چند نفر";
const ASK_CAPITAL = "سرمایهٔ لازم چقدر";

describe.each(WORLDS)("registration conversation on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, ZAHRA, platform);
  let database: TestDatabase;
  let t: TestBot;
  let chat: TestChat;
  beforeEach(() => void ({ database, t, chat } = world));
  const expectReask = (step: Promise<unknown>, explanation: string, question: string) => expectReaskOf(chat, step, explanation, question);

  it.skipIf(skip)("walks the happy path to a tracking code, and the application is listed", async () => {
    await chat.send("/start");
    expect(chat.lastText()).toContain("به «کاریار» خوش آمدید");
    await chat.send("📝 ثبت کسب‌وکار خانگی");
    expect(chat.lastText()).toContain(ASK_NAME);
    await fillRegistration(chat);
    const summary = chat.lastText();
    for (const value of [
      "زهرا احمدی",
      "0499370899",
      "۱ فروردین ۱۳۶۹",
      "0912 345 6789",
      "شیراز",
      "کوشک",
      "زنبورداری",
      "عسل کوهپایه",
      "منزل",
      "۳ نفر",
      "۵۰۰٬۰۰۰٬۰۰۰ تومان",
    ]) {
      expect(summary).toContain(value);
    }
    await chat.press("reg:submit");
    const code = /کد رهگیری: (\d{4}-\d{4})/.exec(chat.lastText())?.[1];
    expect(code).toBeDefined();
    expect(
      chat
        .lastMarkup()
        .keyboard.flat()
        .map((b: any) => b.text),
    ).toContain("📂 درخواست‌های من");

    const app = await database.prisma.application.findFirstOrThrow({ include: { business: true } });
    expect(app.trackingCode).toBe(code!.replace("-", ""));
    expect(app.business).toMatchObject({ village: "کوشک", plannedJobs: 3, capitalRials: 5_000_000_000n });

    await chat.send("📂 درخواست‌های من");
    expect(chat.lastText()).toContain(code);
    expect(chat.lastText()).toContain("ثبت شده، در انتظار بررسی");
    expect(chat.lastText()).toMatch(/۱۴۰[۰-۹]/); // a Jalali year in Persian digits
    await chat.press(buttons(chat.lastMarkup())[0]!.data);
    expect(chat.lastText()).toContain("سابقه:");
    expect(chat.lastText()).toContain("شیراز، کوشک");
  });

  it.skipIf(skip)("looks an application up by tracking code, only among the user's own", async () => {
    await fillRegistration(chat);
    await chat.press("reg:submit");
    const code = /کد رهگیری: (\d{4}-\d{4})/.exec(chat.lastText())![1]!;
    const persianCode = code.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

    await chat.send("🔎 پیگیری با کد رهگیری");
    expect(chat.lastText()).toContain("کد رهگیری هشت‌رقمی");
    await expectReask(chat.send("12"), "کد رهگیری هشت رقم دارد", "کد رهگیری هشت‌رقمی");
    await chat.send(persianCode);
    expect(chat.lastText()).toContain(`کد رهگیری: ${code}`);

    // Sent on its own, outside any flow, a code is looked up too.
    await chat.send(code);
    expect(chat.lastText()).toContain("سابقه:");

    const ali = new TestChat(t, { id: 2002, first_name: "Ali" });
    await ali.send(code);
    expect(ali.lastText()).toContain("پیدا نشد");
    await ali.press(`app:${code.replace("-", "")}`);
    expect(ali.lastText()).toContain("پیدا نشد");
  });

  it.skipIf(skip)("explains every wrong answer and asks the same question again", async () => {
    await chat.send("/register");
    await expectReask(chat.send("Zahra 123"), "فقط باید حروف", ASK_NAME);
    await expectReask(chat.send("زهرا"), "کامل بنویسید", ASK_NAME);
    await expectReask(chat.send("ز".repeat(10_000)), "بیش از حد طولانی", ASK_NAME);
    await expectReask(chat.send("😀😀 😀😀"), "فقط باید حروف", ASK_NAME);
    await expectReask(chat.sticker(), "به صورت متن", ASK_NAME);
    await expectReask(chat.photo(), "به صورت متن", ASK_NAME);
    await chat.send("\u200bزهرا\u200f   احمدي\u2066");
    expect(chat.lastText()).toContain(ASK_NID);

    await expectReask(chat.send("0499370898"), "این کد ملی درست نیست", ASK_NID);
    await expectReask(chat.send("۱۲۳"), "این کد ملی درست نیست", ASK_NID);
    await chat.send("٠٤٩٩٣٧٠٨٩٩");
    expect(chat.lastText()).toContain(ASK_BIRTH);

    await expectReask(chat.send("سی و پنج سالمه"), "به شکل ۱۳۷۰/۰۵/۲۱", ASK_BIRTH);
    await expectReask(chat.send("۱۳۶۹/۱۳/۰۱"), "به شکل ۱۳۷۰/۰۵/۲۱", ASK_BIRTH);
    await expectReask(chat.send("1369/12/30"), "به شکل ۱۳۷۰/۰۵/۲۱", ASK_BIRTH); // 1369 is not a leap year
    await expectReask(chat.send("۱۴۵۰/۰۱/۰۱"), "هنوز نرسیده", ASK_BIRTH);
    await expectReask(chat.send("۱۴۰۰/۰۱/۰۱"), "از ۱۵ سالگی", ASK_BIRTH);
    await expectReask(chat.send("۱۲۵۰/۰۱/۰۱"), "درست به نظر نمی‌رسد", ASK_BIRTH);
    await expectReask(chat.photo(), "به شکل ۱۳۷۰/۰۵/۲۱", ASK_BIRTH);
    await chat.send("‏١٣٦٩-١-١");
    expect(chat.lastText()).toContain(ASK_PHONE);

    await expectReask(chat.contact("+989351112233", 777), "شمارهٔ خودتان", ASK_PHONE);
    await expectReask(chat.contact("+14155550100"), "شمارهٔ همراه درست نیست", ASK_PHONE);
    await expectReask(chat.send("021 4444 5555"), "تلفن ثابت است، نه همراه", ASK_PHONE);
    await chat.send("۰۹۱۲-۳۴۵-۶۷۸۹");
    expect(chat.texts().at(-2)).toContain("0912 345 6789 ✅");
    expect(chat.lastText()).toContain(ASK_COUNTY);

    await expectReask(chat.send("آتلانتیس"), "این شهرستان را پیدا نکردم", ASK_COUNTY);
    const before = t.api.calls.length;
    await chat.press("reg:county:99999");
    expect(t.api.calls.slice(before)).toMatchObject([{ method: "answerCallbackQuery", payload: { text: "این دکمه دیگر فعال نیست." } }]);
    await chat.press("reg:cat:food"); // a button of a later step
    await chat.press("totally:forged");
    await chat.press("reg:page:1");
    expect(t.api.calls.at(-2)).toMatchObject({ method: "editMessageText" });
    expect(chat.lastText()).toContain("صفحهٔ ۲ از ۴");
    await chat.send("جهرم"); // typing a county's name works too
    expect(chat.lastText()).toContain(ASK_VILLAGE);

    await expectReask(chat.send("۱"), "دست‌کم دو حرف", ASK_VILLAGE);
    await chat.send("قطب‌آباد");
    await expectReask(chat.send("زنبورداری"), "یکی از دکمه‌ها", ASK_CATEGORY);
    await pressLabel(chat, "زنبورداری");
    await chat.send("عسل قطب‌آباد");
    await chat.send("تولید عسل طبیعی و فروش در بازار محلی");
    await pressLabel(chat, "منزل");

    await expectReask(chat.send("چند نفر"), "فقط یک عدد", ASK_JOBS);
    await expectReask(chat.send("0"), "بین ۱ و ۲۰۰", ASK_JOBS);
    await chat.send("۲");
    // Far below any capital: not taken, the likely amount offered first.
    await chat.send("۱۰۰");
    expect(chat.lastText()).toContain("دور از مبلغ‌های معمول");
    expect(buttons(chat.lastMarkup()).map((b) => plain(b.text))).toEqual(["۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال (۱۰۰٬۰۰۰٬۰۰۰ تومان)", "✏️ دوباره می‌نویسم"]);
    await pressLabel(chat, "✏️ دوباره می‌نویسم");
    expect(chat.lastText()).toContain(ASK_CAPITAL);
    await expectReask(chat.send("۱٫۵"), "عددی درست به تومان", ASK_CAPITAL);
    await expectReask(chat.send("۵۰ هزار دلار"), "به تومان (یا ریال)", ASK_CAPITAL);
    await chat.send("۱۲۰٬۰۰۰٬۰۰۰");
    // Taken, and confirmed in both units.
    expect(chat.texts().at(-2)).toContain("✅ ۱٬۲۰۰٬۰۰۰٬۰۰۰ ریال (۱۲۰٬۰۰۰٬۰۰۰ تومان)");
    const summary = chat.lastText();
    expect(summary).toContain("زهرا احمدی");
    expect(summary).toContain("جهرم");
    expect(summary).toContain("۱۲۰٬۰۰۰٬۰۰۰ تومان");

    await chat.press("reg:submit");
    const user = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } });
    expect(user.fullName).toBe("زهرا احمدی");
    expect(user.nationalId).toBe("0499370899");
    expect(user.phone).toBe("+989123456789");
  });

  it.skipIf(skip)("answers /start, /help and /language beside a registration without losing the step", async () => {
    await chat.send("/register");
    await chat.send("زهرا احمدی");
    for (const command of ["/start", "/help"]) {
      await chat.send(command);
      expect(chat.lastText()).toContain("هنوز در میانهٔ «ثبت کسب‌وکار»");
    }
    await chat.send("/language");
    expect(chat.lastText()).toContain("Choose your language");
    await chat.send("0499370899");
    expect(chat.lastText()).toContain(ASK_BIRTH);
  });

  it.skipIf(skip)("a menu tap or another command leaves the registration, keeping its answers for later", async () => {
    await chat.send("/register");
    await chat.send("زهرا احمدی");
    await chat.send("📂 درخواست‌های من");
    expect(chat.texts().at(-2)).toContain("نیمه‌کاره ماند");
    expect(chat.lastText()).not.toContain("زهرا احمدی");
    await chat.send("/unknowncommand");
    expect(chat.lastText()).not.toContain("در میانهٔ");
    // Coming back takes it up at the open question, the name kept.
    await chat.send("📝 ثبت کسب‌وکار خانگی");
    expect(chat.lastText()).toContain("کد ملی");
    await chat.send("0499370899");
    expect(chat.lastText()).toContain(ASK_BIRTH);
  });

  it.skipIf(skip)("changes a single answer from the summary", async () => {
    await fillRegistration(chat);
    await pressLabel(chat, "✏️ روستا یا شهر");
    expect(chat.lastText()).toContain(ASK_VILLAGE_LIST);
    await expectReask(chat.send("ق".repeat(61)), "حداکثر ۶۰ نویسه", ASK_VILLAGE_LIST);
    await pressLabel(chat, "گویم");
    expect(chat.lastText()).toContain("روستا یا شهر: گویم");
    // Another county has other villages: its village is asked again.
    await pressLabel(chat, "✏️ شهرستان");
    await chat.press("reg:page:3");
    await pressLabel(chat, "نی‌ریز");
    expect(chat.lastText()).toContain(ASK_VILLAGE);
    await chat.send("دهبید");
    expect(chat.lastText()).toContain("شهرستان: نی‌ریز");
    await chat.press("reg:submit");
    const business = await database.prisma.business.findFirstOrThrow({ include: { region: true } });
    expect(business.village).toBe("دهبید");
    expect(business.region.code).toBe("fars-neyriz");
  });

  it.skipIf(skip)("keeps the date of birth on the profile, sealed; a second registration shows it without asking, and it can be changed there", async () => {
    await fillRegistration(chat);
    expect(chat.texts().find((text) => text.includes("پرسش کوتاه"))).toContain("به ۱۲ پرسش کوتاه");
    await chat.press("reg:submit");
    const [raw] = await database.prisma.$queryRawUnsafe<{ birthDate: string }[]>(`SELECT "birthDate" FROM "User" WHERE "platformUserId" = '1001'`);
    expect(raw!.birthDate).toMatch(/^v1:/);
    expect(await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } })).toMatchObject({ birthDate: "1990-03-21" });

    // The second business: the date of birth is not asked again, only shown, and the intro counts one question fewer.
    await chat.send("/register");
    expect(chat.texts().at(-2)).toContain("به ۱۱ پرسش کوتاه");
    await chat.send("زهرا احمدی");
    await chat.send("0499370899");
    expect(chat.lastText()).toContain(ASK_PHONE);
    for (const answer of registrationAnswers().slice(answerIndex("phone"))) await answer(chat);
    expect(chat.lastText()).toContain("تاریخ تولد: ۱ فروردین ۱۳۶۹");
    await pressLabel(chat, "✏️ تاریخ تولد");
    expect(chat.lastText()).toContain(ASK_BIRTH);
    await chat.send("۱۳۶۹/۰۲/۰۵");
    expect(chat.lastText()).toContain("تاریخ تولد: ۵ اردیبهشت ۱۳۶۹");
    await chat.press("reg:submit");
    expect(await database.prisma.application.count()).toBe(2);
    expect(await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } })).toMatchObject({ birthDate: "1990-04-25" });
  });

  it.skipIf(skip)("/cancel leaves cleanly at any point", async () => {
    await chat.send("/cancel");
    expect(chat.lastText()).toContain("کاری در جریان نیست");
    await chat.send("/register");
    await chat.send("زهرا احمدی");
    await chat.send("/cancel");
    expect(chat.lastText()).toContain("لغو شد");
    await chat.send("0499370899"); // no longer an answer to anything
    expect(chat.lastText()).toContain("متوجه نشدم");

    await fillRegistration(chat);
    await chat.send("/cancel");
    expect(chat.lastText()).toContain("لغو شد");
    await chat.press("reg:submit");
    expect(t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: "این دکمه دیگر فعال نیست." } });

    await fillRegistration(chat);
    await pressLabel(chat, "❌ لغو");
    expect(chat.lastText()).toContain("لغو شد");
    expect(await database.prisma.application.count()).toBe(0);
  });

  it.skipIf(skip)("a second click on Submit files nothing more", async () => {
    await fillRegistration(chat);
    await chat.press("reg:submit");
    await chat.press("reg:submit");
    expect(t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: "این دکمه دیگر فعال نیست." } });
    expect(await database.prisma.application.count()).toBe(1);
  });

  it.skipIf(skip)("a half-finished registration survives a restart and continues at the same question", async () => {
    const answers = registrationAnswers();
    for (const answer of answers.slice(0, answerIndex("phone"))) await answer(chat);
    expect(chat.lastText()).toContain(ASK_PHONE);
    // A new bot on the same database: nothing of the first one's memory is left.
    const restarted = new TestChat(createTestBot(database, undefined, { platform }), ZAHRA);
    await answers[answerIndex("phone")]!(restarted);
    expect(restarted.lastText()).toContain(ASK_COUNTY);
    for (const answer of answers.slice(answerIndex("regionId"))) await answer(restarted);
    expect(restarted.lastText()).toContain("زهرا احمدی");
    await restarted.press("reg:submit");
    expect(await database.prisma.application.count()).toBe(1);
  });

  it.skipIf(skip)("marks a user who blocks the bot as stopped (on Bale, which tells nothing, at the first refused send), and active again", async () => {
    await chat.send("/start");
    const user = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } });
    const status = async () => (await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status;
    await chat.block();
    if (platform === "bale") {
      expect(await status()).toBe("active");
      const notice = { recipientId: user.id, kind: "reminder", template: "settings-saved", params: {}, notBefore: new Date() };
      await enqueue(
        database.prisma,
        [1, 2].map((n) => ({ ...notice, dedupeKey: `blocked:${n}` })),
      );
      await deliverOutbox(t, database);
      const rows = await database.prisma.outbox.findMany({ where: { recipientId: user.id } });
      expect(rows.map((r) => r.state)).toEqual(["blocked", "blocked"]);
    }
    expect(await status()).toBe("stopped");
    await chat.block(false);
    // On Bale nothing tells of the unblock either: writing again does.
    if (platform === "bale") await chat.send("/start");
    expect(await status()).toBe("active");
  });

  it.skipIf(skip)("notifies the county's coordinators, national ID masked", async () => {
    const coordinator = await assignCoordinator(database.prisma, { platform, platformUserId: "5005" }, ["fars-shiraz"]);
    await fillRegistration(chat);
    await chat.press("reg:submit");
    expect(t.outboxChanges).toBe(1);
    const rows = await database.prisma.outbox.findMany();
    expect(rows).toMatchObject([{ recipientId: coordinator.userId, template: "notify-new-case", state: "pending" }]);
    expect(chat.lastText()).toContain("درخواست شما در نوبت بررسی است");
  });

  it.skipIf(skip)("sends a case from a county with no coordinator to the admins, and tells the applicant nothing untrue", async () => {
    await assignCoordinator(database.prisma, { platform, platformUserId: "5005" }, ["fars-jahrom"]);
    await bootstrapAdmins(database.prisma, platform, ["9009"]);
    await fillRegistration(chat);
    await chat.press("reg:submit");
    const submitted = chat.lastText();
    expect(submitted).toContain("درخواست شما در نوبت بررسی است و نتیجه را همین‌جا به شما خبر می‌دهیم");
    expect(submitted).not.toContain("کارشناس");

    await deliverOutbox(t, database);
    const notice = t.api.lastMessageTo(9009);
    expect(plain(notice?.text)).toContain(`کد رهگیری: ${/کد رهگیری: (\d{4}-\d{4})/.exec(submitted)![1]}`);
    expect(buttons(notice?.reply_markup).map((b) => plain(b.text))).toContain("📂 باز کردن پرونده");
    expect(t.api.messagesTo(5005)).toEqual([]);
  });

  it.skipIf(skip)("speaks English with Gregorian dates once chosen, and remembers it", async () => {
    await chat.send("🌐 زبان / Language");
    await pressLabel(chat, "English");
    expect(chat.lastText()).toBe("English selected.");
    await chat.send("/register");
    expect(chat.lastText()).toContain("Your first and last name");
    await chat.send("Zahra Ahmadi");
    await expectReask(chat.send("123"), "not valid", "10-digit national ID");
    await chat.send("/cancel");
    await chat.send("📂 My applications");
    expect(chat.lastText()).toContain("no applications yet");

    const again = new TestChat(createTestBot(database, undefined, { platform }), ZAHRA);
    await again.send("/help");
    expect(again.lastText()).toContain("Karyar help");
  });

  it.skipIf(skip)("shows applications in English with Gregorian dates", async () => {
    await fillRegistration(chat);
    await chat.press("reg:submit");
    await chat.send("/language");
    await chat.press("lang:en");
    await chat.send("📂 My applications");
    const list = chat.lastText();
    expect(list).toContain("Home-business permit — عسل کوهپایه");
    expect(list).toContain("Submitted, waiting for review");
    expect(list).toMatch(/\b20\d\d\b/); // a Gregorian year in ASCII digits
    expect(list).not.toMatch(/[۰-۹]/);
    await chat.press(buttons(chat.lastMarkup())[0]!.data);
    expect(chat.lastText()).toContain("County: Shiraz, کوشک");
    expect(chat.lastText()).toContain("History:");
  });

  it.skipIf(skip)("answers anything unexpected politely", async () => {
    await chat.send("سلام");
    expect(chat.lastText()).toContain("متوجه نشدم");
    await chat.sticker();
    expect(chat.lastText()).toContain("متوجه نشدم");
    await chat.press("reg:county:1");
    expect(t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: "این دکمه دیگر فعال نیست." } });
    await chat.press("lang:xx");
    expect(t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery" });
    await chat.send("/help");
    expect(chat.lastText()).toContain("راهنمای کاریار");
  });

  it.skipIf(skip)("a button's notice reaches an old Bale client as a message too, in a flow and outside one", async () => {
    const old = new TestChat(t, { id: 1002, first_name: "Reza", oldClient: true });
    const stale = async (who: TestChat) => {
      const before = who.texts().length;
      await who.press("reg:county:1");
      const answer = t.api.calls.findLast((c) => c.method === "answerCallbackQuery")!;
      expect(answer.payload.text).toBe("این دکمه دیگر فعال نیست.");
      return { shown: answer.callbackAnswer!.shown, messages: who.texts().slice(before) };
    };
    await old.send("/register");
    const inFlow = await stale(old);
    await old.send("/cancel");
    const outside = await stale(old);
    const current = await stale(chat);
    if (platform === "bale") {
      expect([inFlow, outside]).toEqual([
        { shown: false, messages: ["این دکمه دیگر فعال نیست."] },
        { shown: false, messages: ["این دکمه دیگر فعال نیست."] },
      ]);
    } else
      expect([inFlow, outside]).toEqual([
        { shown: true, messages: [] },
        { shown: true, messages: [] },
      ]);
    expect(current).toEqual({ shown: true, messages: [] });
  });

  it.skipIf(skip)("takes a shared contact without user_id (Bale may leave it out) as the sender's own", async () => {
    const answers = registrationAnswers();
    for (const answer of answers.slice(0, answerIndex("phone"))) await answer(chat);
    expect(chat.lastText()).toContain(ASK_PHONE);
    await chat.contact("+989123456789", null);
    expect(chat.lastText()).toContain(ASK_COUNTY);
    for (const answer of answers.slice(answerIndex("regionId"))) await answer(chat);
    expect(chat.lastText()).toContain("0912 345 6789");
  });

  it.skipIf(skip)("shows asterisks and underscores typed into an answer as typed (on Bale, where they would be formatting)", async () => {
    const answers = registrationAnswers();
    for (const answer of answers.slice(0, answerIndex("businessName"))) await answer(chat);
    await chat.send("عسل *ممتاز* _کوهپایه_");
    for (const answer of answers.slice(answerIndex("description"))) await answer(chat);
    const summary = t.api.lastMessageTo(ZAHRA.id)!;
    expect(asTyped(plain(summary.text))).toContain("عسل *ممتاز* _کوهپایه_");
    expect(summary.rendered.entities.filter((e) => e.type === "bold" || e.type === "italic")).toEqual([]);
  });
});
