import type { BotApiState, BotMessage } from "../emulator/bot-api-state.ts";

export type Entry =
  | { from: "user"; key: string; text?: string; contact?: string; file?: { kind: "photo" | "document"; fileId: string; name?: string }; other?: string }
  | { from: "bot"; key: string; text?: string; inline: { text: string; data: string }[][]; file?: BotMessage["file"]; edited: boolean };

export interface ReplyKeyboard {
  rows: { text: string; contact: boolean }[][];
}

/** One chat as a messenger shows it: messages in order, edits applied in place, and the reply keyboard in force. */
export function transcript(state: BotApiState, chatId: number): { entries: Entry[]; keyboard: ReplyKeyboard | null } {
  const entries: Entry[] = [];
  const botMessages = new Map<number, Extract<Entry, { from: "bot" }>>();
  let keyboard: ReplyKeyboard | null = null;
  let oneTime = false;
  for (const event of state.timeline) {
    if ("update" in event) {
      const message = event.update.message;
      if (!message || message.chat?.id !== chatId) continue;
      if (oneTime) keyboard = null; // a one-time keyboard hides once used
      const file = message.photo
        ? { kind: "photo" as const, fileId: message.photo.at(-1).file_id }
        : message.document
          ? { kind: "document" as const, fileId: message.document.file_id, name: message.document.file_name }
          : undefined;
      entries.push({
        from: "user",
        key: `u${event.update.update_id}`,
        text: message.text ?? message.caption,
        contact: message.contact?.phone_number,
        file,
        other: message.sticker ? "sticker" : undefined,
      });
      continue;
    }
    const message = event.call.message!;
    if (message.chat_id !== chatId) continue;
    const inline = ((message.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).map((row) =>
      row.map((b) => ({ text: b.text, data: b.callback_data })),
    );
    const existing = botMessages.get(message.message_id);
    if (existing && event.call.method.startsWith("edit")) {
      Object.assign(existing, { text: message.text, inline, edited: true });
      continue;
    }
    const entry: Extract<Entry, { from: "bot" }> = {
      from: "bot",
      key: `b${message.message_id}`,
      text: message.text,
      inline,
      file: message.file,
      edited: false,
    };
    botMessages.set(message.message_id, entry);
    entries.push(entry);
    const markup = message.reply_markup;
    if (markup?.keyboard) {
      keyboard = {
        rows: (markup.keyboard as { text: string; request_contact?: boolean }[][]).map((row) =>
          row.map((b) => ({ text: b.text, contact: Boolean(b.request_contact) })),
        ),
      };
      oneTime = Boolean(markup.one_time_keyboard);
    } else if (markup?.remove_keyboard) keyboard = null;
  }
  return { entries, keyboard };
}
