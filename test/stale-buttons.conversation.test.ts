import { beforeEach, describe, expect, it } from "vitest";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { deliverOutbox, TEST_DATA_KEY, TestChat, type TestBot } from "./support/bot.ts";
import { caseInShiraz, MARYAM, ZAHRA } from "./support/case-world.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { coordinatorOf, facilitatorOf } from "./support/fixtures.ts";
import { answerIndex, pressLabel, registrationAnswers } from "./support/registration.ts";

const NO_LONGER_ACTIVE = "این دکمه دیگر فعال نیست.";

/** The id of the latest message the bot sent `chat` that carries a button whose data matches. */
function messageWith(t: TestBot, chat: TestChat, data: RegExp): number {
  const found = t.api.messagesTo(chat.user.id).findLast((m) => buttons(m.reply_markup).some((b) => data.test(b.data)));
  expect(found, `a message with a ${data} button`).toBeDefined();
  return found!.message_id;
}

/** Presses `data` on message `messageId` and checks it was only answered "no longer active": nothing sent, nothing edited, no draft changed. */
async function expectStale(chat: TestChat, messageId: number, data: string) {
  const drafts = await chat.drafts();
  const calls = await chat.pressOn(messageId, data);
  expect(
    calls.map((c) => c.method),
    data,
  ).toEqual(["answerCallbackQuery"]);
  expect(plain(calls[0]!.payload.text)).toBe(NO_LONGER_ACTIVE);
  expect(await chat.drafts()).toEqual(drafts);
}

