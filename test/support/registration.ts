import { expect } from "vitest";
import { buttons, plain } from "./bot-api.ts";
import type { TestChat } from "./bot.ts";

/** Presses the inline button whose label is `label` on the last message. */
export async function pressLabel(chat: TestChat, label: string) {
  const button = buttons(chat.lastMarkup()).find((b) => plain(b.text) === label);
  expect(button, `button "${label}" in ${JSON.stringify(buttons(chat.lastMarkup()).map((b) => b.text))}`).toBeDefined();
  return chat.press(button!.data);
}

/** Answers every registration question with valid Persian answers, up to the summary. */
export async function fillRegistration(chat: TestChat, { village = "کوشک", county = "شیراز" } = {}) {
  await chat.send("/register");
  await chat.send("زهرا احمدی");
  await chat.send("۰۴۹۹۳۷۰۸۹۹");
  await chat.contact("+989123456789");
  await pressLabel(chat, county);
  await chat.send(village);
  await pressLabel(chat, "زنبورداری");
  await chat.send("عسل کوهپایه");
  await chat.send("تولید و بسته‌بندی عسل طبیعی در خانه");
  await pressLabel(chat, "منزل");
  await chat.send("۳");
  await chat.send("۵۰۰ میلیون");
  expect(chat.lastText()).toContain("ثبت نهایی");
}
