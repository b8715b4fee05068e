import { beforeEach, describe, expect, it } from "vitest";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox, TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { caseInShiraz, REZA } from "./support/case-world.ts";
import { answerIndex, pressLabel, registrationAnswers } from "./support/registration.ts";

describe.each(WORLDS)("a starred field's permit in the bot on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, undefined, platform);
  let database: TestDatabase;
  let t: TestBot;
  let zahra: TestChat;
  let maryam: TestChat;
  let code: string;
  let appId: number;

  /** Zahra registers a livestock business in Shiraz (a starred field: the veterinary organization); Maryam gets the notice. */
  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    const answers = registrationAnswers();
    answers[answerIndex("category")] = (chat) => pressLabel(chat, "دام و طیور");
    ({ zahra, maryam, code, appId } = await caseInShiraz(database, t, platform, answers));
  });

  const lastAnswer = () => plain(t.api.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)?.payload?.text);
  const labels = (chat: TestChat) => buttons(chat.lastMarkup()).map((b) => plain(b.text));
  const status = async () => (await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status;

  it.skipIf(skip)("approve → the veterinary organization approves → the permit is issued; the applicant follows each step", async () => {
    expect(labels(maryam)).toContain("✅ تأیید (سپس دستگاه دوم)");
    await pressLabel(maryam, "✅ تأیید (سپس دستگاه دوم)");
    await pressLabel(maryam, "بله، قطعی است: ✅ تأیید (سپس دستگاه دوم)");
    expect(await status()).toBe("awaiting_second_body");
    expect(maryam.lastText()).toContain("⏳ در انتظار تأیید ادارهٔ دامپزشکی شهرستان");
    expect(labels(maryam)).toEqual(expect.arrayContaining(["✅ دستگاه دوم تأیید کرد: صدور مجوز", "⛔ دستگاه دوم رد کرد"]));

    await deliverOutbox(t, database);
    expect(zahra.lastText()).toContain("مجوز پس از تأیید ادارهٔ دامپزشکی شهرستان صادر می‌شود");
    await zahra.send("/track");
    await zahra.send(code);
    expect(zahra.lastText()).toContain("در انتظار تأیید ادارهٔ دامپزشکی شهرستان");

    await maryam.press(`case:open:${appId}`);
    await pressLabel(maryam, "✅ دستگاه دوم تأیید کرد: صدور مجوز");
    await pressLabel(maryam, "بله، قطعی است: 🏷 صدور مجوز");
    expect(await status()).toBe("issued");
    await deliverOutbox(t, database);
    expect(zahra.lastText()).toContain("مجوز کسب‌وکار خانگی شما صادر شد");
  });

  it.skipIf(skip)("records a refusal by its reason once, tells the applicant why, and answers a second press as stale", async () => {
    await pressLabel(maryam, "✅ تأیید (سپس دستگاه دوم)");
    await pressLabel(maryam, "بله، قطعی است: ✅ تأیید (سپس دستگاه دوم)");
    await maryam.press(`case:open:${appId}`);
    await pressLabel(maryam, "⛔ دستگاه دوم رد کرد");
    expect(lastAnswer()).toContain("ادارهٔ دامپزشکی شهرستان پروندهٔ");
    const reason = "شرایط نگهداری و سلامت دام یا آبزی با ضوابط دامپزشکی سازگار نیست";
    expect(labels(maryam)).toContain(reason);
    expect(labels(maryam)).not.toContain("محتوای اثر یا محصول فرهنگی مجاز نیست");
    const button = buttons(maryam.lastMarkup()).find((b) => plain(b.text) === reason)!;
    await maryam.press(button.data);
    expect(lastAnswer()).toContain("ردشده از سوی دستگاه دوم");
    // The same reason button again (a double tap, or the old message): refused, nothing recorded twice.
    await maryam.press(button.data);
    expect(lastAnswer()).toContain("این پرونده پیش‌تر تغییر کرده است");
    expect(await database.prisma.applicationEvent.count({ where: { applicationId: appId, toStatus: "second_body_refused" } })).toBe(1);

    await deliverOutbox(t, database);
    expect(zahra.lastText()).toContain("ادارهٔ دامپزشکی شهرستان با صدور مجوز درخواست");
    expect(zahra.lastText()).toContain(`دلیل: ${reason}`);
    expect(await database.prisma.outbox.count({ where: { template: "notify-second-body-refused" } })).toBe(1);
    await zahra.send("/track");
    await zahra.send(code);
    expect(zahra.lastText()).toContain(`ادارهٔ دامپزشکی شهرستان با صدور مجوز موافقت نکرد: ${reason}`);
  });

  it.skipIf(skip)("refuses another county's coordinator", async () => {
    await pressLabel(maryam, "✅ تأیید (سپس دستگاه دوم)");
    await pressLabel(maryam, "بله، قطعی است: ✅ تأیید (سپس دستگاه دوم)");
    const { version } = await database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
    const reza = new TestChat(t, REZA);
    await reza.press(`case:sbno:${appId}:${version}`);
    expect(lastAnswer()).toContain("این پرونده در حوزهٔ شما نیست");
    await reza.press(`case:sbr:animal-health:${appId}:${version}`);
    expect(lastAnswer()).toContain("این پرونده در حوزهٔ شما نیست");
    await reza.press(`case:sure:issued:${appId}:${version}`);
    expect(await status()).toBe("awaiting_second_body");
  });
});
