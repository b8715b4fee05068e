import { expect } from "vitest";
import { buttons, plain } from "../../src/emulator/bot-api-state.ts";
import { REGISTRATION_FIELDS, type RegistrationField } from "../../src/domain/registration/fields.ts";
import type { TestChat } from "./bot.ts";

/** Presses the inline button whose label is `label` on the last message. */
export async function pressLabel(chat: TestChat, label: string) {
  const button = buttons(chat.lastMarkup()).find((b) => plain(b.text) === label);
  expect(button, `button "${label}" in ${JSON.stringify(buttons(chat.lastMarkup()).map((b) => b.text))}`).toBeDefined();
  return chat.press(button!.data);
}

/** Valid Persian answers to every registration question, one step each, in order. */
export function registrationAnswers({ village = "کوشک", county = "شیراز" } = {}): ((chat: TestChat) => Promise<unknown>)[] {
  return [
    (chat) => chat.send("/register"),
    (chat) => chat.send("زهرا احمدی"),
    (chat) => chat.send("۰۴۹۹۳۷۰۸۹۹"),
    (chat) => chat.send("۱۳۶۹/۰۱/۰۱"),
    (chat) => chat.contact("+989123456789"),
    (chat) => pressLabel(chat, county),
    (chat) => chat.send(village),
    (chat) => pressLabel(chat, "زنبورداری"),
    (chat) => chat.send("عسل کوهپایه"),
    (chat) => chat.send("تولید و بسته‌بندی عسل طبیعی در خانه"),
    (chat) => pressLabel(chat, "منزل"),
    (chat) => chat.send("۳"),
    (chat) => chat.send("۵۰۰ میلیون"),
  ];
}

/** Where the answer to `field` is in `registrationAnswers()` (after the opening /register). */
export function answerIndex(field: RegistrationField): number {
  return REGISTRATION_FIELDS.indexOf(field) + 1;
}

/** Answers every registration question with valid Persian answers, up to the summary. */
export async function fillRegistration(chat: TestChat, options?: { village?: string; county?: string }) {
  for (const answer of registrationAnswers(options)) await answer(chat);
  expect(chat.lastText()).toContain("ثبت نهایی");
}
