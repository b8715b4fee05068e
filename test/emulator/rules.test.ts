import { describe, expect, it } from "vitest";
import { BotApiState, BOT_USER, buttons, type TestUser } from "../../src/emulator/bot-api-state.ts";
import type { PlatformName } from "../../src/emulator/platforms.ts";

const ZAHRA: TestUser = { id: 501, first_name: "Zahra" };
const REZA: TestUser = { id: 502, first_name: "Reza" };

/** A refusal's description, or "ok". */
function outcome(state: BotApiState, method: string, payload: Record<string, any>): string {
  const answer = state.call(method, payload);
  return answer.ok ? "ok" : `${answer.error_code} ${answer.description}`;
}

const inline = (...rows: { text: string; callback_data?: string; url?: string }[][]) => ({ inline_keyboard: rows });

// The rules both platforms share (Bale's limits are taken from Telegram: see platforms.ts).
describe.each<PlatformName>(["telegram", "bale"])("the emulator on %s refuses what the platform refuses", (platform) => {
  const fresh = () => {
    const state = new BotApiState({ platform });
    state.sendText(ZAHRA, "/start");
    return state;
  };

  it("message text: 1–4096 code points once cleaned and trimmed", () => {
    const state = fresh();
    const send = (text: unknown) => outcome(state, "sendMessage", { chat_id: ZAHRA.id, text });
    expect(send(undefined)).toBe("400 Bad Request: message text is empty");
    expect(send("")).toBe("400 Bad Request: message text is empty");
    expect(send(" \n \u200b")).toBe("400 Bad Request: text must be non-empty");
    expect(send("ب".repeat(4096))).toBe("ok");
    expect(send(`  ${"ب".repeat(4096)}\n\n`)).toBe("ok");
    expect(send("😀".repeat(4096))).toBe("ok");
    expect(send("ب".repeat(4097))).toBe("400 Bad Request: message is too long");
    // Fluent's isolation marks are characters Telegram keeps, and counts.
    expect(send(`\u2068${"ب".repeat(4095)}\u2069`)).toBe("400 Bad Request: message is too long");
    expect(send("\u202a".repeat(5000) + "x")).toBe("ok"); // direction embeddings are dropped before counting
    expect(send("a".repeat(32769))).toBe("400 Bad Request: text is too long");
    expect(state.lastMessageTo(ZAHRA.id)!.text).toBe("x");
  });

  it("captions: at most 1024, and may be empty", () => {
    const state = fresh();
    state.sendPhoto(ZAHRA);
    const photo = String(state.updates.at(-1)!.message.photo.at(-1).file_id);
    expect(outcome(state, "sendPhoto", { chat_id: ZAHRA.id, photo, caption: "ب".repeat(1024) })).toBe("ok");
    expect(outcome(state, "sendPhoto", { chat_id: ZAHRA.id, photo })).toBe("ok");
    expect(outcome(state, "sendPhoto", { chat_id: ZAHRA.id, photo, caption: "ب".repeat(1025) })).toBe("400 Bad Request: message caption is too long");
    expect(outcome(state, "sendPhoto", { chat_id: ZAHRA.id })).toBe("400 Bad Request: there is no photo in the request");
  });

  it("buttons: callback data 1–64 bytes, an action on every inline button, empty labels dropped", () => {
    const state = fresh();
    const send = (reply_markup: unknown) => outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "?", reply_markup });
    expect(send(inline([{ text: "ok", callback_data: "x".repeat(64) }]))).toBe("ok");
    expect(send(inline([{ text: "ok", callback_data: "ب".repeat(32) }]))).toBe("ok");
    expect(send(inline([{ text: "too long", callback_data: "ب".repeat(33) }]))).toBe("400 Bad Request: BUTTON_DATA_INVALID");
    expect(send(JSON.stringify(inline([{ text: "too long", callback_data: "x".repeat(65) }])))).toBe("400 Bad Request: BUTTON_DATA_INVALID");
    expect(send(inline([{ text: "no data", callback_data: "" }]))).toBe(
      "400 Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    expect(send(inline([{ text: "nothing" }]))).toBe("400 Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    expect(send({ inline_keyboard: [[{ callback_data: "x" }]] })).toBe(`400 Bad Request: can't parse inline keyboard button: Can't find field "text"`);
    expect(send("{not json")).toBe("400 Bad Request: can't parse reply keyboard markup JSON object");

    expect(
      send(
        inline([
          { text: "", callback_data: "gone" },
          { text: "kept", callback_data: "kept" },
        ]),
      ),
    ).toBe("ok");
    expect(buttons(state.lastMessageTo(ZAHRA.id)!.reply_markup)).toEqual([{ text: "kept", data: "kept" }]);
    expect(send(inline([{ text: "", callback_data: "gone" }]))).toBe("ok");
    expect(state.lastMessageTo(ZAHRA.id)!.reply_markup).toBeUndefined();
    expect(send({ keyboard: [[{ text: "" }, "menu"], [{ text: "" }]], resize_keyboard: true })).toBe("ok");
    expect(state.lastMessageTo(ZAHRA.id)!.reply_markup.keyboard).toEqual([["menu"]]);
    const wide = Array.from({ length: 15 }, (_, i) => ({ text: `b${i}`, callback_data: `b${i}` }));
    expect(send(inline(wide))).toBe("ok");
    expect(buttons(state.lastMessageTo(ZAHRA.id)!.reply_markup)).toHaveLength(12);
  });

  it("entities lie inside the text (UTF-16 units)", () => {
    const state = fresh();
    const send = (text: string, entities: unknown) => outcome(state, "sendMessage", { chat_id: ZAHRA.id, text, entities });
    expect(send("😀ab", [{ type: "bold", offset: 2, length: 2 }])).toBe("ok");
    if (platform === "telegram") {
      expect(send("😀ab", [{ type: "bold", offset: 2, length: 3 }])).toBe(
        "400 Bad Request: entity beginning at UTF-16 offset 2 ends after the end of the text at UTF-16 offset 5",
      );
      expect(send("ab", [{ type: "bold", offset: 3, length: 1 }])).toBe("400 Bad Request: entity begins after the end of the text at UTF-16 offset 3");
      expect(send("  ab", [{ type: "bold", offset: 2, length: 2 }])).toBe("ok");
      expect(state.lastMessageTo(ZAHRA.id)!.rendered).toEqual({ text: "ab", entities: [{ type: "bold", offset: 0, length: 2 }] });
    }
  });

  it("answerCallbackQuery: only a pressed query not answered yet, text at most 200", () => {
    const state = fresh();
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "?", reply_markup: inline([{ text: "a", callback_data: "a" }]) });
    const id = state.pressButton(ZAHRA, "a").callback_query.id;
    expect(state.unansweredCallbackQueries()).toEqual([id]);
    const answer = (payload: Record<string, any>) => outcome(state, "answerCallbackQuery", payload);
    expect(answer({ callback_query_id: id, text: "ب".repeat(201) })).toBe("400 Bad Request: MESSAGE_TOO_LONG");
    expect(answer({ callback_query_id: id, text: "ب".repeat(200) })).toBe("ok");
    expect(state.unansweredCallbackQueries()).toEqual([]);
    expect(answer({ callback_query_id: id })).toBe("400 Bad Request: query is too old and response timeout expired or query ID is invalid");
    expect(answer({ callback_query_id: "999" })).toBe("400 Bad Request: query is too old and response timeout expired or query ID is invalid");
  });

  it("a press needs a message from the bot; by default the newest showing that button, else (forged data) the newest", () => {
    const state = fresh();
    expect(() => state.pressButton(ZAHRA, "a")).toThrow(/no message/);
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "first", reply_markup: inline([{ text: "a", callback_data: "a" }]) });
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "second" });
    const pressed = state.pressButton(ZAHRA, "a").callback_query;
    expect(pressed.message).toMatchObject({ message_id: 2, text: "first", from: BOT_USER, reply_markup: inline([{ text: "a", callback_data: "a" }]) });
    expect(state.pressButton(ZAHRA, "forged").callback_query.message.message_id).toBe(3);
    expect(() => state.pressButton(ZAHRA, "a", 1)).toThrow(/no message 1/); // the user's own /start
    expect(() => state.pressButton(ZAHRA, "a", 99)).toThrow(/no message 99/);
  });

  it("a file id is re-sent only with the method of its own kind", () => {
    const state = fresh();
    state.sendDocument(ZAHRA, { mimeType: "image/jpeg", fileName: "card.jpg" });
    const document = String(state.updates.at(-1)!.message.document.file_id);
    state.sendPhoto(ZAHRA);
    const photo = String(state.updates.at(-1)!.message.photo.at(-1).file_id);
    expect(outcome(state, "sendPhoto", { chat_id: REZA.id, photo: document })).toBe("400 Bad Request: can't use file of type Document as Photo");
    expect(outcome(state, "sendDocument", { chat_id: REZA.id, document: photo })).toBe("400 Bad Request: can't use file of type Photo as Document");
    expect(outcome(state, "sendDocument", { chat_id: REZA.id, document })).toBe("ok");
    expect(outcome(state, "sendPhoto", { chat_id: REZA.id, photo })).toBe("ok");
    expect(outcome(state, "sendDocument", { chat_id: REZA.id, document: "sticker1" })).toBe("400 Bad Request: wrong file identifier/HTTP URL specified");
    state.sendSticker(ZAHRA);
    expect(outcome(state, "sendDocument", { chat_id: REZA.id, document: "sticker1" })).toBe("ok"); // TDLib lets the document kinds stand in for each other
    expect(outcome(state, "sendPhoto", { chat_id: REZA.id, photo: "never-handed-out" })).toBe("400 Bad Request: wrong file identifier/HTTP URL specified");
    // What the bot uploads gets an id of its kind.
    expect(outcome(state, "sendDocument", { chat_id: REZA.id, document: { filename: "export.csv", content: Buffer.from("a,b") } })).toBe("ok");
    const uploaded = state.lastMessageTo(REZA.id)!.file!.fileId;
    expect(outcome(state, "sendPhoto", { chat_id: REZA.id, photo: uploaded })).toBe("400 Bad Request: can't use file of type Document as Photo");
  });

  it("getFile: known ids up to 20 MB; the path downloads the bytes", () => {
    const state = fresh();
    state.sendDocument(ZAHRA, { sizeBytes: 21 * 2 ** 20 });
    const big = String(state.updates.at(-1)!.message.document.file_id);
    state.uploadFile(ZAHRA, "document", { content: Buffer.from("%PDF real"), name: "plan.pdf", mime: "application/pdf" });
    const small = String(state.updates.at(-1)!.message.document.file_id);
    expect(outcome(state, "getFile", { file_id: big })).toBe("400 Bad Request: file is too big");
    expect(outcome(state, "getFile", { file_id: "nope" })).toBe("400 Bad Request: invalid file_id");
    const answer = state.call("getFile", { file_id: small });
    const path = (answer as { result: { file_path: string } }).result.file_path;
    expect(path).toMatch(/^documents\/file_\d+\.pdf$/);
    expect(state.download(path)!.toString()).toBe("%PDF real");
    expect(state.download("documents/none.pdf")).toBeUndefined();
  });

  it("edits: the message must be the bot's, exist, hold text, and change", () => {
    const state = fresh();
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "case", reply_markup: inline([{ text: "open", callback_data: "o" }]) });
    const edit = (method: string, payload: Record<string, any>) => outcome(state, method, { chat_id: ZAHRA.id, ...payload });
    const notModified =
      "400 Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
    expect(edit("editMessageText", { message_id: 99, text: "x" })).toBe("400 Bad Request: message to edit not found");
    expect(edit("editMessageText", { message_id: 1, text: "x" })).toBe("400 Bad Request: message can't be edited");
    expect(edit("editMessageText", { message_id: 2, text: "case", reply_markup: inline([{ text: "open", callback_data: "o" }]) })).toBe(notModified);
    expect(edit("editMessageText", { message_id: 2, text: "case " })).toBe("ok"); // the keyboard goes: a change
    expect(edit("editMessageReplyMarkup", { message_id: 2 })).toBe(notModified);
    expect(edit("editMessageReplyMarkup", { message_id: 2, reply_markup: inline([{ text: "x", callback_data: "x" }]) })).toBe("ok");
    expect(edit("editMessageReplyMarkup", { message_id: 2, reply_markup: { keyboard: [["menu"]] } })).toBe("400 Bad Request: inline keyboard expected");
    expect(edit("editMessageText", { message_id: 2, text: "" })).toBe("400 Bad Request: message text is empty");
    expect(state.currentMessages(ZAHRA.id).map((m) => [m.text, buttons(m.reply_markup).length])).toEqual([["case", 1]]);
    state.sendPhoto(ZAHRA);
    state.call("sendPhoto", { chat_id: ZAHRA.id, photo: String(state.updates.at(-1)!.message.photo[1].file_id), caption: "p" });
    expect(edit("editMessageText", { message_id: 4, text: "x" })).toBe("400 Bad Request: there is no text in the message to edit");
    expect(edit("deleteMessage", { message_id: 2 })).toBe("ok");
    expect(edit("deleteMessage", { message_id: 2 })).toBe("400 Bad Request: message to delete not found");
  });

  it("a reply refers to a message of that chat", () => {
    const state = fresh();
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "re", reply_to_message_id: 1 })).toBe("ok");
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "re", reply_parameters: { message_id: 77 } })).toBe(
      "400 Bad Request: message to be replied not found",
    );
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "re", reply_parameters: { message_id: 77, allow_sending_without_reply: true } })).toBe(
      "ok",
    );
  });

  it("a user who blocked the bot gets nothing, with the platform's refusal", () => {
    const state = fresh();
    const update = state.setBlocked(ZAHRA, true);
    const refusal = outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "hi" });
    if (platform === "telegram") {
      expect(update!.my_chat_member.new_chat_member.status).toBe("kicked");
      expect(refusal).toBe("403 Forbidden: bot was blocked by the user");
    } else {
      expect(update).toBeUndefined();
      expect(refusal).toBe("403 Forbidden: permission_denied");
    }
    expect(outcome(state, "sendChatAction", { chat_id: ZAHRA.id, action: "typing" })).toBe(refusal);
    expect(outcome(state, "sendMessage", { chat_id: REZA.id, text: "hi" })).toBe("ok");
    state.setBlocked(ZAHRA, false);
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "hi" })).toBe("ok");
  });

  it("deep links carry a start payload of at most 64 of A–Z a–z 0–9 _ -", () => {
    const state = new BotApiState({ platform });
    const host = platform === "telegram" ? "https://t.me" : "https://ble.ir";
    expect(state.openLink(ZAHRA, `${host}/karyar_test_bot?start=inv_AbC-9`).message.text).toBe("/start inv_AbC-9");
    expect(state.openLink(ZAHRA, `${host}/karyar_test_bot?start=${"a".repeat(65)}`).message.text).toBe("/start");
    expect(state.openLink(ZAHRA, `${host}/karyar_test_bot?start=inv.x`).message.text).toBe("/start");
    expect(() => state.openLink(ZAHRA, `https://example.org/karyar_test_bot?start=x`)).toThrow(/does not open this bot/);
  });

  it("knownChatsOnly: a chat whose user never wrote is not found", () => {
    const state = new BotApiState({ platform, knownChatsOnly: true });
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "hi" })).toBe("400 Bad Request: chat not found");
    state.sendText(ZAHRA, "/start");
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "hi" })).toBe("ok");
  });

  it("rateLimitNext refuses as the platform's rate limit", () => {
    const state = fresh();
    state.rateLimitNext("sendMessage", 2, 3);
    const first = state.call("sendMessage", { chat_id: ZAHRA.id, text: "a" });
    expect(first).toEqual(
      platform === "telegram"
        ? { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } }
        : { ok: false, error_code: 400, description: "bot limit exceed" },
    );
    expect(state.call("sendMessage", { chat_id: ZAHRA.id, text: "a" }).ok).toBe(false);
    expect(state.call("sendMessage", { chat_id: ZAHRA.id, text: "a" }).ok).toBe(true);
    expect(state.refusals()).toHaveLength(2);
  });
});

