import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttons } from "./support/bot-api.ts";
import { createTestBot, TestChat, type TestBot } from "./support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "./support/db.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };
const VALID_NID = "0499370899";

describe.each(PROVIDERS)("registration conversation on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let t: TestBot;
  let chat: TestChat;

  beforeEach(async () => {
    if (skip) return;
    database = await createTestDatabase(provider);
    t = createTestBot(database);
    chat = new TestChat(t, ZAHRA);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  it.skipIf(skip)("walks the happy path to a tracking code", async () => {
    await chat.send("/start");
    expect(chat.lastText()).toContain("کاریار");
    await chat.send("📝 ثبت کسب‌وکار خانگی");
    expect(chat.lastText()).toContain("نام و نام خانوادگی");
    await chat.send("زهرا احمدی");
    expect(chat.lastText()).toContain("کد ملی");
    await chat.send("۰۴۹۹۳۷۰۸۹۹");
    expect(chat.lastText()).toContain("شمارهٔ تلفن همراه");
    await chat.contact("989123456789");
    expect(chat.lastText()).toContain("شهرستان");
    const county = buttons(chat.lastMarkup()).find((b) => b.text === "شیراز")!;
    await chat.press(county.data);
    expect(chat.lastText()).toContain("روستا");
    await chat.send("کوشک");
    const category = buttons(chat.lastMarkup()).find((b) => b.text === "زنبورداری")!;
    await chat.press(category.data);
    await chat.send("عسل کوهپایه");
    await chat.send("تولید و بسته‌بندی عسل طبیعی در خانه");
    const workplace = buttons(chat.lastMarkup()).find((b) => b.text === "منزل")!;
    await chat.press(workplace.data);
    await chat.send("۳");
    await chat.send("۵۰۰٬۰۰۰٬۰۰۰");
    expect(chat.lastText()).toContain("ثبت نهایی");
    console.log(chat.lastText());
    await chat.press("reg:submit");
    console.log(chat.lastText());
    expect(chat.lastText()).toMatch(/کد رهگیری: \d{4}-\d{4}/);
    const apps = await database.prisma.application.findMany();
    expect(apps).toHaveLength(1);
  });
});