describe.each(WORLDS)("buttons of older messages on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, ZAHRA, platform);
  let database: TestDatabase;
  let t: TestBot;

  beforeEach(() => {
    if (skip) return;
    ({ database, t } = world);
  });

  it.skipIf(skip)("a copy of the open question sent but not recorded (a crash between the two) still answers it", async () => {
    const chat = world.chat;
    for (const answer of registrationAnswers().slice(0, answerIndex("village"))) await answer(chat);
    const counties = messageWith(t, chat, /^reg:county:/);
    const village = buttons(chat.lastMarkup()).find((b) => b.data.startsWith("reg:village:"))!.data;
    // The bot's own copy of the village question, which the draft never heard of.
    const copy = await t.bot.api.sendMessage(ZAHRA.id, chat.lastText(), { reply_markup: chat.lastMarkup() as never });
    expect((await chat.drafts()).registration!.asked).not.toContain(copy.message_id);
    await expectStale(chat, counties, village);
    await chat.pressOn(copy.message_id, village);
    expect((await chat.drafts()).registration!.answers.village).toBeDefined();
  });

  it.skipIf(skip)("a county button of the question before does not answer the village question, nor turns its page", async () => {
    const chat = world.chat;
    for (const answer of registrationAnswers().slice(0, answerIndex("village"))) await answer(chat);
    expect(chat.lastText()).toContain("روستا");
    const counties = messageWith(t, chat, /^reg:county:/);
    const shiraz = (await chat.drafts()).registration!.answers.regionId;
    const other = buttons(t.api.currentMessages(ZAHRA.id).find((m) => m.message_id === counties)!.reply_markup)
      .map((b) => b.data)
      .find((d) => d.startsWith("reg:county:") && d !== `reg:county:${String(shiraz)}`)!;
    await expectStale(chat, counties, other);
    await expectStale(chat, counties, "reg:page:1");
    // Data that the open question would take, pressed on another message: the village list's own button.
    const village = buttons(chat.lastMarkup()).find((b) => b.data.startsWith("reg:village:"))!.data;
    await expectStale(chat, counties, village);
    // The question is still open and answers as before.
    await chat.send("کوشک");
    expect((await chat.drafts()).registration!.answers.village).toBe("کوشک");
    expect((await chat.drafts()).registration!.answers.regionId).toBe(shiraz);
  });

  it.skipIf(skip)("a county changed from the summary is asked on a new message: the old list is no longer its answer", async () => {
    const chat = world.chat;
    for (const answer of registrationAnswers()) await answer(chat);
    const firstList = messageWith(t, chat, /^reg:county:/);
    await chat.press("reg:edit:regionId");
    const secondList = messageWith(t, chat, /^reg:county:/);
    expect(secondList).not.toBe(firstList);
    const jahrom = buttons(chat.lastMarkup()).find((b) => plain(b.text) === "جهرم")!.data;
    await expectStale(chat, firstList, jahrom);
    // The summary (an older message) cannot submit while the county is being asked again.
    await expectStale(chat, messageWith(t, chat, /^reg:submit$/), "reg:submit");
    expect(await database.prisma.application.count()).toBe(0);
    await chat.pressOn(secondList, jahrom);
    expect((await chat.drafts()).registration!.answers.regionId).toBe(Number(jahrom.split(":")[2]));
  });

  it.skipIf(skip)("a button of a finished flow answers nothing, with or without a flow open", async () => {
    const { maryam, appId } = await caseInShiraz(database, t, platform);
    const reject = () => maryam.press(buttons(t.api.lastMessageTo(MARYAM.id)!.reply_markup).find((b) => b.data.startsWith("case:reject:"))!.data);
    await maryam.press(`case:open:${appId}`);
    await reject();
    await maryam.send("مدارک ناقص است");
    const firstConfirm = messageWith(t, maryam, /^pick:t:yes$/);
    await maryam.pressOn(firstConfirm, "pick:t:no");
    expect(maryam.lastText()).toContain("رد نشد");
    // No flow open: its buttons are no longer active.
    await expectStale(maryam, firstConfirm, "pick:t:yes");

    // A new run of the same flow, at the same question: the first run's "yes" is not its answer.
    await maryam.press(`case:open:${appId}`);
    await reject();
    await maryam.send("دلیل دیگری");
    const secondConfirm = messageWith(t, maryam, /^pick:t:yes$/);
    expect(secondConfirm).not.toBe(firstConfirm);
    await expectStale(maryam, firstConfirm, "pick:t:yes");
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("submitted");
    // And a registration's old buttons (another flow's family) neither.
    const zahraSummary = messageWith(t, new TestChat(t, ZAHRA), /^reg:submit$/);
    await expectStale(new TestChat(t, ZAHRA), zahraSummary, "reg:submit");
    await maryam.pressOn(secondConfirm, "pick:t:yes");
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("rejected");
    expect(await database.prisma.applicationEvent.count({ where: { applicationId: appId, toStatus: "rejected" } })).toBe(1);
  });

  it.skipIf(skip)("a review button of a case already decided is refused with its status, and changes nothing twice", async () => {
    const { maryam, appId } = await caseInShiraz(database, t, platform);
    const notice = t.api.lastMessageTo(MARYAM.id)!;
    const noticeButtons = buttons(notice.reply_markup).map((b) => b.data);
    const approve = noticeButtons.find((d) => d.startsWith("case:to:approved:"))!;
    await maryam.pressOn(notice.message_id, approve);
    const sure = buttons(t.api.currentMessages(MARYAM.id).find((m) => m.message_id === notice.message_id)!.reply_markup).find((b) =>
      b.data.startsWith("case:sure:"),
    )!.data;
    await maryam.pressOn(notice.message_id, sure);
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("approved");
    const changes = await database.prisma.applicationEvent.count({ where: { applicationId: appId } });
    const outbox = await database.prisma.outbox.count();
    // The buttons as the notice first showed them (a client that kept the old keyboard, or a second tap).
    for (const data of [sure, approve, ...noticeButtons.filter((d) => /^case:(reject|docs|assign):/.test(d))]) {
      const calls = await maryam.pressOn(notice.message_id, data);
      const answer = calls.find((c) => c.method === "answerCallbackQuery")!;
      expect(plain(answer.payload.text), data).toContain("این پرونده پیش‌تر تغییر کرده است؛ وضعیت فعلی: تأیید شده");
      expect(calls.filter((c) => c.method === "sendMessage").map((c) => plain(c.payload.text))).not.toContainEqual(expect.stringContaining("دلیل رد"));
    }
    expect(await database.prisma.applicationEvent.count({ where: { applicationId: appId } })).toBe(changes);
    expect(await database.prisma.outbox.count()).toBe(outbox);
    expect(await maryam.drafts()).toEqual({});
  });

  it.skipIf(skip)("a document's button pressed during the upload of another document uploads that one, not the open one", async () => {
    const { zahra, maryam, appId } = await caseInShiraz(database, t, platform);
    await maryam.press(`case:open:${appId}`);
    await pressLabel(maryam, "📎 درخواست مدارک");
    await pressLabel(maryam, "⬜ سند یا اجاره‌نامهٔ محل سکونت");
    await pressLabel(maryam, "⬜ کارت بهداشت");
    await pressLabel(maryam, "➡️ ادامه");
    await maryam.press("pick:skip");
    await deliverOutbox(t, database);
    const notice = t.api.lastMessageTo(ZAHRA.id)!;
    const [first, second] = buttons(notice.reply_markup).map((b) => b.data);
    expect(second).toMatch(/^doc:/);
    await zahra.pressOn(notice.message_id, first!);
    // The older message's other document: its own upload (the first one is left), not a re-ask of the first.
    await zahra.pressOn(notice.message_id, second!);
    await zahra.photo();
    const stored = await database.prisma.applicationDocument.findMany({ where: { applicationId: appId }, select: { documentCode: true } });
    expect(stored).toEqual([{ documentCode: second!.split(":")[2] }]);
  });

  it.skipIf(skip || platform !== "telegram")("a trustee button of an older list does what it showed, not the opposite", async () => {
    const sara = new TestChat(t, { id: 3003, first_name: "Sara" });
    const deps = { db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
    await facilitatorOf(deps, await coordinatorOf(database.prisma), ["Qalat"], 3003);
    await sara.send("🏦 صندوق‌ها");
    await pressLabel(sara, "➕ صندوق تازه");
    await pressLabel(sara, "قلات");
    await sara.send("صندوق زنان قلات");
    const link = /start=(fund_[\w-]+)/.exec(sara.lastText())![1]!;
    const mina = new TestChat(t, { id: 1003, first_name: "Mina" });
    await mina.send(`/start ${link}`);
    const trustees = async () => {
      await sara.send("/funds");
      await pressLabel(sara, "🏦 صندوق زنان قلات");
      await pressLabel(sara, "👥 امنا");
      return t.api.lastMessageTo(3003)!.message_id;
    };
    const older = await trustees();
    await trustees();
    await pressLabel(sara, "⬜ Mina");
    expect(await database.prisma.fundMember.count({ where: { role: "trustee" } })).toBe(1);
    const audits = await database.prisma.auditLog.count({ where: { action: { startsWith: "fund.trustee" } } });
    // The older list still shows "⬜ Mina" (make her a trustee): pressed, she stays one.
    const makeHer = buttons(t.api.currentMessages(3003).find((m) => m.message_id === older)!.reply_markup).find((b) => plain(b.text) === "⬜ Mina")!;
    await sara.pressOn(older, makeHer.data);
    expect(await database.prisma.fundMember.count({ where: { role: "trustee" } })).toBe(1);
    expect(await database.prisma.auditLog.count({ where: { action: { startsWith: "fund.trustee" } } })).toBe(audits);
  });
});
