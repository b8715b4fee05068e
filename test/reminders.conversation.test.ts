import { beforeEach, describe, expect, it } from "vitest";
import { buttons } from "../src/emulator/bot-api-state.ts";
import { type TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };
const ASK_NAME = "نام و نام خانوادگی خود را بنویسید";
const ASK_NID = "کد ملی ده‌رقمی";

describe.each(WORLDS)("reminder settings and the continue button on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, ZAHRA, platform);
  let database: TestDatabase;
  let t: TestBot;
  let chat: TestChat;
  beforeEach(() => void ({ database, t, chat } = world));
  const user = () => database.prisma.user.findFirstOrThrow({ where: { platformUserId: String(ZAHRA.id) } });

  it.skipIf(skip)("records when a registration starts and forgets it when it is cancelled", async () => {
    await chat.send("📝 ثبت کسب‌وکار خانگی");
    expect((await user()).registrationStartedAt).toBeInstanceOf(Date);
    await chat.send("/cancel");
    expect((await user()).registrationStartedAt).toBeNull();
  });

  it.skipIf(skip)("the reminder's continue button re-asks the open question without losing answers", async () => {
    await chat.send("/register");
    await chat.send("زهرا احمدی");
    expect(chat.lastText()).toContain(ASK_NID);
    const before = chat.texts().length;
    await chat.press("resume:registration");
    expect(chat.texts().slice(before)).toHaveLength(1);
    expect(chat.lastText()).toContain(ASK_NID);
    expect(t.api.calls.at(-2)?.method).toBe("answerCallbackQuery");
  });

  it.skipIf(skip)("the continue button starts the registration again when none is open", async () => {
    await chat.send("/start");
    await chat.press("resume:registration");
    expect(chat.lastText()).toContain(ASK_NAME);
    expect((await user()).registrationStartedAt).toBeInstanceOf(Date);
  });

  it.skipIf(skip)("switches reminders and announcements off and on; an old button pressed twice changes nothing", async () => {
    await chat.send("⚙️ تنظیمات");
    expect(chat.lastText()).toContain("یادآوری‌ها (مدارک ناقص، ثبت‌نام نیمه‌کاره، تمدید مجوز): روشن");
    const [reminders, broadcasts] = buttons(chat.lastMarkup());
    expect(reminders).toMatchObject({ text: "🔕 خاموش کردن یادآوری‌ها", data: "set:reminders:off" });
    await chat.press(reminders!.data);
    await chat.press(reminders!.data);
    await chat.press(broadcasts!.data);
    expect(await user()).toMatchObject({ remindersOptOut: true, broadcastsOptOut: true });
    expect(chat.lastText()).toContain("اطلاعیه‌های همگانی: خاموش");
    expect(buttons(chat.lastMarkup())[0]).toMatchObject({ data: "set:reminders:on" });
    await chat.press("set:reminders:on");
    expect(await user()).toMatchObject({ remindersOptOut: false, broadcastsOptOut: true });
  });

  it.skipIf(skip)("answers a forged settings button as no longer active", async () => {
    await chat.press("set:everything:off");
    expect(t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery" });
    expect(await user()).toMatchObject({ remindersOptOut: false, broadcastsOptOut: false });
  });
});
