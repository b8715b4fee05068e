// A model of the Bot API's server side shared by the in-process fake (test/support/fake-fetch.ts),
// the HTTP emulator (server.ts) and the playground: users send updates, and the bot's calls are
// answered as the chosen platform answers them, refusals included (message-rules.ts, platforms.ts).
import {
  badRequest,
  checkButtonData,
  checkCommands,
  checkFileKind,
  checkText,
  codePoints,
  json,
  LIMITS,
  Refused,
  renderBaleMarkdown,
  shownMarkup,
  type Entity,
  type FileKind,
  type Refusal,
  type Rendered,
} from "./message-rules.ts";
import type { UploadedFile } from "./multipart.ts";
import { PLATFORMS, type EmulatedPlatform, type PlatformName } from "./platforms.ts";

export type { Refusal, Rendered } from "./message-rules.ts";
export { spans } from "./message-rules.ts";

export interface TestUser {
  id: number;
  first_name: string;
  language_code?: string;
  /** Bale: a client too old to show answerCallbackQuery texts (its callback ids start with "1"). */
  oldClient?: boolean;
}

export interface CallbackAnswer {
  queryId: string;
  text?: string;
  showAlert: boolean;
  /** Whether the person saw the text (a Bale client too old for answers shows none). */
  shown: boolean;
}

export interface BotCall {
  method: string;
  payload: Record<string, any>;
  /** The message a send/edit produced, if any. */
  message?: BotMessage;
  /** What the platform answered instead of doing it. */
  refusal?: Refusal;
  callbackAnswer?: CallbackAnswer;
  /** Parameters the platform does not have and ignored (Bale: entities, parse_mode, …). */
  ignored?: string[];
  /** When it arrived (performance.now() of this process), for the benchmarks' latencies. */
  at: number;
}

export interface BotMessage {
  message_id: number;
  chat_id: number;
  /** The text or caption the platform kept (cleaned and trimmed as Telegram does). */
  text?: string;
  entities?: Entity[];
  /** The keyboard as shown: buttons with empty text dropped. */
  reply_markup?: any;
  /** A photo or document the bot sent: its file id (bytes in `files` when known) and name. */
  file?: { kind: "photo" | "document"; fileId: string; name?: string };
  /** What the person sees: the text without markup and its formatting (Bale reads *…* and _…_ in plain text). */
  rendered: Rendered;
}

export interface StoredFile {
  content: Buffer;
  name?: string;
  mime?: string;
}

interface FileRecord {
  kind: FileKind;
  uniqueId: string;
  size: number;
  path: string;
  name?: string;
  mime?: string;
}

interface CallbackQuery {
  userId: number;
  messageId: number;
  data: string;
  oldClient: boolean;
  answer?: CallbackAnswer;
}

export type ApiAnswer = { ok: true; result: unknown } | ({ ok: false } & Refusal);

export interface BotApiStateOptions {
  platform?: PlatformName;
  /** Which of the platform's answers a send to a user who blocked the bot gets (platforms.ts). */
  blockedAs?: string;
  /** Which of the platform's rate-limit answers rateLimitNext and the HTTP emulator give. */
  rateLimitedAs?: string;
  /** Refuse sends to a chat whose user never wrote to the bot ("chat not found"), as Telegram does. */
  knownChatsOnly?: boolean;
}

export const BOT_USER = { id: 4242, is_bot: true, first_name: "Karyar", username: "karyar_test_bot" };

/** Largest file getFile lets a bot download (both platforms). */
const MAX_DOWNLOAD_BYTES = 20 * 2 ** 20;
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid";
const NOT_FOUND: Refusal = { error_code: 404, description: "Not Found" };
const EXTENSIONS: Partial<Record<FileKind, string>> = { photo: "jpg", sticker: "webp", voice: "oga", video: "mp4" };
const DIRECTORIES: Record<FileKind, string> = {
  photo: "photos",
  document: "documents",
  video: "videos",
  audio: "music",
  voice: "voice",
  animation: "animations",
  sticker: "stickers",
  video_note: "video_notes",
};

