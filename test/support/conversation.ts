import { afterEach, beforeEach, expect } from "vitest";
import { systemClock, type Clock } from "../../src/domain/clock.ts";
import type { DomainDeps } from "../../src/domain/context.ts";
import type { TestUser } from "../../src/emulator/bot-api-state.ts";
import { createTestBot, TestChat, type TestBot } from "./bot.ts";
import { createTestDatabase, type Platform, type Provider, type TestDatabase } from "./db.ts";

export interface BotWorld {
  database: TestDatabase;
  t: TestBot;
  /** The chat of `user`, when one was given. */
  chat: TestChat;
  /** Another person's chat, talking to each test's bot (it can be made once, beside the tests). */
  chatOf(user: TestUser): TestChat;
  /** What the domain's use cases take: this test's database, the bot's clock and cipher. */
  deps(): DomainDeps;
}

/** Per test: a fresh database (catalog and counties loaded) and a bot on it answering through a fake `platform`, on `clock` (the system's unless told). */
export function useTestBot(provider: Provider, skip: boolean, user?: TestUser, platform: Platform = "telegram", clock?: Clock): BotWorld {
  const world = {
    chatOf: (other: TestUser) => new TestChat(() => world.t, other),
    deps: () => ({ db: world.database.prisma, clock: clock ?? systemClock, cipher: world.t.cipher }),
  } as BotWorld;
  beforeEach(async () => {
    if (skip) return;
    world.database = await createTestDatabase(provider);
    world.t = createTestBot(world.database, clock, { platform });
    if (user) world.chat = new TestChat(world.t, user);
  });
  afterEach(async () => {
    if (skip) return;
    // Every flow sends only what the platform documents (Bale: no entities, parse_mode,
    // link_preview_options or is_persistent) and calls only the methods it has.
    const strays = world.t.api.calls
      .filter((c) => c.ignored || c.refusal?.error_code === 404)
      .map((c) => `${c.method}: ${c.ignored?.join(", ") ?? c.refusal!.description}`);
    await world.database.drop();
    expect(strays).toEqual([]);
  });
  return world;
}

/** The bot's replies to one step: an explanation, then the same question again. */
export async function expectReask(chat: TestChat, step: Promise<unknown>, explanation: string, question: string): Promise<void> {
  const before = chat.texts().length;
  await step;
  const replies = chat.texts().slice(before);
  expect(replies).toHaveLength(2);
  expect(replies[0]).toContain(explanation);
  expect(replies[1]).toContain(question);
}
