import type { Bot } from "grammy";
import pino from "pino";
import { journaledFetch } from "../../src/server/effects-journal.ts";
import { createBot } from "../../src/bot/index.ts";
import { LOOK_ALIKE } from "../../src/bot/outgoing-text.ts";
import { Api } from "grammy";
import { createOutboxSender, type SenderDeps } from "../../src/delivery/sender.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import type { BotContext } from "../../src/bot/context.ts";
import type { BotDeps } from "../../src/bot/deps.ts";
import type { Clock } from "../../src/domain/clock.ts";
import type { Config } from "../../src/config.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { BotApiState, BOT_USER, plain, type TestUser } from "../../src/emulator/bot-api-state.ts";
import { PLATFORMS } from "../../src/platform.ts";
import type { TestDatabase } from "./db.ts";
import { fakeFetch } from "./fake-fetch.ts";

export const TEST_DATA_KEY = "test-data-key-0123456789-abcdefghijklmnop";

export interface TestBot {
  bot: Bot<BotContext>;
  api: BotApiState;
  cipher: PersonalDataCipher;
  chatStates: TestDatabase["chatStates"];
  outboxChanges: number;
}

/** A bot on a test database answering through a fake client.fetch (no network). */
export const TEST_CONFIG = {
  botToken: "123456:TEST-token-abcdefghijklmnopqrstu",
  apiRoot: "http://127.0.0.1:9",
  platform: "telegram" as "telegram" | "bale",
  timeZone: "Asia/Tehran",
  filesDir: undefined as string | undefined,
  maxUploadBytes: 10 * 2 ** 20,
  invitationTtlHours: 72,
  /** The staff console's settings (/web answers "not set up" without them). */
  web: null as NonNullable<Config["web"]> | null,
};

export function createTestBot(
  database: TestDatabase,
  clock: Clock = { now: () => new Date() },
  config: Partial<typeof TEST_CONFIG> = {},
  extra: Pick<BotDeps, "rateLimitPerMinute" | "fundThresholds"> = {},
): TestBot {
  const api = new BotApiState({ platform: config.platform ?? TEST_CONFIG.platform });
  const cipher = new PersonalDataCipher(TEST_DATA_KEY);
  const result: TestBot = { bot: undefined as never, api, cipher, chatStates: database.chatStates, outboxChanges: 0 };
  result.bot = createBot({
    db: database.prisma,
    chatStates: database.chatStates,
    conversationTtlDays: 14,
    counties: database.counties,
    clock,
    cipher,
    logger: pino({ level: "silent" }),
    translate: createTranslate(),
    config: { ...TEST_CONFIG, ...config },
    onOutboxChanged: () => result.outboxChanges++,
    ...extra,
    botConfig: {
      botInfo: {
        ...BOT_USER,
        can_join_groups: false,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
        has_topics_enabled: false,
      } as never,
      // Through the effects journal, as the dispatcher runs the bot (outside a journal it passes through).
      client: { fetch: journaledFetch(fakeFetch(api)) as never },
    },
  });
  return result;
}

/** Sends everything due in the outbox through the same fake platform, as that platform's sender (what the sender does in production). */
export async function deliverOutbox(t: TestBot, database: TestDatabase): Promise<number> {
  const translate = createTranslate();
  return createOutboxSender({
    db: database.prisma,
    api: t.bot.api,
    translate,
    clock: { now: () => new Date() },
    logger: pino({ level: "silent" }),
    timeZone: "Asia/Tehran",
    ratePerSecond: 1000,
    platform: PLATFORMS[t.api.platform.name],
  }).drain();
}

/** An outbox sender on a fake platform with the test's clock, for domain tests without a bot (`options` add quiet hours, a platform, …). */
export function fakePlatformSender(database: TestDatabase, api: BotApiState, clock: Clock, options: Partial<SenderDeps> = {}) {
  return createOutboxSender({
    db: database.prisma,
    api: new Api("1:test", { fetch: fakeFetch(api) as never }),
    translate: createTranslate(),
    clock,
    logger: pino({ level: "silent" }),
    timeZone: "Asia/Tehran",
    ratePerSecond: 1000,
    ...options,
  });
}

const TYPED = new Map(Object.entries(LOOK_ALIKE).map(([typed, shown]) => [shown, typed]));

/** A text as it was before the Bale look-alikes (outgoing-text.ts) replaced its asterisks and underscores. */
export function asTyped(text: string): string {
  return text.replace(/[\u2217\u02cd]/g, (c) => TYPED.get(c) ?? c);
}

/** One person talking to a test bot: each method delivers an update and waits for it to finish. */
export class TestChat {
  readonly #bot: TestBot | (() => TestBot);
  readonly user: TestUser;

  /** `t` may be a function: the chat then talks to whichever bot it returns (a world's, new for each test). */
  constructor(t: TestBot | (() => TestBot), user: TestUser) {
    this.#bot = t;
    this.user = user;
  }

  get t(): TestBot {
    return typeof this.#bot === "function" ? this.#bot() : this.#bot;
  }

  /** Delivers `update` (none: the platform sends nothing, e.g. a block on Bale). */
  async #deliver(update: Record<string, any> | undefined) {
    const before = this.t.api.calls.length;
    if (update) await this.t.bot.handleUpdate(update as never);
    return this.t.api.calls.slice(before);
  }

  send(text: string, entities?: Parameters<BotApiState["sendText"]>[2]) {
    return this.#deliver(this.t.api.sendText(this.user, text, entities));
  }

  /** Opens a deep link to the bot (it must be one of the platform's). */
  open(link: string) {
    return this.#deliver(this.t.api.openLink(this.user, link));
  }

  /** Shares a contact; `ownerId` null: one without user_id (Bale may send that). */
  contact(phone: string, ownerId: number | null = this.user.id) {
    return this.#deliver(this.t.api.sendContact(this.user, phone, ownerId));
  }

  sticker() {
    return this.#deliver(this.t.api.sendSticker(this.user));
  }

  photo(sizeBytes?: number) {
    return this.#deliver(this.t.api.sendPhoto(this.user, sizeBytes));
  }

  document(options?: Parameters<BotApiState["sendDocument"]>[1]) {
    return this.#deliver(this.t.api.sendDocument(this.user, options));
  }

  block(blocked = true) {
    return this.#deliver(this.t.api.setBlocked(this.user, blocked));
  }

  press(data: string) {
    return this.#deliver(this.t.api.pressButtonMidStory(this.user, data));
  }

  /** Presses `data` on one message of the bot's, by its id (an older message kept on the screen, or a forged press on it). */
  pressOn(messageId: number, data: string) {
    return this.#deliver(this.t.api.pressButton(this.user, data, messageId));
  }

  /** The flows' drafts in this chat's stored state, as the next update will read them. */
  async drafts(): Promise<Record<string, { answers: Record<string, unknown>; prompted?: string; asked?: number[]; ui: Record<string, unknown> }>> {
    const row = await this.t.chatStates.read(String(this.user.id));
    if (!row?.value) return {};
    return (JSON.parse(this.t.cipher.decrypt(row.value)) as { drafts: never }).drafts;
  }

  /** Texts of the messages the bot sent this user, marks stripped (and on Bale, asterisks and underscores as typed). */
  texts(): string[] {
    return this.t.api.messagesTo(this.user.id).map((m) => asTyped(plain(m.text)));
  }

  lastText(): string {
    return this.texts().at(-1) ?? "";
  }

  lastMarkup(): any {
    return this.t.api.lastMessageTo(this.user.id)?.reply_markup;
  }
}
