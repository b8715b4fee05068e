import { describe, expect, it } from "vitest";
import { BotApiState, spans, type TestUser } from "../../src/emulator/bot-api-state.ts";

const ZAHRA: TestUser = { id: 601, first_name: "Zahra" };
const OLD_CLIENT: TestUser = { id: 602, first_name: "Reza", oldClient: true };

const outcome = (state: BotApiState, method: string, payload: Record<string, any>) => {
  const answer = state.call(method, payload);
  return answer.ok ? "ok" : `${answer.error_code} ${answer.description}`;
};

describe("the emulator's Bale profile", () => {
  it("tells the bot nothing of a block; the send fails with Bale's refusal (either variant)", () => {
    const state = new BotApiState({ platform: "bale" });
    expect(state.setBlocked(ZAHRA, true)).toBeUndefined();
    expect(state.updates).toHaveLength(0);
    expect(outcome(state, "sendMessage", { chat_id: ZAHRA.id, text: "hi" })).toBe("403 Forbidden: permission_denied");
    const older = new BotApiState({ platform: "bale", blockedAs: "permission_denied" });
    older.setBlocked(ZAHRA, true);
    expect(outcome(older, "sendMessage", { chat_id: ZAHRA.id, text: "hi" })).toBe("400 permission_denied");
  });

  it("answers a rate limit as Bale may: 'bot limit exceed', 'local_rate_limited', 429 or 420, none with retry_after", () => {
    const answers = ["bot-limit-exceed", "local-rate-limited", "too-many-requests", "flood"].map((rateLimitedAs) =>
      new BotApiState({ platform: "bale", rateLimitedAs }).rateLimited(5),
    );
    expect(answers).toEqual([
      { error_code: 400, description: "bot limit exceed" },
      { error_code: 400, description: "local_rate_limited" },
      { error_code: 429, description: "Too Many Requests" },
      { error_code: 420, description: "Flood" },
    ]);
    expect(() => new BotApiState({ platform: "bale", rateLimitedAs: "nope" }).rateLimited()).toThrow(/no rate-limit answer/);
  });

  it("gives old clients callback ids starting with 1, and records that they saw no answer text", () => {
    const state = new BotApiState({ platform: "bale" });
    for (const user of [ZAHRA, OLD_CLIENT]) {
      state.sendText(user, "/start");
      state.call("sendMessage", { chat_id: user.id, text: "?", reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "a" }]] } });
    }
    const current = state.pressButton(ZAHRA, "a").callback_query;
    const old = state.pressButton(OLD_CLIENT, "a").callback_query;
    expect(current.id).toMatch(/^2/);
    expect(old.id).toMatch(/^1/);
    expect(old.from).not.toHaveProperty("oldClient");
    state.call("answerCallbackQuery", { callback_query_id: current.id, text: "done" });
    state.call("answerCallbackQuery", { callback_query_id: old.id, text: "done" });
    expect(state.calls.filter((c) => c.callbackAnswer).map((c) => c.callbackAnswer!.shown)).toEqual([true, false]);
    // On Telegram the flag means nothing.
    const telegram = new BotApiState();
    telegram.sendText(OLD_CLIENT, "/start");
    telegram.call("sendMessage", { chat_id: OLD_CLIENT.id, text: "?" });
    const id = telegram.pressButton(OLD_CLIENT, "x").callback_query.id;
    telegram.call("answerCallbackQuery", { callback_query_id: id, text: "done" });
    expect(telegram.calls.at(-1)!.callbackAnswer!.shown).toBe(true);
  });

  it("ignores entities and parse_mode and shows *…* and _…_ in plain text as bold and italic", () => {
    const state = new BotApiState({ platform: "bale" });
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "نام: *زهرا* و _کوشک_ * نه * 2*3*4", entities: [{ type: "bold", offset: 0, length: 3 }] });
    const sent = state.lastMessageTo(ZAHRA.id)!;
    expect(state.calls.at(-1)!.ignored).toEqual(["entities"]);
    expect(sent.text).toBe("نام: *زهرا* و _کوشک_ * نه * 2*3*4");
    expect(sent.entities).toBeUndefined();
    expect(sent.rendered.text).toBe("نام: زهرا و کوشک * نه * 234");
    expect(spans(sent.rendered, "bold")).toEqual(["زهرا", "3"]);
    expect(spans(sent.rendered, "italic")).toEqual(["کوشک"]);
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "x", parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    expect(state.calls.at(-1)!.ignored).toEqual(["parse_mode", "link_preview_options"]);
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "menu", reply_markup: { keyboard: [["a"]], is_persistent: true } });
    expect(state.calls.at(-1)!.ignored).toEqual(["reply_markup.is_persistent"]);
  });

  it("takes a webhook URL on port 443 or 88 only, ignores secret_token, and has no setMyCommands", () => {
    const state = new BotApiState({ platform: "bale" });
    expect(outcome(state, "setWebhook", { url: "https://karyar.example.org:8443/webhook" })).toBe(
      "400 Bad Request: bad webhook: Webhook can be set up only on ports 88 or 443",
    );
    expect(outcome(state, "setWebhook", { url: "https://karyar.example.org:88/webhook/s", secret_token: "s" })).toBe("ok");
    expect(state.calls.at(-1)!.ignored).toEqual(["secret_token"]);
    expect(outcome(state, "setMyCommands", { commands: [{ command: "start", description: "x" }] })).toBe("404 Not Found");
    expect(outcome(state, "answerInlineQuery", { inline_query_id: "1", results: [] })).toBe("404 Not Found");
  });

  it("answers editMessageText with a stub, and lets tests send contacts without user_id and files whose path has no extension", () => {
    const state = new BotApiState({ platform: "bale" });
    state.call("sendMessage", { chat_id: ZAHRA.id, text: "a" });
    expect(state.call("editMessageText", { chat_id: ZAHRA.id, message_id: 1, text: "b" })).toEqual({ ok: true, result: { message_id: 0 } });
    expect(state.sendContact(ZAHRA, "+989121234567", null).message.contact).toEqual({ phone_number: "+989121234567", first_name: "Zahra" });
    const fileId = String(state.sendDocument(ZAHRA, { filePath: "AgADBAAD4" }).message.document.file_id);
    expect(state.call("getFile", { file_id: fileId })).toMatchObject({ ok: true, result: { file_path: "AgADBAAD4" } });
    expect(state.download("AgADBAAD4")!.toString()).toBe(BotApiState.FILE_BODY);
  });
});
