/**
 * The rules Telegram applies to what a bot sends, and the exact refusals, as the Bot API server
 * (tdlib/telegram-bot-api `telegram-bot-api/Client.cpp`: `fail_query_with_error` prefixes
 * "Bad Request: " and lower-cases the first letter) and TDLib (tdlib/td) implement them:
 * - text: missing or "" → "message text is empty" (Client.cpp `get_input_message_text`); over
 *   32768 bytes → "text is too long" (Client.cpp `get_formatted_text`); cleaned (control
 *   characters, \r, U+2028–U+202E dropped: td/telegram/misc.cpp `clean_input_string`) and trimmed
 *   of spaces and newlines (td/telegram/MessageEntity.cpp `fix_formatted_text`), nothing left →
 *   "text must be non-empty"; more than 4096 code points left → "message is too long"
 *   (td/telegram/MessageContent.cpp, option message_text_length_max); a caption over 1024 →
 *   "message caption is too long" (option message_caption_length_max).
 * - entities must lie inside the text, in UTF-16 units (MessageEntity.cpp
 *   `clean_input_string_with_entities`).
 * - buttons: an inline button needs an action (Client.cpp `get_inline_keyboard_button_type`:
 *   "Text buttons are unallowed in the inline keyboard"); a button with empty text is dropped
 *   without a word, as are buttons past 12 a row or 300 a keyboard (td/telegram/ReplyMarkup.cpp
 *   `get_reply_markup`); callback_data over 64 bytes → "BUTTON_DATA_INVALID" (Telegram's server;
 *   docs: "1-64 bytes"); edits take inline keyboards only ("inline keyboard expected").
 * - bot commands: trimmed, one leading "/" dropped, 1–32 characters, description 1–256
 *   (td/telegram/BotCommand.cpp `set_commands`), [a-z0-9_] only → "BOT_COMMAND_INVALID", at most
 *   100 → "BOT_COMMANDS_TOO_MUCH" (Telegram's server; docs: setMyCommands).
 * - a file id is used only as its own kind, the document kinds standing in for each other
 *   (td/telegram/files/FileManager.cpp `check_input_file_id`: "can't use file of type Document
 *   as Photo"; FileType.cpp `get_file_type_class`).
 */

export interface Refusal {
  error_code: number;
  description: string;
  parameters?: Record<string, number>;
}

export interface Entity {
  type: string;
  offset: number;
  length: number;
  [field: string]: unknown;
}

/** What a message shows: its text (or caption) and formatting, as the platform's clients render it. */
export interface Rendered {
  text: string;
  entities: Entity[];
}

/** A call the platform refuses; thrown by the checks, answered by BotApiState.call. */
export class Refused extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.description);
    this.refusal = refusal;
  }
}

export const badRequest = (description: string): Refused => new Refused({ error_code: 400, description: `Bad Request: ${description}` });

export const LIMITS = { text: 4096, caption: 1024, callbackData: 64, callbackAnswer: 200, rawTextBytes: 1 << 15, commands: 100 } as const;

/** Code points, as TDLib's utf8_length counts. */
export const codePoints = (text: string): number => [...text].length;

/** Fields a multipart call carries as JSON strings (grammY encodes objects so). */
export function json<T>(value: unknown, what: string): T | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw badRequest(`can't parse ${what} JSON object`);
  }
}