/** Unique across every fake platform in the process, as a real bot's update ids are across restarts (the update ledger relies on it). */
let nextUpdateId = 1;

const person = ({ oldClient: _, ...user }: TestUser) => ({ ...user, is_bot: false });
const now = () => Math.floor(Date.now() / 1000);
/** JSON with sorted keys: two keyboards that show the same compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

export class BotApiState {
  readonly platform: EmulatedPlatform;
  readonly calls: BotCall[] = [];
  readonly updates: Record<string, any>[] = [];
  /** Everything in order: updates users sent and the bot's calls that made or changed a message. */
  readonly timeline: ({ update: Record<string, any> } | { call: BotCall })[] = [];
  /** Files with known bytes: uploaded by a user, or sent by the bot. */
  readonly files = new Map<string, StoredFile>();
  /** Every callback query pressed, by id, with the bot's answer once it came. */
  readonly callbackQueries = new Map<string, CallbackQuery>();
  /** Answers a method with an error instead of a result (e.g. 429, 403). */
  failNext: Map<string, Refusal[]> = new Map();
  /** What setWebhook last registered (an empty url removes it). */
  webhookSet: { url: string; secret_token?: string } | undefined;

  readonly #options: BotApiStateOptions;
  /** The messages of each chat as they stand now (bot messages at their latest edit). */
  readonly #chats = new Map<number, Map<number, { from: "user" } | { from: "bot"; message: BotMessage }>>();
  readonly #fileRecords = new Map<string, FileRecord>();
  readonly #blocked = new Set<number>();
  readonly #knownChats = new Set<number>();
  #nextFileId = 1;
  #nextCallbackId = 1;
  #nextMessageId = new Map<number, number>();
  #listeners = new Set<() => void>();

  constructor(options: BotApiStateOptions = {}) {
    this.#options = options;
    this.platform = PLATFORMS[options.platform ?? "telegram"];
  }

  #messageId(chatId: number): number {
    const id = (this.#nextMessageId.get(chatId) ?? 0) + 1;
    this.#nextMessageId.set(chatId, id);
    return id;
  }

  #chat(chatId: number) {
    let chat = this.#chats.get(chatId);
    if (!chat) this.#chats.set(chatId, (chat = new Map()));
    return chat;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }

  /** Any update at all (the fuzzer's), numbered like the others; its files become known. */
  pushRaw(update: Record<string, any>): Record<string, any> {
    const message = update.message ?? update.edited_message ?? update.channel_post;
    if (message) this.#learnFiles(message);
    return this.#push(update);
  }

  #push(update: Record<string, any>): Record<string, any> {
    const full: Record<string, any> = { update_id: nextUpdateId++, ...update };
    const from = full.message?.from ?? full.callback_query?.from ?? full.my_chat_member?.from;
    if (from && !from.is_bot) this.#knownChats.add(from.id);
    this.updates.push(full);
    this.timeline.push({ update: full });
    this.#changed();
    return full;
  }

  #userMessage(user: TestUser, extra: Record<string, any>) {
    const message = {
      message_id: this.#messageId(user.id),
      date: now(),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: person(user),
      ...extra,
    };
    this.#chat(user.id).set(message.message_id, { from: "user" });
    this.#learnFiles(message);
    return this.#push({ message });
  }

  /** Remembers the kind of every file in a message a user sent. */
  #learnFiles(message: Record<string, any>): void {
    for (const size of message.photo ?? []) this.#remember(size.file_id, "photo", size.file_size);
    for (const kind of ["document", "video", "audio", "voice", "animation", "sticker", "video_note"] as const) {
      const file = message[kind];
      if (file?.file_id) this.#remember(file.file_id, kind, file.file_size, { name: file.file_name, mime: file.mime_type });
    }
  }

  #remember(fileId: string, kind: FileKind, size = 1234, extra: { name?: string; mime?: string; path?: string } = {}): FileRecord {
    const known = this.#fileRecords.get(fileId);
    if (known) return known;
    const extension = extra.name?.includes(".") ? extra.name.split(".").pop() : (EXTENSIONS[kind] ?? extra.mime?.split("/")[1]);
    const path = extra.path ?? `${DIRECTORIES[kind]}/file_${this.#fileRecords.size}${extension ? `.${extension}` : ""}`;
    const record: FileRecord = { kind, uniqueId: `u-${fileId}`, size, path, name: extra.name, mime: extra.mime };
    this.#fileRecords.set(fileId, record);
    return record;
  }

  /** A text message; `entities` as the client made them (formatting the user chose), a command's by default. */
  sendText(user: TestUser, text: string, entities?: Entity[]) {
    const command = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined;
    return this.#userMessage(user, { text, entities: entities ?? command });
  }

  /** The user opens a deep link to the bot: "/start <payload>", or a bare "/start" when the payload breaks the platform's rule (≤ 64 of A–Z a–z 0–9 _ -). */
  openLink(user: TestUser, link: string) {
    const url = new URL(link);
    if (url.origin !== this.platform.deepLinkHost || url.pathname !== `/${BOT_USER.username}`)
      throw new Error(`${link} does not open this bot on ${this.platform.name}`);
    const payload = url.searchParams.get("start") ?? "";
    return this.sendText(user, /^[A-Za-z0-9_-]{1,64}$/.test(payload) ? `/start ${payload}` : "/start");
  }

  /** A contact; `contactUserId` null sends none (Bale may omit it). */
  sendContact(user: TestUser, phone_number: string, contactUserId: number | null = user.id) {
    const contact = { phone_number, first_name: user.first_name, ...(contactUserId === null ? {} : { user_id: contactUserId }) };
    return this.#userMessage(user, { contact });
  }

  sendSticker(user: TestUser) {
    return this.#userMessage(user, {
      sticker: { file_id: "sticker1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
    });
  }

  sendPhoto(user: TestUser, sizeBytes = 120_000) {
    const id = nextUpdateId;
    return this.#userMessage(user, {
      photo: [
        { file_id: `photo-small-${id}`, file_unique_id: `ps${id}`, width: 90, height: 90, file_size: 2_000 },
        { file_id: `photo-${id}`, file_unique_id: `p${id}`, width: 1280, height: 960, file_size: sizeBytes },
      ],
    });
  }

  /** A document; `filePath` sets what getFile answers for it (Bale's may lack an extension). */
  sendDocument(user: TestUser, { mimeType = "application/pdf", sizeBytes = 300_000, fileName = "plan.pdf", filePath = undefined as string | undefined } = {}) {
    const id = nextUpdateId;
    if (filePath) this.#remember(`doc-${id}`, "document", sizeBytes, { name: fileName, mime: mimeType, path: filePath });
    return this.#userMessage(user, {
      document: { file_id: `doc-${id}`, file_unique_id: `d${id}`, file_name: fileName, mime_type: mimeType, file_size: sizeBytes },
    });
  }

  /** A user sends a real file (the playground): a photo or a document, its bytes kept for download. */
  uploadFile(user: TestUser, kind: "photo" | "document", file: StoredFile) {
    const fileId = `up-${this.#nextFileId++}`;
    this.files.set(fileId, file);
    const size = file.content.length;
    return this.#userMessage(user, {
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
    });
  }

  /** The user blocks or unblocks the bot: sends to them are refused meanwhile; Telegram tells the bot ("kicked"/"member"), Bale does not (undefined). */
  setBlocked(user: TestUser, blocked: boolean): Record<string, any> | undefined {
    if (blocked) this.#blocked.add(user.id);
    else this.#blocked.delete(user.id);
    if (!this.platform.reportsBlocks) return undefined;
    const member = (status: string) => ({ status, user: BOT_USER });
    return this.#push({
      my_chat_member: {
        chat: { id: user.id, type: "private", first_name: user.first_name },
        from: person(user),
        date: now(),
        old_chat_member: member(blocked ? "member" : "kicked"),
        new_chat_member: member(blocked ? "kicked" : "member"),
      },
    });
  }

  /**
   * Presses an inline button on message `messageId` of the user's chat: by default the newest
   * message showing a button with `data`, else (a forged press, which a modified client can
   * make) the newest message from the bot. The message must exist: a client presses nothing else.
   */
  pressButton(user: TestUser, data: string, messageId?: number) {
    const shown = this.currentMessages(user.id);
    const target =
      messageId === undefined
        ? (shown.findLast((m) => buttons(m.reply_markup).some((b) => b.data === data)) ?? shown.at(-1))
        : shown.find((m) => m.message_id === messageId);
    if (!target) throw new Error(`user ${user.id} has no message ${messageId ?? "from the bot"} to press a button on`);
    const oldClient = Boolean(user.oldClient && this.platform.oldClientCallbackPrefix);
    const prefix = this.platform.oldClientCallbackPrefix ? (oldClient ? "1" : "2") : "4";
    const id = `${prefix}${String(this.#nextCallbackId++).padStart(18, "0")}`;
    this.callbackQueries.set(id, { userId: user.id, messageId: target.message_id, data, oldClient });
    return this.#push({
      callback_query: { id, from: person(user), chat_instance: `ci${user.id}`, data, message: this.#apiMessage(target) },
    });
  }

  /**
   * A press in a test that starts mid-story (its earlier steps done through the domain): with no
   * message from the bot in this chat yet, it lands on one the bot sent before the emulator started.
   */
  pressButtonMidStory(user: TestUser, data: string) {
    if (this.currentMessages(user.id).length === 0) {
      const message: BotMessage = { message_id: this.#messageId(user.id), chat_id: user.id, text: "…", rendered: { text: "…", entities: [] } };
      this.#chat(user.id).set(message.message_id, { from: "bot", message });
    }
    return this.pressButton(user, data);
  }

  /**
   * A message the bot sent before this state existed, with its own id (a test that forks a world
   * mid-story: the database copied, the one message whose buttons it presses brought along).
   */
  seedBotMessage(message: BotMessage): void {
    this.#chat(message.chat_id).set(message.message_id, { from: "bot", message });
    this.#nextMessageId.set(message.chat_id, Math.max(this.#nextMessageId.get(message.chat_id) ?? 0, message.message_id));
  }

  /** The files another state knows, under the same ids (a forked world opens what the original could). */
  adoptFiles(from: BotApiState): void {
    for (const [id, record] of from.#fileRecords) this.#fileRecords.set(id, record);
    for (const [id, file] of from.files) this.files.set(id, file);
  }

  isBlocked(userId: number): boolean {
    return this.#blocked.has(userId);
  }

  /** Callback queries the bot never answered (a client shows a spinner on each until it does). */
  unansweredCallbackQueries(): string[] {
    return [...this.callbackQueries].filter(([, q]) => !q.answer).map(([id]) => id);
  }

  /** The refusal the platform gives a send that is over its rate (the chosen variant). */
  rateLimited(retryAfterSeconds = 1): Refusal {
    const variants = this.platform.rateLimited;
    const answer = variants[this.#options.rateLimitedAs ?? Object.keys(variants)[0]!];
    if (!answer) throw new Error(`${this.platform.name} has no rate-limit answer "${this.#options.rateLimitedAs}"`);
    return answer(retryAfterSeconds);
  }

  /** The next `count` calls of `method` are refused as over the rate limit. */
  rateLimitNext(method: string, count = 1, retryAfterSeconds = 1): void {
    const queue = this.failNext.get(method) ?? [];
    for (let i = 0; i < count; i++) queue.push(this.rateLimited(retryAfterSeconds));
    this.failNext.set(method, queue);
  }

  /** Handles one Bot API call from the bot; returns what the platform would answer. */
  call(method: string, payload: Record<string, any>): ApiAnswer {
    const call: BotCall = { method, payload, at: performance.now() };
    this.calls.push(call);
    const failure = this.failNext.get(method)?.shift();
    try {
      if (failure) throw new Refused(failure);
      if (this.platform.methods && !this.platform.methods.has(method)) throw new Refused(NOT_FOUND);
      const result = this.#answer(method, payload, call);
      if (call.message) this.timeline.push({ call });
      this.#changed();
      return { ok: true, result };
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      call.refusal = error.refusal;
      if (process.env.KARYAR_EMULATOR_TRACE) console.error(`emulator refused ${method}: ${error.refusal.description}`);
      this.#changed();
      return { ok: false, ...error.refusal };
    }
  }

  #answer(method: string, payload: Record<string, any>, call: BotCall): unknown {
    switch (method) {
      case "getMe":
        return { ...BOT_USER, can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
      case "sendMessage":
      case "sendPhoto":
      case "sendDocument":
        return this.#apiMessage(this.#send(method, payload, call));
      case "editMessageText":
      case "editMessageReplyMarkup":
        return this.#edit(method, payload, call);
      case "deleteMessage": {
        const chat = this.#chat(Number(payload.chat_id));
        if (!chat.delete(Number(payload.message_id))) throw badRequest("message to delete not found");
        return true;
      }
      case "answerCallbackQuery":
        call.callbackAnswer = this.#answerCallback(payload);
        return true;
      case "getFile":
        return this.#getFile(String(payload.file_id ?? ""));
      case "setMyCommands":
        checkCommands(payload.commands);
        return true;
      case "setWebhook":
        this.#setWebhook(payload, call);
        return true;
      case "deleteWebhook":
        this.webhookSet = undefined;
        return true;
      default:
        if (method.startsWith("send")) this.#checkRecipient(Number(payload.chat_id));
        return true;
    }
  }

  #checkRecipient(chatId: number): void {
    if (this.#options.knownChatsOnly && !this.#knownChats.has(chatId)) throw badRequest("chat not found");
    if (this.#blocked.has(chatId)) {
      const variants = this.platform.blocked;
      throw new Refused(variants[this.#options.blockedAs ?? "default"]!);
    }
  }

  /** Records the parameters the platform does not have (it ignores them). */
  #ignore(payload: Record<string, any>, call: BotCall): void {
    const markup = json<Record<string, unknown>>(payload.reply_markup, "reply keyboard markup");
    const ignored = this.platform.undocumented.filter((f) => (f.startsWith("reply_markup.") ? markup?.[f.slice(13)] : payload[f]) !== undefined);
    if (ignored.length > 0) call.ignored = [...(call.ignored ?? []), ...ignored];
  }

  #render(text: string, entities: Entity[]): { text?: string; entities?: Entity[]; rendered: Rendered } {
    const kept = { text: text === "" ? undefined : text, entities: entities.length > 0 ? entities : undefined };
    return { ...kept, rendered: this.platform.honoursEntities ? { text, entities } : renderBaleMarkdown(text) };
  }

  #content(payload: Record<string, any>, call: BotCall, field: "text" | "caption") {
    if (payload.parse_mode && this.platform.honoursEntities) throw new Error(`the emulator does not model parse_mode ${payload.parse_mode}`);
    const given = this.platform.honoursEntities ? json<Entity[]>(payload[field === "text" ? "entities" : "caption_entities"], "entities") : undefined;
    const { text, entities } = checkText(payload[field], given, field);
    return this.#render(text, entities);
  }

  #send(method: "sendMessage" | "sendPhoto" | "sendDocument", payload: Record<string, any>, call: BotCall): BotMessage {
    const chatId = Number(payload.chat_id);
    const field = method === "sendMessage" ? "text" : "caption";
    this.#ignore(payload, call);
    const markup = shownMarkup(payload.reply_markup, false);
    const kind = method === "sendPhoto" ? "photo" : "document";
    const file = method === "sendMessage" ? undefined : this.#botFile(kind, payload[kind]);
    const content = this.#content(payload, call, field);
    this.#checkRecipient(chatId);
    checkButtonData(markup);
    const reply = json<{ message_id?: number; allow_sending_without_reply?: boolean }>(payload.reply_parameters, "reply parameters") ?? {
      message_id: payload.reply_to_message_id === undefined ? undefined : Number(payload.reply_to_message_id),
      allow_sending_without_reply: payload.allow_sending_without_reply,
    };
    if (reply.message_id !== undefined && !reply.allow_sending_without_reply && !this.#chat(chatId).has(Number(reply.message_id)))
      throw badRequest("message to be replied not found");
    const message: BotMessage = { message_id: this.#messageId(chatId), chat_id: chatId, ...content, reply_markup: markup, file };
    this.#chat(chatId).set(message.message_id, { from: "bot", message });
    call.message = message;
    return message;
  }

  #edit(method: "editMessageText" | "editMessageReplyMarkup", payload: Record<string, any>, call: BotCall): unknown {
    if (payload.inline_message_id !== undefined) throw new Error("the emulator does not model inline messages");
    const chatId = Number(payload.chat_id);
    const stored = this.#chat(chatId).get(Number(payload.message_id));
    if (!stored) throw badRequest("message to edit not found");
    if (stored.from === "user") throw badRequest("message can't be edited");
    const current = stored.message;
    this.#ignore(payload, call);
    const markup = shownMarkup(payload.reply_markup, true);
    checkButtonData(markup);
    let next: BotMessage;
    if (method === "editMessageText") {
      if (current.file) throw badRequest("there is no text in the message to edit");
      next = { ...current, ...this.#content(payload, call, "text"), reply_markup: markup };
    } else next = { ...current, reply_markup: markup };
    const same = (m: BotMessage) => canonical([m.text, m.entities ?? [], m.reply_markup ?? null]);
    if (same(next) === same(current)) throw badRequest(NOT_MODIFIED);
    this.#chat(chatId).set(next.message_id, { from: "bot", message: next });
    call.message = next;
    if (method === "editMessageText" && this.platform.editAnswersStub) return { message_id: 0 };
    return this.#apiMessage(next);
  }

  #answerCallback(payload: Record<string, any>): CallbackAnswer {
    const queryId = String(payload.callback_query_id ?? "");
    const text = payload.text === undefined || payload.text === null ? "" : String(payload.text);
    if (codePoints(text) > LIMITS.callbackAnswer) throw badRequest("MESSAGE_TOO_LONG");
    const query = this.callbackQueries.get(queryId);
    if (!query || query.answer) throw badRequest(QUERY_INVALID);
    const showAlert = payload.show_alert === true || payload.show_alert === "true";
    query.answer = { queryId, text: text || undefined, showAlert, shown: text !== "" && !query.oldClient };
    return query.answer;
  }

  /** A file the bot sends: new bytes get a new id of that kind; an id must be known and of a kind that method can send. */
  #botFile(kind: "photo" | "document", sent: string | UploadedFile | undefined): BotMessage["file"] {
    if (sent === undefined || sent === "") throw badRequest(`there is no ${kind} in the request`);
    if (typeof sent === "string") {
      if (/^https?:\/\//.test(sent)) this.#remember(sent, kind);
      const known = this.#fileRecords.get(sent);
      if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
      checkFileKind(known.kind, kind);
      return { kind, fileId: sent, name: known.name ?? this.files.get(sent)?.name };
    }
    const fileId = `bot-${kind}-${this.#nextFileId++}`;
    this.files.set(fileId, { content: sent.content, name: sent.filename });
    this.#remember(fileId, kind, sent.content.length, { name: sent.filename });
    return { kind, fileId, name: sent.filename };
  }

  #getFile(fileId: string) {
    if (fileId === "") throw badRequest("file_id not specified");
    const record = this.#fileRecords.get(fileId);
    if (!record) throw badRequest("invalid file_id");
    const size = this.files.get(fileId)?.content.length ?? record.size;
    if (size > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
    return { file_id: fileId, file_unique_id: record.uniqueId, file_size: size, file_path: record.path };
  }

  /** The bytes behind a getFile path (a placeholder body when only the file's kind is known), or undefined. */
  download(path: string): Buffer | undefined {
    for (const [fileId, record] of this.#fileRecords) if (record.path === path) return this.files.get(fileId)?.content ?? Buffer.from(BotApiState.FILE_BODY);
    return undefined;
  }

  /** The body of a file whose bytes the emulator never saw. */
  static readonly FILE_BODY = "%PDF-1.4 karyar test file";

  #setWebhook(payload: Record<string, any>, call: BotCall): void {
    const url = String(payload.url ?? "");
    const secret = payload.secret_token === undefined ? undefined : String(payload.secret_token);
    if (url !== "") {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw badRequest("invalid webhook URL specified");
      }
      if (this.platform.webhook.secretHeader && secret !== undefined) {
        if (secret.length > 256) throw badRequest("secret token is too long");
        if (!/^[A-Za-z0-9_-]*$/.test(secret)) throw badRequest("secret token contains unallowed characters");
      } else if (secret !== undefined) call.ignored = ["secret_token"];
      if (parsed.protocol !== "https:") throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
      const ports = [...this.platform.webhook.ports].sort((a, b) => a - b);
      if (!ports.includes(Number(parsed.port || 443)))
        throw badRequest(`bad webhook: Webhook can be set up only on ports ${ports.slice(0, -1).join(", ")} or ${ports.at(-1)}`);
    }
    this.webhookSet = url === "" ? undefined : { url, secret_token: secret };
  }

  /** A stored message as the Bot API shows it in a result or a callback query. */
  #apiMessage(message: BotMessage) {
    const media =
      message.file?.kind === "photo"
        ? { photo: [{ file_id: message.file.fileId, file_unique_id: `u-${message.file.fileId}`, width: 1280, height: 960 }], caption: message.text }
        : message.file
          ? { document: { file_id: message.file.fileId, file_unique_id: `u-${message.file.fileId}`, file_name: message.file.name }, caption: message.text }
          : { text: message.text, entities: message.entities };
    return {
      message_id: message.message_id,
      date: now(),
      chat: { id: message.chat_id, type: "private" },
      from: BOT_USER,
      ...media,
      ...(message.reply_markup?.inline_keyboard ? { reply_markup: message.reply_markup } : {}),
    };
  }

  /** Messages the bot sent or edited in one chat, oldest first (an edit appears again as the new version). */
  messagesTo(chatId: number) {
    return this.calls.filter((c) => c.message?.chat_id === chatId).map((c) => c.message!);
  }

  lastMessageTo(chatId: number) {
    return this.messagesTo(chatId).at(-1);
  }

  /** The bot's messages in a chat as the person sees them now: each once, at its latest edit, oldest first. */
  currentMessages(chatId: number): BotMessage[] {
    return [...this.#chat(chatId).values()].flatMap((m) => (m.from === "bot" ? [m.message] : [])).sort((a, b) => a.message_id - b.message_id);
  }

  /** Calls the platform refused, with why (a test's first look when something went missing). */
  refusals(): BotCall[] {
    return this.calls.filter((c) => c.refusal);
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
        const refused = this.refusals().map((c) => `${c.method}: ${c.refusal!.description}`);
        reject(new Error(`timed out waiting for a bot call (${this.calls.length} calls so far${refused.length ? `; refused: ${refused.join("; ")}` : ""})`));
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
