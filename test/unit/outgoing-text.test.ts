import { describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";
import { neutralizeMarkers, platformCalls, toBaleMarkup } from "../../src/bot/outgoing-text.ts";
import { renderBaleMarkdown, spans } from "../../src/emulator/message-rules.ts";
import { PLATFORMS } from "../../src/platform.ts";

const entity = (text: string, type: string, part: string, extra: Record<string, unknown> = {}) =>
  ({ type, offset: text.indexOf(part), length: part.length, ...extra }) as MessageEntity;

describe("text on Bale (its markup instead of entities)", () => {
  it("shows typed asterisks and underscores as look-alikes no parser reads, leaving links and @names as they are", () => {
    const typed = "عسل *ممتاز* و _کوشک_ 2*3 https://ble.ir/karyar_bot?start=inv_a_b @zahra_ahmadi";
    const sent = neutralizeMarkers(typed);
    expect(sent).toBe("عسل \u2217ممتاز\u2217 و \u02cdکوشک\u02cd 2\u22173 https://ble.ir/karyar_bot?start=inv_a_b @zahra_ahmadi");
    expect(renderBaleMarkdown(sent)).toEqual({ text: sent, entities: [] });
  });

  it("turns bold and italic entities into markers on each line, outside the run's spaces; other formatting keeps its text", () => {
    const text = "خبر: دورهٔ آموزش \nبسته‌بندی عسل، کد `x` و 5*3 را ببینید";
    const markup = toBaleMarkup(text, [
      entity(text, "bold", "دورهٔ آموزش \nبسته‌بندی"),
      entity(text, "italic", "آموزش"), // inside the bold: Bale is not known to nest
      entity(text, "italic", " عسل"),
      entity(text, "code", "`x`"),
      entity(text, "text_link", "ببینید", { url: "https://example.org/p_q_r" }),
    ]);
    expect(markup).toBe("خبر: *دورهٔ آموزش* \n*بسته‌بندی* _عسل_، کد `x` و 5\u22173 را ببینید (https://example.org/p_q_r)");
    const shown = renderBaleMarkdown(markup);
    expect(spans(shown, "bold")).toEqual(["دورهٔ آموزش", "بسته‌بندی"]);
    expect(spans(shown, "italic")).toEqual(["عسل"]);
    expect(toBaleMarkup("فقط متن")).toBe("فقط متن");
  });

  it("rewrites each call on Bale only: text or caption as markup, nothing Bale does not document", async () => {
    expect(platformCalls(PLATFORMS.telegram)).toBeUndefined();
    const calls = platformCalls(PLATFORMS.bale)!;
    const seen: { method: string; payload: Record<string, unknown> }[] = [];
    const prev = (async (method: string, payload: Record<string, unknown>) => {
      seen.push({ method, payload });
      return { ok: true, result: true };
    }) as never;
    const text = "سلام *دنیا*";
    await calls(
      prev,
      "sendMessage",
      {
        chat_id: 1,
        text,
        entities: [entity(text, "italic", "سلام")],
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        reply_markup: { keyboard: [[{ text: "منو" }]], is_persistent: true, resize_keyboard: true },
      } as never,
      undefined,
    );
    await calls(prev, "sendPhoto", { chat_id: 1, photo: "p", caption: "a_b_c", caption_entities: [] }, undefined);
    await calls(prev, "answerCallbackQuery", { callback_query_id: "1", text: "*x*" }, undefined);
    expect(seen).toEqual([
      {
        method: "sendMessage",
        payload: { chat_id: 1, text: "_سلام_ \u2217دنیا\u2217", reply_markup: { keyboard: [[{ text: "منو" }]], resize_keyboard: true } },
      },
      { method: "sendPhoto", payload: { chat_id: 1, photo: "p", caption: "a\u02cdb\u02cdc" } },
      { method: "answerCallbackQuery", payload: { callback_query_id: "1", text: "*x*" } },
    ]);
  });
});
