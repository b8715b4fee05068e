import { beforeEach, describe, expect, it } from "vitest";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { submitRegistration } from "../src/domain/registration/submit.ts";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { createTranslate } from "../src/i18n/translator.ts";
import { broadcastTick } from "../src/jobs/broadcasts.ts";
import { plain, spans } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox, TEST_DATA_KEY, TestChat, type TestBot } from "./support/bot.ts";
import { expectReask, useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { applicant, regionId, validDraft } from "./support/fixtures.ts";
import { pressLabel } from "./support/registration.ts";

const ADMIN = { id: 9009, first_name: "Admin" };
const translate = createTranslate();

describe.each(WORLDS)("broadcasts in the bot on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, ADMIN, platform);
  let database: TestDatabase;
  let t: TestBot;
  let admin: TestChat;
  const deps = () => ({ db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });

  beforeEach(async () => {
    if (skip) return;
    ({ database, t, chat: admin } = world);
    await bootstrapAdmins(database.prisma, platform, [String(ADMIN.id)]);
    for (const [id, county] of [
      [1001, "fars-shiraz"],
      [1002, "fars-shiraz"],
      [1003, "fars-jahrom"],
    ] as const) {
      const user = await applicant(database.prisma, id, `U${id}`, platform);
      await submitRegistration(deps(), user.id, `reg-${id}`, await validDraft(database.prisma, { regionId: await regionId(database.prisma, county) }));
    }
    // No coordinator here: the admin hears of the three new cases before any broadcast is counted.
    expect(await deliverOutbox(t, database)).toBe(3);
  });

  const tick = () =>
    broadcastTick({
      ...deps(),
      api: t.bot.api,
      translate,
      timeZone: "Asia/Tehran",
      ratePerSecond: 25,
      wake: () => undefined,
    });

  it.skipIf(skip)("composes, counts, test-sends, sends to a county, shows progress and the final report", async () => {
    await admin.send("/broadcast");
    await expectReask(admin, admin.sticker(), "فقط متن یا یک عکس", "پیام اطلاعیه را بفرستید");
    await admin.send("ثبت‌نام دورهٔ آموزش بسته‌بندی عسل آغاز شد");
    await pressLabel(admin, "🧭 متقاضیان با فیلتر");
    await pressLabel(admin, "⬜ شیراز");
    await pressLabel(admin, "➡️ ادامه");
    await pressLabel(admin, "➡️ ادامه"); // any field of work
    await pressLabel(admin, "هر کدام");
    await pressLabel(admin, "هر کدام");
    await pressLabel(admin, "هر کدام");
    expect(admin.lastText()).toContain("این اطلاعیه به ۲ نفر می‌رسد");
    await pressLabel(admin, "🧪 ارسال آزمایشی برای من");
    expect(admin.texts().at(-2)).toBe("ثبت‌نام دورهٔ آموزش بسته‌بندی عسل آغاز شد");
    await pressLabel(admin, "✅ ارسال همین حالا");

    await tick();
    expect(await deliverOutbox(t, database)).toBe(2);
    expect(plain(t.api.lastMessageTo(1001)?.text)).toBe("ثبت‌نام دورهٔ آموزش بسته‌بندی عسل آغاز شد");
    expect(t.api.lastMessageTo(1003)).toBeUndefined();
    await tick();
    const edits = t.api.calls.filter((c) => c.method === "editMessageText" && Number(c.payload.chat_id) === ADMIN.id);
    expect(plain(edits.at(-1)?.payload.text)).toContain("پایان یافت");
    expect(plain(edits.at(-1)?.payload.text)).toContain("▓▓▓▓▓▓▓▓▓▓ ۱۰۰٪");
    await deliverOutbox(t, database);
    expect(admin.lastText()).toContain("رسید: ۲ · ناموفق: ۰ · مسدود کرده‌اند: ۰");
  });

  it.skipIf(skip)("keeps a broadcast's formatting (on Bale as its markup), and shows typed asterisks as they were typed", async () => {
    const text = "دورهٔ آموزش بسته‌بندی عسل: *۲* روز\nثبت‌نام در دهیاری";
    const entity = (type: string, part: string) => ({ type, offset: text.indexOf(part), length: part.length });
    await admin.send("/broadcast");
    await admin.send(
      text,
      [entity("bold", "دورهٔ آموزش"), entity("italic", "عسل"), entity("text_link", "دهیاری")].map((e, i) =>
        i === 2 ? { ...e, url: "https://example.org/a_b_c" } : e,
      ),
    );
    await pressLabel(admin, "👥 همهٔ متقاضیان");
    await pressLabel(admin, "🧪 ارسال آزمایشی برای من");
    await pressLabel(admin, "✅ ارسال همین حالا");
    await tick();
    await deliverOutbox(t, database);
    for (const chatId of [ADMIN.id, 1001]) {
      const shown = t.api.messagesTo(chatId).find((m) => m.rendered.text.startsWith("دورهٔ"))!.rendered;
      expect(spans(shown, "bold")).toEqual(["دورهٔ آموزش"]);
      expect(spans(shown, "italic")).toEqual(["عسل"]);
      if (platform === "bale") expect(shown.text).toBe("دورهٔ آموزش بسته‌بندی عسل: \u2217۲\u2217 روز\nثبت‌نام در دهیاری (https://example.org/a_b_c)");
      else expect(shown.text).toBe(text);
    }
  });

  it.skipIf(skip)("schedules by a Jalali date and time, lists it, and cancels it", async () => {
    await admin.send("/broadcast");
    await admin.send("یادآوری مهلت ثبت‌نام");
    await pressLabel(admin, "👥 همهٔ متقاضیان");
    await pressLabel(admin, "🕒 زمان‌بندی");
    await expectReask(admin, admin.send("فردا"), "این زمان را نفهمیدم", "تقویم شمسی");
    await expectReask(admin, admin.send("۱۴۰۰/۰۱/۰۱ ۰۸:۰۰"), "گذشته است", "تقویم شمسی");
    await admin.send("۱۴۱۰/۰۱/۰۱ ۰۹:۰۰");
    expect(admin.lastText()).toContain("زمان‌بندی شد");
    const scheduled = await database.prisma.broadcast.findFirstOrThrow();
    expect(scheduled.scheduledAt.toISOString()).toBe("2031-03-21T05:30:00.000Z");
    await tick();
    expect(await database.prisma.outbox.count({ where: { broadcastId: scheduled.id } })).toBe(0);

    await admin.send("/broadcasts");
    expect(admin.lastText()).toContain("زمان‌بندی‌شده");
    await pressLabel(admin, `🛑 لغو اطلاعیهٔ ${String(scheduled.id).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!)}`);
    expect((await database.prisma.broadcast.findFirstOrThrow()).state).toBe("cancelled");
  });

  it.skipIf(skip)("a broadcast the domain refuses when confirmed keeps the message and audience: asked again, then sent", async () => {
    await admin.send("/broadcast");
    await admin.send("ثبت‌نام دورهٔ آموزش بسته‌بندی عسل آغاز شد");
    await pressLabel(admin, "👥 همهٔ متقاضیان");
    // Another admin revokes this one's role while they decide.
    const where = { platformUserId: String(ADMIN.id) };
    await database.prisma.user.updateMany({ where, data: { role: "applicant" } });
    const asked = admin.texts().length;
    await pressLabel(admin, "✅ ارسال همین حالا");
    const [refusal, again] = admin.texts().slice(asked);
    expect(refusal).toContain("فقط برای مدیران");
    expect(again).toContain("این اطلاعیه به ۳ نفر می‌رسد");
    expect(await database.prisma.broadcast.count()).toBe(0);
    // Restored: the same message goes to the same audience without composing it again.
    await database.prisma.user.updateMany({ where, data: { role: "admin" } });
    await pressLabel(admin, "✅ ارسال همین حالا");
    const sent = await database.prisma.broadcast.findFirstOrThrow();
    expect(sent).toMatchObject({ text: "ثبت‌نام دورهٔ آموزش بسته‌بندی عسل آغاز شد", state: "scheduled" });
    expect(JSON.parse(sent.audience)).toMatchObject({ to: "applicants", counties: [] });
    expect(await database.prisma.broadcast.count()).toBe(1);
  });

  it.skipIf(skip)("refuses non-admins", async () => {
    const user = new TestChat(t, { id: 1001, first_name: "U" });
    await user.send("/broadcast");
    expect(user.lastText()).toBe("این فرمان فقط برای مدیران است.");
    await user.send("/broadcasts");
    expect(user.lastText()).toBe("این فرمان فقط برای مدیران است.");
    await user.press("bcx:1");
    expect(plain(t.api.calls.at(-1)?.payload.text)).toBe("این فرمان فقط برای مدیران است.");
  });
});
