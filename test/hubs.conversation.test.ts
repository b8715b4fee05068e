import { beforeEach, describe, expect, it } from "vitest";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox, TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { ADMIN, caseInShiraz, REZA } from "./support/case-world.ts";
import { pressLabel } from "./support/registration.ts";

const SHIRAZ_HUB = "قطب صنایع تبدیلی گیاهان دارویی شیراز";

describe.each(WORLDS)("conversion-industry hubs in the bot on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, undefined, platform);
  let database: TestDatabase;
  let t: TestBot;
  let zahra: TestChat;
  let maryam: TestChat;
  let appId: number;

  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    ({ zahra, maryam, appId } = await caseInShiraz(database, t, platform));
  });

  const lastAnswer = () => t.api.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.payload;
  const labels = (chat: TestChat) => buttons(chat.lastMarkup()).map((b) => plain(b.text));

  it.skipIf(skip)("which programs fit names the county hub, how a beekeeper sells to it, and lists first the program favouring its chain", async () => {
    await zahra.send("/fit");
    const lines = zahra.lastText().split("\n");
    // The community fund loan favours the medicinal-herbs chain of the Shiraz hub, which buys honey: listed first.
    expect(lines[0]).toContain("مناسب");
    expect(lines[1]).toContain("وام صندوق اعتبارات خرد زنان روستایی ⭐ در اولویت زنجیرهٔ گیاهان دارویی و عرقیات");
    const text = zahra.lastText();
    expect(text).toContain(`🏭 قطب صنایع تبدیلی شهرستان شیراز: ${SHIRAZ_HUB} (زنجیرهٔ گیاهان دارویی و عرقیات)`);
    expect(text).toContain("✅ رشتهٔ کار شما (زنبورداری) خوراک این قطب است؛ از شما می‌خرد: عسل برای فرآورده‌های عسل گیاهی");
    expect(text).toContain("📞 برای فروش به قطب: مدیریت جهاد کشاورزی شهرستان شیراز، واحد صنایع تبدیلی، تلفن 07100000001");
    expect(text).toContain("اطلاعات این قطب هنوز به تأیید سازمان نرسیده است");

    await zahra.send("/programs");
    await zahra.press("prog:open:community-fund");
    const page = zahra.lastText();
    expect(page).toContain("⭐ زنجیرهٔ گیاهان دارویی و عرقیات قطب شهرستان شما");
    expect(page).toContain("از شما می‌خرد: عسل برای فرآورده‌های عسل گیاهی");
    // A program that favours no chain of her hub still names the hub, without the star.
    await zahra.press("prog:open:note16-home-jobs");
    expect(zahra.lastText()).toContain(SHIRAZ_HUB);
    expect(zahra.lastText()).not.toContain("⭐");
  });

  it.skipIf(skip)("without a business, the answers' county and field say which hub and what it would buy", async () => {
    const ali = new TestChat(t, { id: 1002, first_name: "Ali" });
    await ali.send("/fit");
    await pressLabel(ali, "کشاورزی و گلخانه");
    await ali.send("جهرم");
    const text = ali.lastText();
    expect(text).toContain("🏭 قطب صنایع تبدیلی شهرستان جهرم: قطب صنایع تبدیلی خرمای جهرم (زنجیرهٔ خرما)");
    expect(text).toContain("از شما می‌خرد: خرمای تازه و خشک (مضافتی، کبکاب، شاهانی)، در شهریور تا آبان");
    expect(text).toContain("تلفن 07100000004");
  });

  it.skipIf(skip)(
    "a coordinator links the case's business to the hub: audited, the applicant told, refused outside the county, counted in the report",
    async () => {
      await maryam.press(`case:open:${appId}`);
      expect(maryam.lastText()).toContain(`🏭 قطب شهرستان: ${SHIRAZ_HUB} — از این رشته می‌خرد: عسل برای فرآورده‌های عسل گیاهی`);
      await pressLabel(maryam, "🔗 پیوند به قطب صنایع تبدیلی");
      expect(plain(lastAnswer()?.text)).toBe(`کسب‌وکار به ${SHIRAZ_HUB} پیوند خورد ✅`);
      expect(t.api.calls.at(-1)?.method).toBe("editMessageText");
      expect(maryam.lastText()).toContain(`🔗 پیوسته به ${SHIRAZ_HUB}`);
      expect(labels(maryam)).toContain("✂️ لغو پیوند با قطب");
      expect(labels(maryam)).not.toContain("🔗 پیوند به قطب صنایع تبدیلی");
      const business = await database.prisma.business.findFirstOrThrow();
      expect(await database.prisma.auditLog.count({ where: { action: "business.hub-link", subjectId: String(business.id) } })).toBe(1);

      await deliverOutbox(t, database);
      expect(zahra.lastText()).toContain(`🏭 کسب‌وکار شما به ${SHIRAZ_HUB} پیوند خورد.`);
      expect(zahra.lastText()).toContain("تماس بگیرید: 07100000001");

      // Reza (Jahrom) presses a forged button for the Shiraz case: refused, recorded, nothing changes.
      const reza = new TestChat(t, REZA);
      await reza.press(`case:hub:unlink:${appId}`);
      expect(plain(lastAnswer()?.text)).toBe("این پرونده در حوزهٔ شما نیست؛ اجازهٔ این کار را ندارید.");
      expect((await database.prisma.business.findFirstOrThrow()).hubId).not.toBeNull();
      expect(await database.prisma.auditLog.count({ where: { action: "refused.forbidden" } })).toBe(1);

      // Her "which programs fit" says she is linked, and so does what Karyar keeps about her.
      await zahra.send("/fit");
      expect(zahra.lastText()).toContain("🔗 کسب‌وکار شما به این قطب پیوسته است.");
      await zahra.send("/mydata");
      expect(zahra.texts().some((x) => x.includes(`🏭 پیوسته به ${SHIRAZ_HUB} (از `))).toBe(true);

      const admin = new TestChat(t, ADMIN);
      await admin.send("/report");
      await admin.press("rep:year");
      const report = admin.texts().find((x) => x.includes("قطب‌های صنایع تبدیلی"))!;
      expect(report).toContain(`• ${SHIRAZ_HUB} — کسب‌وکار ۱ · اشتغال تعهدشده ۳ · محقق ۰`);

      // The link ends from the same page.
      await maryam.press(`case:open:${appId}`);
      await pressLabel(maryam, "✂️ لغو پیوند با قطب");
      expect(plain(lastAnswer()?.text)).toBe("پیوند کسب‌وکار با قطب لغو شد.");
      expect((await database.prisma.business.findFirstOrThrow()).hubId).toBeNull();
      expect(labels(maryam)).toContain("🔗 پیوند به قطب صنایع تبدیلی");
    },
  );
});