const REMOVED = new Set(["\r", "\u2028", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u0333", "\u033f", "\u030a"]);
// eslint-disable-next-line no-control-regex -- the control characters are what TDLib replaces
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
const EMPTY = /^[ \n\u200b-\u200f\u202e\ufeff\u00a0]*$/;

/**
 * TDLib's cleaning and trimming of a text with its entities (UTF-16 offsets). Throws the
 * refusal for an entity outside the text.
 */
export function cleanText(raw: string, entities: Entity[] = []): Rendered {
  for (const e of entities) {
    if (e.length <= 0) continue;
    if (e.offset > raw.length) throw badRequest(`entity begins after the end of the text at UTF-16 offset ${e.offset}`);
    if (e.offset + e.length > raw.length)
      throw badRequest(`entity beginning at UTF-16 offset ${e.offset} ends after the end of the text at UTF-16 offset ${e.offset + e.length}`);
  }
  // map[i]: where old UTF-16 offset i lands in the cleaned text
  const map: number[] = [];
  let text = "";
  for (let i = 0; i < raw.length; i++) {
    map[i] = text.length;
    const c = raw[i]!;
    if (REMOVED.has(c)) continue;
    text += CONTROL.test(c) ? " " : c;
  }
  map[raw.length] = text.length;
  let kept = entities.filter((e) => e.length > 0).map((e) => ({ ...e, offset: map[e.offset]!, length: map[e.offset + e.length]! - map[e.offset]! }));
  kept = kept.filter((e) => e.length > 0);
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\n")) end--;
  const firstEntity = Math.min(end, ...kept.map((e) => e.offset));
  let start = 0;
  while (start < firstEntity && (text[start] === " " || text[start] === "\n")) start++;
  const entitiesLeft = kept
    .filter((e) => e.offset < end)
    .map((e) => ({ ...e, offset: e.offset - start, length: Math.min(e.offset + e.length, end) - e.offset }));
  return { text: text.slice(start, end), entities: entitiesLeft };
}

/** The checks of a message's text or caption; returns what the platform keeps. */
export function checkText(raw: unknown, entities: Entity[] | undefined, kind: "text" | "caption"): Rendered {
  const text = typeof raw === "string" ? raw : raw === undefined || raw === null ? "" : JSON.stringify(raw);
  if (kind === "text" && text === "") throw badRequest("message text is empty");
  if (Buffer.byteLength(text) > LIMITS.rawTextBytes) throw badRequest("text is too long");
  const cleaned = cleanText(text, entities);
  if (EMPTY.test(cleaned.text)) {
    if (kind === "text") throw badRequest("text must be non-empty");
    return { text: "", entities: [] };
  }
  if (kind === "text" && codePoints(cleaned.text) > LIMITS.text) throw badRequest("message is too long");
  if (kind === "caption" && codePoints(cleaned.text) > LIMITS.caption) throw badRequest("message caption is too long");
  return cleaned;
}

/**
 * Bale's reading of plain text as Markdown: *bold* and _italic_ runs on one line that neither
 * start nor end with a space lose their markers and become formatting; links and @names are
 * not read (UNCONFIRMED, see platforms.ts).
 */
export function renderBaleMarkdown(text: string): Rendered {
  const entities: Entity[] = [];
  const links = [...text.matchAll(/(?:https?:\/\/|www\.)\S+|@\w+/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const inLink = (from: number, to: number) => links.some(([start, end]) => from < end && start < to);
  const pattern = /([*_])([^\s*_\n](?:[^*_\n]*[^\s*_\n])?)\1/gu;
  let out = "";
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (inLink(match.index, match.index + match[0].length)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    out += text.slice(last, match.index);
    entities.push({ type: match[1] === "*" ? "bold" : "italic", offset: out.length, length: match[2]!.length });
    out += match[2];
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), entities };
}

/** The substrings of a rendered message shown with `type` (e.g. every bold run). */
export function spans(rendered: Rendered | undefined, type: string): string[] {
  return (rendered?.entities ?? []).filter((e) => e.type === type).map((e) => rendered!.text.slice(e.offset, e.offset + e.length));
}

interface RawButton {
  text?: unknown;
  callback_data?: unknown;
  url?: unknown;
  [field: string]: unknown;
}

const ACTIONS = [
  "url",
  "callback_game",
  "pay",
  "switch_inline_query",
  "switch_inline_query_chosen_chat",
  "switch_inline_query_current_chat",
  "login_url",
  "web_app",
  "copy_text",
];

/**
 * A reply_markup as the user sees it (buttons with empty text dropped, rows past 12 and buttons
 * past 300 cut), or undefined for none. Throws the refusal of a malformed one; `inlineOnly` for edits.
 */
export function shownMarkup(value: unknown, inlineOnly: boolean): Record<string, unknown> | undefined {
  const markup = json<Record<string, unknown>>(value, "reply keyboard markup");
  if (markup === undefined) return undefined;
  if (typeof markup !== "object" || Array.isArray(markup)) throw badRequest("object expected as reply markup");
  const rows = (field: string, button: (b: unknown) => RawButton | string) => {
    const source = markup[field];
    if (source === undefined) return undefined;
    if (!Array.isArray(source)) throw badRequest(`field "${field}" must be an Array of Arrays`);
    const shown: (RawButton | string)[][] = [];
    let total = 0;
    for (const row of source) {
      if (!Array.isArray(row)) throw badRequest(`field "${field}" must be an Array of Arrays`);
      const kept: (RawButton | string)[] = [];
      for (const b of row) {
        const parsed = button(b);
        const text = typeof parsed === "string" ? parsed : parsed.text;
        if (text === "" || kept.length >= 12 || total >= 300) continue;
        kept.push(parsed);
        total++;
      }
      if (kept.length > 0) shown.push(kept);
    }
    return shown;
  };
  const keyboard = rows("keyboard", (b) => {
    if (typeof b === "string") return b;
    if (typeof b !== "object" || b === null) throw badRequest("can't parse keyboard button: KeyboardButton must be a String or an Object");
    if (typeof (b as RawButton).text !== "string") throw badRequest(`can't parse keyboard button: Can't find field "text"`);
    return b as RawButton;
  });
  const inline = rows("inline_keyboard", (b) => {
    if (typeof b !== "object" || b === null) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    const button = b as RawButton;
    if (typeof button.text !== "string") throw badRequest(`can't parse inline keyboard button: Can't find field "text"`);
    const hasAction = (button.callback_data !== undefined && button.callback_data !== "") || ACTIONS.some((a) => button[a] !== undefined && button[a] !== "");
    if (!hasAction) throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    return button;
  });
  if (keyboard && keyboard.length > 0) {
    if (inlineOnly) throw badRequest("inline keyboard expected");
    return { ...markup, keyboard, inline_keyboard: undefined };
  }
  if (inline && inline.length > 0) return { inline_keyboard: inline };
  if (markup.remove_keyboard || markup.hide_keyboard || markup.force_reply) {
    if (inlineOnly) throw badRequest("inline keyboard expected");
    return markup;
  }
  return undefined;
}

/** Telegram's server refuses callback data over 64 bytes (checked after everything TDLib checks). */
export function checkButtonData(markup: Record<string, unknown> | undefined): void {
  for (const row of (markup?.inline_keyboard ?? []) as RawButton[][])
    for (const b of row)
      if (typeof b.callback_data === "string" && Buffer.byteLength(b.callback_data) > LIMITS.callbackData) throw badRequest("BUTTON_DATA_INVALID");
}

/** setMyCommands' checks, in TDLib's and then the server's order. */
export function checkCommands(value: unknown): { command: string; description: string }[] {
  const commands = json<{ command?: unknown; description?: unknown }[]>(value, "commands") ?? [];
  if (!Array.isArray(commands)) throw badRequest('field "commands" must be an Array');
  const result = commands.map((c) => {
    if (typeof c.command !== "string") throw badRequest(`can't parse BotCommand: Can't find field "command"`);
    if (typeof c.description !== "string") throw badRequest(`can't parse BotCommand: Can't find field "description"`);
    let command = c.command.trim();
    if (command.startsWith("/")) command = command.slice(1);
    if (command === "") throw badRequest("command must be non-empty");
    if (codePoints(command) > 32) throw badRequest("command length must not exceed 32");
    const description = c.description.trim();
    if (description === "") throw badRequest("command description must be non-empty");
    if (codePoints(description) > 256) throw badRequest("command description length must not exceed 256");
    return { command, description };
  });
  if (result.length > LIMITS.commands) throw badRequest("BOT_COMMANDS_TOO_MUCH");
  if (result.some((c) => !/^[a-z0-9_]+$/.test(c.command))) throw badRequest("BOT_COMMAND_INVALID");
  return result;
}

export type FileKind = "photo" | "document" | "video" | "audio" | "voice" | "animation" | "sticker" | "video_note";

const TDLIB_NAMES: Record<FileKind, string> = {
  photo: "Photo",
  document: "Document",
  video: "Video",
  audio: "Audio",
  voice: "VoiceNote",
  animation: "Animation",
  sticker: "Sticker",
  video_note: "VideoNote",
};

/** Throws unless a file of kind `actual` may be sent as `expected`. */
export function checkFileKind(actual: FileKind, expected: FileKind): void {
  const documentLike = (k: FileKind) => k !== "photo";
  if (actual === expected || (documentLike(actual) && documentLike(expected))) return;
  throw badRequest(`can't use file of type ${TDLIB_NAMES[actual]} as ${TDLIB_NAMES[expected]}`);
}
