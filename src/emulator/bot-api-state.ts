// A model of the Bot API's server side shared by the in-process fake (test/support/fake-fetch.ts),
// the HTTP emulator (server.ts) and the playground: users send updates, the bot's calls are
// recorded and answered like Telegram answers them.
import type { UploadedFile } from "./multipart.ts";

export interface TestUser {
  id: number;
  first_name: string;
  language_code?: string;
}

export interface BotCall {
  method: string;
  payload: Record<string, any>;
  /** The message a send/edit produced, if any. */
  message?: BotMessage;
}

export interface BotMessage {
  message_id: number;
  chat_id: number;
  text?: string;
  reply_markup?: any;
  /** A photo or document the bot sent: its file id in `files` (when its bytes are known) and name. */
  file?: { kind: "photo" | "document"; fileId: string; name?: string };
}

export interface StoredFile {
  content: Buffer;
  name?: string;
  mime?: string;
}

export const BOT_USER = { id: 4242, is_bot: true, first_name: "Karyar", username: "karyar_test_bot" };

/** Unique across every fake platform in the process, as a real bot's update ids are across restarts (the update ledger relies on it). */
let nextUpdateId = 1;

export class BotApiState {
  readonly calls: BotCall[] = [];
  readonly updates: Record<string, any>[] = [];
  /** Everything in order: updates users sent and the bot's calls that made or changed a message. */
  readonly timeline: ({ update: Record<string, any> } | { call: BotCall })[] = [];
  /** Files with known bytes: uploaded by a user, or sent by the bot. */
  readonly files = new Map<string, StoredFile>();
  #nextFileId = 1;
  #nextMessageId = new Map<number, number>();
  #listeners = new Set<() => void>();
  /** Answers a method with an error instead of a result (e.g. 429, 403). */
  failNext: Map<string, { error_code: number; description: string; parameters?: Record<string, number> }[]> = new Map();

  #messageId(chatId: number): number {
    const id = (this.#nextMessageId.get(chatId) ?? 0) + 1;
    this.#nextMessageId.set(chatId, id);
    return id;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }

  /** Any update at all (the fuzzer's), numbered like the others. */
  pushRaw(update: Record<string, any>): Record<string, any> {
    return this.#push(update);
  }

