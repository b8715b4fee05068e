import { beforeEach, describe, expect, it } from "vitest";
import { UpdateLedger } from "../src/bot/middlewares/once.ts";
import { plain } from "../src/emulator/bot-api-state.ts";
import { createTestBot, TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };

describe.each(PROVIDERS)("update ledger and flood control on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip, ZAHRA);
  let database: TestDatabase;
  let t: TestBot;
  let chat: TestChat;
  beforeEach(() => void ({ database, t, chat } = world));

  it.skipIf(skip)("a redelivered update is acknowledged and skipped", async () => {
    const update = t.api.sendText(ZAHRA, "/start");
    await t.bot.handleUpdate(update as never);
    await t.bot.handleUpdate(update as never);
    // The same update reaching a second instance (another bot object on the same database) is skipped too.
    await createTestBot(database).bot.handleUpdate(update as never);
    expect(chat.texts().filter((text) => text.includes("به «کاریار» خوش آمدید"))).toHaveLength(1);
  });

  it.skipIf(skip)("an update that failed is handled again when redelivered", async () => {
    const update = t.api.sendText(ZAHRA, "/start");
    t.api.failNext.set("sendMessage", [{ error_code: 400, description: "Bad Request: simulated" }]);
    await expect(t.bot.handleUpdate(update as never)).rejects.toThrow();
    await t.bot.handleUpdate(update as never);
    expect(chat.lastText()).toContain("به «کاریار» خوش آمدید");
  });

  it.skipIf(skip)("an update another instance is handling is left to it (answered later), then taken over if that instance died", async () => {
    const update = t.api.sendText(ZAHRA, "/start");
    const other = new UpdateLedger(database.sessions, "other-instance");
    expect(await other.begin(4242, update.update_id)).toBe("run");
    await expect(t.bot.handleUpdate(update as never)).rejects.toMatchObject({ error: { name: "UpdateInFlight" } });
    expect(chat.texts()).toHaveLength(0);
    // Thirty seconds later the claim is stale: its instance died mid-update.
    await database.sessions.write(`update:4242:${update.update_id}`, `processing:other-instance:b00t:${Date.now() - 31_000}`);
    await t.bot.handleUpdate(update as never);
    expect(chat.lastText()).toContain("به «کاریار» خوش آمدید");
  });

  it.skipIf(skip)("a restarted instance takes over its dead self's claim at once", async () => {
    const update = t.api.sendText(ZAHRA, "/start");
    // The test bot's instance is "test": this is the same slot before its restart.
    expect(await new UpdateLedger(database.sessions, "test").begin(4242, update.update_id)).toBe("run");
    await t.bot.handleUpdate(update as never);
    expect(chat.lastText()).toContain("به «کاریار» خوش آمدید");
  });

  it.skipIf(skip)("purges update ids after a few days", async () => {
    const ledger = new UpdateLedger(database.sessions, "x");
    await ledger.begin(1, 1);
    await ledger.finish(1, 1);
    expect(await ledger.purge(new Date(Date.now() + 2 * 86_400_000))).toBe(0);
    expect(await ledger.purge(new Date(Date.now() + 4 * 86_400_000))).toBe(1);
    expect(await database.sessions.read("update:1:1")).toBeUndefined();
  });

  it.skipIf(skip)("a flood gets one polite 'slow down', then silence", async () => {
    const limited = new TestChat(createTestBot(database, undefined, {}, { rateLimitPerMinute: 30 }), ZAHRA);
    for (let i = 0; i < 20; i++) await limited.send("سلام");
    const texts = limited.t.api.messagesTo(ZAHRA.id).map((m) => plain(m.text));
    expect(texts.filter((text) => text.includes("لطفاً کمی آهسته‌تر"))).toHaveLength(1);
    expect(texts.length).toBeLessThanOrEqual(12);
    expect(texts.length).toBeGreaterThanOrEqual(11);
  });
});
