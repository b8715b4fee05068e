import { beforeEach, describe, expect, it } from "vitest";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { createTranslate } from "../src/i18n/translator.ts";
import { type TestChat } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { PROVIDERS } from "./support/db.ts";

// What every flow does with a command it did not ask for: /help and /start are answered beside
// it and the person is reminded which flow is open (by its own name, not "registration"); an
// unknown command is not taken as an answer.

const ADMIN = { id: 9009, first_name: "Admin" };
const translate = createTranslate();
const t = (key: string, params?: Record<string, string>) => translate("fa", key, params);
const plainText = (s: string) => s.replace(/[\u2068\u2069]/g, "");

/** Each flow a person (here an admin, who may open them all) starts with one command. */
const FLOWS: { command: string; flow: string }[] = [
  { command: "/register", flow: "flow-registration" },
  { command: "/track", flow: "flow-track" },
  { command: "/fit", flow: "flow-fit" },
  { command: "/invite", flow: "flow-invite" },
  { command: "/broadcast", flow: "flow-broadcast" },
];

describe.each(PROVIDERS)("commands in the middle of a flow on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip, ADMIN);
  let chat: TestChat;
  beforeEach(async () => {
    if (skip) return;
    chat = world.chat;
    await bootstrapAdmins(world.database.prisma, "telegram", [String(ADMIN.id)]);
  });

  for (const { command, flow } of FLOWS) {
    it.skipIf(skip)(`${command}: /help and an unknown command name the open flow, and the flow stays open`, async () => {
      await chat.send(command);
      await chat.send("/help");
      expect(plainText(chat.lastText())).toContain(plainText(t("flow-still-open", { flow: t(flow) })));
      await chat.send("/nosuchcommand");
      expect(plainText(chat.lastText())).toBe(plainText(t("err-command-in-flow", { flow: t(flow) })));
      // Still open after both: /cancel stops it.
      await chat.send("/cancel");
      expect(plainText(chat.lastText())).not.toBe(plainText(t("cancel-nothing")));
    });
  }

  it.skipIf(skip)("'Continue' with nothing chosen asks to choose, as an alert, and the question stays", async () => {
    await chat.send("/invite");
    const before = world.t.api.calls.length;
    await chat.press("pick:done");
    const answer = world.t.api.calls.slice(before).find((c) => c.method === "answerCallbackQuery")!;
    expect(answer.payload).toMatchObject({ text: t("err-choose-at-least-one"), show_alert: true });
    await chat.press("pick:t:fars-shiraz");
    await chat.press("pick:done");
    expect(chat.lastText()).not.toContain(t("unhandled-callback"));
  });
});
