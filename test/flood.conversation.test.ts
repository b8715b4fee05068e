import { beforeEach, describe, expect, it } from "vitest";
import { plain } from "../src/emulator/bot-api-state.ts";
import { createTestBot, TestChat } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };

describe.each(PROVIDERS)("flood control on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip, ZAHRA);
  let database: TestDatabase;
  beforeEach(() => void ({ database } = world));

  it.skipIf(skip)("a flood gets one polite 'slow down', then silence", async () => {
    const limited = new TestChat(createTestBot(database, undefined, {}, { rateLimitPerMinute: 30 }), ZAHRA);
    for (let i = 0; i < 20; i++) await limited.send("سلام");
    const texts = limited.t.api.messagesTo(ZAHRA.id).map((m) => plain(m.text));
    expect(texts.filter((text) => text.includes("لطفاً کمی آهسته‌تر"))).toHaveLength(1);
    expect(texts.length).toBeLessThanOrEqual(12);
    expect(texts.length).toBeGreaterThanOrEqual(11);
  });
});