describe("the emulator on Telegram only", () => {
  it("setMyCommands: [a-z0-9_]{1,32}, description 1–256, at most 100", () => {
    const state = new BotApiState();
    const set = (commands: unknown) => outcome(state, "setMyCommands", { commands });
    expect(set([{ command: "/start", description: " شروع " }])).toBe("ok");
    expect(set(JSON.stringify([{ command: "queue", description: "صف" }]))).toBe("ok");
    expect(set([{ command: "Queue", description: "x" }])).toBe("400 Bad Request: BOT_COMMAND_INVALID");
    expect(set([{ command: "صف", description: "x" }])).toBe("400 Bad Request: BOT_COMMAND_INVALID");
    expect(set([{ command: "a".repeat(33), description: "x" }])).toBe("400 Bad Request: command length must not exceed 32");
    expect(set([{ command: " / ", description: "x" }])).toBe("400 Bad Request: command must be non-empty");
    expect(set([{ command: "a", description: "  " }])).toBe("400 Bad Request: command description must be non-empty");
    expect(set([{ command: "a", description: "d".repeat(257) }])).toBe("400 Bad Request: command description length must not exceed 256");
    expect(set(Array.from({ length: 101 }, (_, i) => ({ command: `c${i}`, description: "x" })))).toBe("400 Bad Request: BOT_COMMANDS_TOO_MUCH");
  });

  it("setWebhook: https on 80, 88, 443 or 8443, a secret of 0–256 of A–Z a–z 0–9 _ -", () => {
    const state = new BotApiState();
    const set = (url: string, secret_token?: string) => outcome(state, "setWebhook", { url, secret_token });
    expect(set("http://karyar.example.org/webhook")).toBe("400 Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    expect(set("https://karyar.example.org:8080/webhook")).toBe("400 Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
    expect(set("not a url")).toBe("400 Bad Request: invalid webhook URL specified");
    expect(set("https://karyar.example.org/webhook", "a b")).toBe("400 Bad Request: secret token contains unallowed characters");
    expect(set("https://karyar.example.org/webhook", "a".repeat(257))).toBe("400 Bad Request: secret token is too long");
    expect(set("https://karyar.example.org:8443/webhook", "s3cret_-")).toBe("ok");
    expect(state.webhookSet).toEqual({ url: "https://karyar.example.org:8443/webhook", secret_token: "s3cret_-" });
    expect(set("")).toBe("ok");
    expect(state.webhookSet).toBeUndefined();
  });

  it("entities are honoured: what the person sees keeps the sender's formatting, and plain asterisks stay", () => {
    const state = new BotApiState();
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "سلام *زهرا*", entities: [{ type: "bold", offset: 0, length: 4 }] });
    expect(state.lastMessageTo(ZAHRA.id)!.rendered).toEqual({ text: "سلام *زهرا*", entities: [{ type: "bold", offset: 0, length: 4 }] });
  });
});
