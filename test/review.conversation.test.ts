import { beforeEach, describe, expect, it } from "vitest";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { asTyped, deliverOutbox, TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { ADMIN, caseInShiraz, MARYAM, REZA, ZAHRA } from "./support/case-world.ts";
import { pressLabel } from "./support/registration.ts";

describe.each(WORLDS)("coordinators in the bot on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, undefined, platform);
  let database: TestDatabase;
  let t: TestBot;
  let zahra: TestChat;
  let maryam: TestChat;
  let code: string;
  let appId: number;

  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    ({ zahra, maryam, code, appId } = await caseInShiraz(database, t, platform));
  });

  const lastAnswer = () => t.api.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.payload;

  it.skipIf(skip)("reviews a permit: assign, request documents, the applicant uploads, approve, issue", async () => {
    const notice = t.api.lastMessageTo(MARYAM.id)!;
    expect(plain(notice.text)).toContain(`کد رهگیری: ${code}`);
    expect(asTyped(plain(notice.text))).toContain("049*****99");
    expect(buttons(notice.reply_markup).map((b) => plain(b.text))).toEqual(["📂 باز کردن پرونده", "✅ تأیید", "❌ رد", "📎 درخواست مدارک", "🙋 به عهدهٔ من"]);

    await pressLabel(maryam, "🙋 به عهدهٔ من");
    expect(plain(lastAnswer()?.text)).toContain("به عهدهٔ شما شد");
    // The notice acted on now shows the case as it is: assigned, without the assign button.
    expect(t.api.calls.at(-1)?.method).toBe("editMessageText");
    expect(maryam.lastText()).toContain("مسئول: Maryam");
    expect(buttons(maryam.lastMarkup()).map((b) => plain(b.text))).not.toContain("🙋 به عهدهٔ من");
    await deliverOutbox(t, database);
    expect(zahra.lastText()).toContain(`وضعیت درخواست ${code}: در حال بررسی`);

    await maryam.press(`case:open:${appId}`);
    const page = maryam.lastText();
    expect(page).toContain("کد ملی: 0499370899");
    expect(page).toContain("همراه: 09123456789");
    expect(page).toContain("مسئول: Maryam");
    await pressLabel(maryam, "📎 درخواست مدارک");
    await pressLabel(maryam, "⬜ سند یا اجاره‌نامهٔ محل سکونت");
    await pressLabel(maryam, "⬜ عکس پرسنلی");
    await pressLabel(maryam, "✅ عکس پرسنلی"); // changed her mind
    await pressLabel(maryam, "⬜ کارت بهداشت");
    await pressLabel(maryam, "➡️ ادامه");
    await maryam.send("لطفاً تصویر واضح بفرستید");
    expect(maryam.lastText()).toContain("انجام شد ✅ وضعیت: نیاز به مدارک");

    await deliverOutbox(t, database);
    expect(zahra.lastText()).toContain("سند یا اجاره‌نامهٔ محل سکونت");
    expect(zahra.lastText()).toContain("توضیح کارشناس: لطفاً تصویر واضح بفرستید");
    expect(buttons(zahra.lastMarkup()).map((b) => plain(b.text))).toEqual(["📎 سند یا اجاره‌نامهٔ محل سکونت", "📎 کارت بهداشت"]);
    await pressLabel(zahra, "📎 سند یا اجاره‌نامهٔ محل سکونت");
    await zahra.photo();
    await zahra.press(`doc:${code.replace("-", "")}:health-card`);
    await zahra.document();
    expect(zahra.lastText()).toContain("✅ کارت بهداشت (۱ فایل)");
    await deliverOutbox(t, database);
    expect(maryam.lastText()).toContain(`مدارک خواسته‌شدهٔ پروندهٔ ${code} را فرستاد`);

    await maryam.send("/start");
    expect(maryam.lastMarkup().keyboard[0].map((b: { text: string }) => b.text)).toEqual(["📥 پرونده‌های شهرستان"]);
    await maryam.send("📥 پرونده‌های شهرستان");
    expect(maryam.lastText()).toContain("در حال بررسی");
    await pressLabel(maryam, `📂 ${code}`);
    await pressLabel(maryam, "📄 نمایش مدارک");
    expect(t.api.calls.filter((c) => c.method === "sendPhoto" || c.method === "sendDocument").map((c) => c.method)).toEqual(["sendPhoto", "sendDocument"]);
    await maryam.press(`case:open:${appId}`);
    // Approving and issuing cannot be undone: each asks for one more tap, on the same message.
    await pressLabel(maryam, "✅ تأیید");
    expect(await database.prisma.application.count({ where: { status: "approved" } })).toBe(0);
    expect(buttons(maryam.lastMarkup()).map((b) => plain(b.text))).toEqual(["بله، قطعی است: ✅ تأیید", "↩️ بازگشت"]);
    await pressLabel(maryam, "↩️ بازگشت");
    expect(buttons(maryam.lastMarkup()).map((b) => plain(b.text))).toContain("✅ تأیید");
    await pressLabel(maryam, "✅ تأیید");
    await pressLabel(maryam, "بله، قطعی است: ✅ تأیید");
    expect(plain(lastAnswer()?.text)).toContain("تأیید شده");
    // The page acted on now shows the case as it is.
    expect(maryam.lastText()).toContain("وضعیت: تأیید شده");
    await pressLabel(maryam, "🏷 صدور مجوز");
    await pressLabel(maryam, "بله، قطعی است: 🏷 صدور مجوز");
    await deliverOutbox(t, database);
    const permit = zahra.lastText();
    expect(permit).toContain("مجوز کسب‌وکار خانگی شما صادر شد");
    expect(permit).toMatch(/شمارهٔ مجوز: KR-14\d\d-\d{6}/);
    expect(permit).toMatch(/تاریخ صدور: [۰-۹]+ [^\s]+ ۱۴[۰-۹]{2}/);
    expect(permit).toMatch(/اعتبار تا: [۰-۹]+ [^\s]+ ۱۴[۰-۹]{2}/);
  });

  it.skipIf(skip)("rejects with a reason the applicant reads in their language", async () => {
    await zahra.send("/language");
    await zahra.press("lang:en");
    await pressLabel(maryam, "❌ رد");
    expect(maryam.lastText()).toContain(`دلیل رد پروندهٔ ${code}`);
    await maryam.sticker();
    expect(maryam.texts().at(-2)).toContain("به صورت متن");
    await maryam.send("نه");
    expect(maryam.texts().at(-2)).toContain("دست‌کم سه حرف");
    await maryam.send("محل کار مناسب کسب‌وکار خانگی نیست");
    // Rejecting cannot be undone: one confirmation, showing the reason the applicant will read.
    expect(maryam.lastText()).toContain("«محل کار مناسب کسب‌وکار خانگی نیست»");
    await pressLabel(maryam, "❌ بله، رد شود");
    expect(maryam.lastText()).toContain("رد شده");
    await deliverOutbox(t, database);
    expect(zahra.lastText()).toContain(`Application ${code}: Rejected`);
    expect(zahra.lastText()).toContain("Note: محل کار مناسب کسب‌وکار خانگی نیست");
  });

  it.skipIf(skip)("a double click changes once; the second click is told the current state", async () => {
    await pressLabel(maryam, "✅ تأیید");
    const sure = buttons(t.api.lastMessageTo(MARYAM.id)!.reply_markup).find((b) => plain(b.text) === "بله، قطعی است: ✅ تأیید")!.data;
    await maryam.press(sure);
    await maryam.press(sure);
    expect(plain(lastAnswer()?.text)).toBe("این پرونده پیش‌تر تغییر کرده است؛ وضعیت فعلی: تأیید شده");
    expect(lastAnswer()?.show_alert).toBe(true);
    expect(await database.prisma.applicationEvent.count({ where: { toStatus: "approved" } })).toBe(1);
    expect(await database.prisma.auditLog.count({ where: { action: "refused.stale" } })).toBe(1);
  });

  it.skipIf(skip)("refuses an applicant who became a coordinator her own case, with the reason, audited", async () => {
    await assignCoordinator(database.prisma, { platform, platformUserId: String(ZAHRA.id) }, ["fars-shiraz"]);
    await zahra.press(`case:to:approved:${appId}:0`);
    expect(plain(lastAnswer()?.text)).toContain("این پرونده مال خود شماست");
    await zahra.press(`case:open:${appId}`);
    expect(zahra.lastText()).toContain("این پرونده مال خود شماست");
    await zahra.press(`case:assign:${appId}:0`);
    expect(await database.prisma.auditLog.count({ where: { action: "refused.own-case" } })).toBeGreaterThanOrEqual(2);
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("submitted");
  });

  it.skipIf(skip)("refuses, with a clear answer, other counties, forged buttons and applicants' coordinator commands", async () => {
    const reza = new TestChat(t, REZA);
    await reza.press(`case:to:approved:${appId}:0`);
    expect(plain(lastAnswer()?.text)).toContain("در حوزهٔ شما نیست");
    await reza.press(`case:open:${appId}`);
    expect(reza.lastText()).toContain("در حوزهٔ شما نیست");
    await reza.press(`case:reject:${appId}:0`);
    expect(plain(lastAnswer()?.text)).toContain("در حوزهٔ شما نیست");
    await maryam.press("case:to:approved:99999:0");
    expect(plain(lastAnswer()?.text)).toContain("پیدا نشد");
    await maryam.press(`case:to:paid:${appId}:0`);
    expect(plain(lastAnswer()?.text)).toContain("در وضعیت فعلی پرونده ممکن نیست");
    await maryam.press("case:to:approve:1:0");
    expect(plain(lastAnswer()?.text)).toBe("این دکمه دیگر فعال نیست.");
    const forged = await database.prisma.auditLog.findFirst({ where: { action: "refused.unknown-button" } });
    expect(forged?.subjectId).toBe("case:to:approve:1:0");
    await zahra.send("/queue");
    expect(zahra.lastText()).toBe("این فرمان فقط برای کارشناسان است.");
    await zahra.press(`case:to:approved:${appId}:0`);
    expect(plain(lastAnswer()?.text)).toContain("کارشناسان");
    await zahra.send("/invite");
    expect(zahra.lastText()).toBe("این فرمان فقط برای مدیران است.");
    const refusals = await database.prisma.auditLog.count({ where: { action: { startsWith: "refused." } } });
    expect(refusals).toBeGreaterThanOrEqual(7);
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("submitted");
  });

  it.skipIf(skip)("an applicant's forged 'back to review' button moves nothing; only her last upload does", async () => {
    await pressLabel(maryam, "📎 درخواست مدارک");
    await pressLabel(maryam, "⬜ کارت بهداشت");
    await pressLabel(maryam, "➡️ ادامه");
    await maryam.send("کارت بهداشت لازم است");
    expect(maryam.lastText()).toContain("وضعیت: نیاز به مدارک");
    await deliverOutbox(t, database);
    const toMaryam = t.api.messagesTo(MARYAM.id).length;
    const app = () => database.prisma.application.findUniqueOrThrow({ where: { id: appId } });

    await zahra.press(`case:to:under_review:${appId}:${(await app()).version}`);
    expect(plain(lastAnswer()?.text)).toBe("ابتدا مدارک خواسته‌شده را بفرستید؛ با رسیدن آخرین مدرک، پرونده خودبه‌خود دوباره به بررسی می‌رود.");
    expect(lastAnswer()?.show_alert).toBe(true);
    expect((await app()).status).toBe("documents_requested");
    await deliverOutbox(t, database);
    expect(t.api.messagesTo(MARYAM.id)).toHaveLength(toMaryam);
    expect(await database.prisma.auditLog.count({ where: { action: "refused.documents-missing", actorId: (await app()).applicantId } })).toBe(1);

    await zahra.press(`doc:${code.replace("-", "")}:health-card`);
    await zahra.document();
    expect((await app()).status).toBe("under_review");
    await deliverOutbox(t, database);
    expect(maryam.lastText()).toContain(`مدارک خواسته‌شدهٔ پروندهٔ ${code} را فرستاد`);
  });

  it.skipIf(skip)("an admin invites a coordinator by deep link, once, and manages coordinators", async () => {
    const admin = new TestChat(t, ADMIN);
    await admin.send("/invite");
    await pressLabel(admin, "⬜ فسا");
    await pressLabel(admin, "⬜ داراب");
    await pressLabel(admin, "➡️ ادامه");
    // Links go out as they are (on Bale too, where typed markers are neutralized), opening the bot on its platform.
    const link = new RegExp(`${t.api.platform.deepLinkHost}/karyar_test_bot\\?start=(inv_[\\w-]+)`).exec(admin.lastText());
    expect(link).not.toBeNull();

    const nasrin = new TestChat(t, { id: 7007, first_name: "Nasrin" });
    await nasrin.open(link![0]);
    expect(nasrin.lastText()).toContain("کارشناس این شهرستان‌ها هستید: فسا و داراب");
    const omid = new TestChat(t, { id: 8008, first_name: "Omid" });
    await omid.send(`/start ${link![1]}`);
    expect(omid.lastText()).toBe("این دعوت‌نامه پیش‌تر استفاده شده است.");
    await omid.send("/start inv_forged");
    expect(omid.lastText()).toBe("این دعوت‌نامه معتبر نیست.");

    await admin.send("/coordinators");
    expect(admin.lastText()).toContain("Nasrin: فسا و داراب");
    await pressLabel(admin, "✏️ Nasrin");
    await pressLabel(admin, "✅ فسا");
    await pressLabel(admin, "➡️ ادامه");
    expect(admin.lastText()).toContain("شهرستان‌های Nasrin به‌روز شد");
    await admin.send("/coordinators");
    expect(admin.lastText()).toContain("Nasrin: داراب");
    await pressLabel(admin, "🚫 Nasrin");
    // Taking the role away cannot be undone: one confirmation first.
    expect(admin.lastText()).toContain("نقش کارشناسی Nasrin گرفته شود؟");
    await nasrin.send("/queue");
    expect(nasrin.lastText()).not.toBe("این فرمان فقط برای کارشناسان است.");
    await pressLabel(admin, "بله، گرفته شود");
    expect(admin.lastText()).toContain("نقش کارشناسی Nasrin لغو شد");
    await nasrin.send("/queue");
    expect(nasrin.lastText()).toBe("این فرمان فقط برای کارشناسان است.");
    const roleChanges = await database.prisma.auditLog.findMany({ where: { action: { startsWith: "role." } }, orderBy: { id: "asc" } });
    expect(roleChanges.map((r) => r.action)).toEqual(["role.coordinator", "role.coordinator", "role.revoked"]);
  });
});
