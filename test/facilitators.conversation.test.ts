import { beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox, TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";
import { answerIndex, pressLabel, registrationAnswers } from "./support/registration.ts";

const MARYAM = { id: 5005, first_name: "Maryam" }; // coordinator of Shiraz
const SARA = { id: 3003, first_name: "Sara" }; // the facilitator she invites
const ZAHRA = { id: 1001, first_name: "Zahra" }; // the person Sara registers, later on her own account

describe.each(PROVIDERS)("facilitators through the bot on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip);
  let database: TestDatabase;
  let t: TestBot;
  let maryam: TestChat;
  let sara: TestChat;
  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    maryam = new TestChat(t, MARYAM);
    sara = new TestChat(t, SARA);
    await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: String(MARYAM.id) }, ["fars-shiraz"]);
  });

  /** Maryam invites Sara for Qalat and Guyom; Sara opens the link. */
  async function inviteSara() {
    await maryam.send("/invitefacilitator");
    await pressLabel(maryam, "شیراز");
    expect(maryam.lastText()).toContain("روستاهای تسهیل‌گر در شیراز");
    await pressLabel(maryam, "⬜ قلات");
    await pressLabel(maryam, "⬜ گویم");
    await pressLabel(maryam, "➡️ ادامه");
    const link = /https:\/\/t\.me\/karyar_test_bot\?start=(inv_[\w-]+)/.exec(maryam.lastText());
    expect(link).not.toBeNull();
    await sara.send(`/start ${link![1]}`);
    expect(sara.lastText()).toContain("تسهیل‌گر این روستاها هستید: قلات و گویم");
  }

  /** Sara registers Zahra on her behalf; returns the tracking code and the take-over code. */
  async function registerZahra() {
    await sara.send("🤝 ثبت‌نام یک نفر");
    expect(sara.texts().at(-2)).toContain("ثبت‌نام یک نفر از طرف خودش");
    expect(sara.lastText()).toContain("رضایت داده");
    await pressLabel(sara, "✅ حضوری رضایت داد");
    await sara.send("زهرا احمدی");
    await sara.send("0499370899");
    expect(sara.lastText()).toContain("تاریخ تولد");
    await sara.send("۱۳۶۹/۰۱/۰۱");
    expect(sara.lastText()).toContain("شمارهٔ تلفن همراه او");
    await sara.send("09123456789");
    // Only her county, and only her villages, are offered.
    expect(buttons(sara.lastMarkup()).map((b) => plain(b.text))).toEqual(["شیراز"]);
    await pressLabel(sara, "شیراز");
    expect(buttons(sara.lastMarkup()).map((b) => plain(b.text))).toEqual(["قلات", "گویم"]);
    expect(sara.lastText()).toContain("یکی از روستاهای خودتان را از فهرست انتخاب کنید");
    expect(sara.lastText()).not.toContain("اگر در فهرست نیست");
    await sara.send("كفترك");
    expect(sara.texts().at(-2)).toContain("یکی از روستاهای خودتان");
    // Her village typed, however it is written, is matched against her list as registration matches.
    await sara.send("قلـــات\u200f");
    for (const answer of registrationAnswers().slice(answerIndex("category"))) await answer(sara);
    expect(sara.lastText()).toContain("ثبت نهایی");
    await sara.press("reg:submit");
    const text = sara.lastText();
    expect(text).toContain("درخواست زهرا احمدی ثبت شد");
    return { tracking: /کد رهگیری: (\d{4}-\d{4})/.exec(text)![1]!, takeover: /کد تحویل پرونده برای این فرد: (\d{4}-\d{4}-\d{4})/.exec(text)![1]! };
  }

  it.skipIf(skip)("a coordinator invites a facilitator, who registers a person, follows the case and hands it over with the code", async () => {
    await inviteSara();
    const { tracking, takeover } = await registerZahra();

    // Maryam is told of the new case, and its page says who filed it.
    await deliverOutbox(t, database);
    await pressLabel(maryam, "📂 باز کردن پرونده");
    expect(maryam.lastText()).toContain("ثبت‌شده به‌دست تسهیل‌گر Sara از طرف متقاضی (رضایت: ✅ حضوری رضایت داد");
    await pressLabel(maryam, "✅ تأیید");
    await pressLabel(maryam, "بله، قطعی است: ✅ تأیید");
    // The decision meant for Zahra reaches Sara, naming Zahra.
    await deliverOutbox(t, database);
    expect(sara.lastText()).toContain("دربارهٔ زهرا احمدی که شما ثبت‌نام کرده‌اید");
    expect(sara.lastText()).toContain(tracking);

    await sara.send("📂 درخواست‌های من");
    expect(sara.lastText()).toContain("👤 برای زهرا احمدی");
    expect(sara.lastText()).toContain(tracking);

    const zahra = new TestChat(t, ZAHRA);
    await zahra.send("/takeover");
    expect(zahra.lastText()).toContain("همراه کدی که تسهیل‌گر به شما داده");
    await zahra.send(`/takeover ${takeover}`);
    expect(zahra.lastText()).toContain("پرونده اکنون مال شماست");
    await zahra.send("📂 درخواست‌های من");
    expect(zahra.lastText()).toContain(tracking);
    expect(zahra.lastText()).not.toContain("👤");
    await sara.send("📂 درخواست‌های من");
    expect(sara.lastText()).not.toContain(tracking);
    // Used once.
    const reza = new TestChat(t, { id: 1002, first_name: "Reza" });
    await reza.send(`/start take_${takeover.replace(/-/g, "")}`);
    expect(reza.lastText()).toBe("این کد تحویل پیش‌تر به کار رفته است.");
  });

  it.skipIf(skip)("a submit the domain refuses (her village taken away meanwhile) shows why and the summary again, every answer kept", async () => {
    await inviteSara();
    await sara.send("🤝 ثبت‌نام یک نفر");
    await pressLabel(sara, "✅ حضوری رضایت داد");
    for (const answer of registrationAnswers({ village: "قلات" }).slice(1, answerIndex("phone"))) await answer(sara);
    await sara.send("09123456789");
    for (const answer of registrationAnswers({ village: "قلات" }).slice(answerIndex("regionId"))) await answer(sara);
    expect(sara.lastText()).toContain("ثبت نهایی");
    // Maryam takes Qalat from her before she submits.
    const qalat = await database.prisma.village.findFirstOrThrow({ where: { nameEn: "Qalat" } });
    await database.prisma.facilitatorVillage.deleteMany({ where: { villageId: qalat.id } });
    await sara.press("reg:submit");
    expect(sara.texts().at(-2)).toContain("فقط افراد روستاهای خودتان را می‌توانید ثبت‌نام کنید");
    expect(sara.lastText()).toContain("ثبت نهایی");
    expect(sara.lastText()).toContain("نام و نام خانوادگی: زهرا احمدی");
    expect(await database.prisma.application.count()).toBe(0);
    // She changes the village to one still hers, and the same answers go in.
    await pressLabel(sara, "✏️ روستا یا شهر");
    await sara.send("گویم");
    await sara.press("reg:submit");
    expect(sara.lastText()).toContain("درخواست زهرا احمدی ثبت شد");
    expect(await database.prisma.business.findFirstOrThrow()).toMatchObject({ village: "گویم", description: "تولید و بسته‌بندی عسل طبیعی در خانه" });
  });

  it.skipIf(skip)("a lost code is replaced from the case; applicants cannot register for others", async () => {
    await inviteSara();
    const { tracking, takeover } = await registerZahra();
    await sara.send(tracking);
    await pressLabel(sara, "🔑 کد تحویل تازه");
    const fresh = /کد تحویل پرونده برای این فرد: (\d{4}-\d{4}-\d{4})/.exec(sara.lastText())![1]!;
    expect(fresh).not.toBe(takeover);
    const zahra = new TestChat(t, ZAHRA);
    await zahra.send(`/takeover ${takeover}`);
    expect(zahra.lastText()).toContain("این کد تحویل درست نیست");
    await zahra.send(`/takeover ${fresh}`);
    expect(zahra.lastText()).toContain("پرونده اکنون مال شماست");

    const reza = new TestChat(t, { id: 1002, first_name: "Reza" });
    await reza.send("/registerfor");
    expect(reza.lastText()).toBe("این کار فقط از تسهیل‌گران برمی‌آید.");
    await reza.send("/invitefacilitator");
    expect(reza.lastText()).toContain("کارشناسان");
  });

  it.skipIf(skip)("the facilitator erases a person's record at their request, from the case", async () => {
    await inviteSara();
    const { tracking } = await registerZahra();
    await sara.send(tracking);
    await pressLabel(sara, "🗑 پاک کردن اطلاعات این فرد");
    await pressLabel(sara, "بله، پاک شود");
    expect(sara.lastText()).toBe("اطلاعات این فرد پاک شد.");
    await sara.send("📂 درخواست‌های من");
    expect(sara.lastText()).not.toContain(tracking);
    expect(await database.prisma.user.count({ where: { platform: "held", fullName: { not: null } } })).toBe(0);
  });
});