  #push(update: Record<string, any>): Record<string, any> {
    const full = { update_id: nextUpdateId++, ...update };
    this.updates.push(full);
    this.timeline.push({ update: full });
    this.#changed();
    return full;
  }

  #userMessage(user: TestUser, extra: Record<string, any>) {
    return {
      message_id: this.#messageId(user.id),
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { ...user, is_bot: false },
      ...extra,
    };
  }

  sendText(user: TestUser, text: string) {
    const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined;
    return this.#push({ message: this.#userMessage(user, { text, entities }) });
  }

  sendContact(user: TestUser, phone_number: string, contactUserId: number | undefined = user.id) {
    return this.#push({
      message: this.#userMessage(user, { contact: { phone_number, first_name: user.first_name, user_id: contactUserId } }),
    });
  }

  sendSticker(user: TestUser) {
    return this.#push({
      message: this.#userMessage(user, {
        sticker: { file_id: "sticker1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
      }),
    });
  }

  sendPhoto(user: TestUser, sizeBytes = 120_000) {
    const id = nextUpdateId;
    return this.#push({
      message: this.#userMessage(user, {
        photo: [
          { file_id: `photo-small-${id}`, file_unique_id: `ps${id}`, width: 90, height: 90, file_size: 2_000 },
          { file_id: `photo-${id}`, file_unique_id: `p${id}`, width: 1280, height: 960, file_size: sizeBytes },
        ],
      }),
    });
  }

  sendDocument(user: TestUser, { mimeType = "application/pdf", sizeBytes = 300_000, fileName = "plan.pdf" } = {}) {
    const id = nextUpdateId;
    return this.#push({
      message: this.#userMessage(user, {
        document: { file_id: `doc-${id}`, file_unique_id: `d${id}`, file_name: fileName, mime_type: mimeType, file_size: sizeBytes },
      }),
    });
  }

  /** A user sends a real file (the playground): a photo or a document, its bytes kept for download. */
  uploadFile(user: TestUser, kind: "photo" | "document", file: StoredFile) {
    const fileId = `up-${this.#nextFileId++}`;
    this.files.set(fileId, file);
    const size = file.content.length;
    return this.#push({
      message: this.#userMessage(user, {
        ...(kind === "photo"
          ? { photo: [{ file_id: fileId, file_unique_id: `u${fileId}`, width: 1280, height: 960, file_size: size }] }
          : {
              document: {
                file_id: fileId,
                file_unique_id: `u${fileId}`,
                file_name: file.name ?? "file",
                mime_type: file.mime ?? "application/octet-stream",
                file_size: size,
              },
            }),
      }),
    });
  }

  /** The user blocks ("kicked") or unblocks ("member") the bot. */
  setBlocked(user: TestUser, blocked: boolean) {
    const member = (status: string) => ({ status, user: BOT_USER });
    return this.#push({
      my_chat_member: {
        chat: { id: user.id, type: "private", first_name: user.first_name },
        from: { ...user, is_bot: false },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: member(blocked ? "member" : "kicked"),
        new_chat_member: member(blocked ? "kicked" : "member"),
      },
    });
  }

  /** Presses an inline button: `data` need not belong to any real button (forgeries). */
  pressButton(user: TestUser, data: string, messageId = 1) {
    return this.#push({
      callback_query: {
        id: String(nextUpdateId),
        from: { ...user, is_bot: false },
        chat_instance: "ci",
        data,
        message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: user.id, type: "private" }, text: "…" },
      },
    });
  }

  /** Handles one Bot API call from the bot; returns what the API would return. */
  call(
    method: string,
    payload: Record<string, any>,
  ): { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, number> } {
    const failure = this.failNext.get(method)?.shift();
    const call: BotCall = { method, payload };
    this.calls.push(call);
    if (failure) return { ok: false, ...failure };
    switch (method) {
      case "getMe":
        return { ok: true, result: { ...BOT_USER, can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false } };
      case "sendMessage":
      case "sendPhoto":
      case "sendDocument": {
        const chatId = Number(payload.chat_id);
        call.message = { message_id: this.#messageId(chatId), chat_id: chatId, text: payload.text ?? payload.caption, reply_markup: payload.reply_markup };
        if (method !== "sendMessage")
          call.message.file = this.#botFile(method === "sendPhoto" ? "photo" : "document", payload[method === "sendPhoto" ? "photo" : "document"]);
        this.timeline.push({ call });
        this.#changed();
        return {
          ok: true,
          result: {
            message_id: call.message.message_id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chatId, type: "private" },
            from: BOT_USER,
            text: payload.text,
          },
        };
      }
      case "getFile": {
        const size = this.files.get(payload.file_id)?.content.length ?? 1234;
        const extension = String(payload.file_id).startsWith("doc") ? "pdf" : "jpg";
        return {
          ok: true,
          result: { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_size: size, file_path: `files/${payload.file_id}.${extension}` },
        };
      }
      case "editMessageText": {
        const chatId = Number(payload.chat_id);
        call.message = { message_id: Number(payload.message_id), chat_id: chatId, text: payload.text, reply_markup: payload.reply_markup };
        this.timeline.push({ call });
        this.#changed();
        return { ok: true, result: { message_id: payload.message_id, date: 0, chat: { id: chatId, type: "private" }, text: payload.text } };
      }
      case "editMessageReplyMarkup": {
        const chatId = Number(payload.chat_id);
        const previous = this.calls.findLast((c) => c.message?.chat_id === chatId && c.message.message_id === Number(payload.message_id));
        call.message = {
          message_id: Number(payload.message_id),
          chat_id: chatId,
          text: previous?.message?.text,
          reply_markup: payload.reply_markup,
          file: previous?.message?.file,
        };
        this.timeline.push({ call });
        this.#changed();
        return { ok: true, result: true };
      }
      default:
        this.#changed();
        return { ok: true, result: true };
    }
  }

  /** A file the bot sends: new bytes are kept under a new id; an id refers to a file sent before. */
  #botFile(kind: "photo" | "document", sent: string | UploadedFile | undefined): BotMessage["file"] {
    if (typeof sent === "string") return { kind, fileId: sent, name: this.files.get(sent)?.name };
    const fileId = `bot-${this.#nextFileId++}`;
    if (sent) this.files.set(fileId, { content: sent.content, name: sent.filename });
    return { kind, fileId, name: sent?.filename };
  }

  /** Messages the bot sent or edited in one chat, oldest first. */
  messagesTo(chatId: number) {
    return this.calls.filter((c) => c.message?.chat_id === chatId).map((c) => c.message!);
  }

  lastMessageTo(chatId: number) {
    return this.messagesTo(chatId).at(-1);
  }

  /** Resolves with the first call matching `predicate` among those made after `since` calls. */
  waitFor(predicate: (call: BotCall) => boolean, { since = 0, timeoutMs = 10_000 } = {}): Promise<BotCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.calls.slice(since).find(predicate);
        if (found) {
          stop();
          clearTimeout(timer);
          resolve(found);
        }
      };
      const stop = this.onChange(check);
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`timed out waiting for a bot call (${this.calls.length} calls so far)`));
      }, timeoutMs);
      check();
    });
  }
}

/** The text of a message without Fluent's bidi isolation marks. */
export function plain(text: string | undefined): string {
  return (text ?? "").replace(/[\u2068\u2069]/g, "");
}

/** Every callback_data on an inline keyboard, with its label. */
export function buttons(markup: any): { text: string; data: string }[] {
  return (markup?.inline_keyboard ?? []).flat().map((b: any) => ({ text: b.text, data: b.callback_data }));
}
