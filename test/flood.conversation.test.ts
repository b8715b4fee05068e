import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plain } from "../src/emulator/bot-api-state.ts";
import { createDispatcher, type Dispatcher } from "../src/server/dispatcher.ts";
import { createInbox } from "../src/server/inbox.ts";
import { createTestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";
import { until } from "./support/wait.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };
const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstu";

describe.each(PROVIDERS)("flood control on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip, ZAHRA);
  let database: TestDatabase;
  let dispatcher: Dispatcher | undefined;
  beforeEach(() => void ({ database } = world));
  afterEach(async () => void (await dispatcher?.stop()));

  it.skipIf(skip)("a burst over the rate is answered in full, a little later, with one notice and nothing lost", async () => {
    // 30 a minute: 10 at once, then one every 2 s.
    const t = createTestBot(database, undefined, {}, { rateLimitPerMinute: 30 });
    const silent = pino({ level: "silent" });
    dispatcher = createDispatcher({ bot: t.bot, store: database.inbox, cipher: t.cipher, logger: silent, holder: "a", pollMs: 20 });
    await dispatcher.start();
    const inbox = createInbox({ store: database.inbox, cipher: t.cipher, botToken: TOKEN, stored: () => dispatcher!.wake() });
    // An album of 12 photos' worth of messages at once: 12 /start.
    await inbox.receive(Array.from({ length: 12 }, () => t.api.sendText(ZAHRA, "/start")) as never);
    await until(async () => (await database.inbox.backlog()) === 0, 20_000);
    const texts = t.api.messagesTo(ZAHRA.id).map((m) => plain(m.text));
    expect(texts.filter((text) => text.includes("یکی‌یکی"))).toHaveLength(1);
    expect(texts.filter((text) => text.includes("کاریار"))).toHaveLength(12);
  });
});
