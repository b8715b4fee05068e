import { describe, expect, it } from "vitest";
import { buttons, plain, type TestUser } from "../src/emulator/bot-api-state.ts";
import { createTestBot, TestChat } from "./support/bot.ts";
import { createTestDatabase } from "./support/db.ts";
import { prng, randomUpdate } from "./support/fuzz.ts";
import { registrationAnswers } from "./support/registration.ts";

const UPDATES_PER_STEP = Number(process.env.FUZZ_UPDATES ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** What a user must never see: a stack trace, an error name, a raw template or value. */
const LEAKS = /\bat \S+ \(|\w+Error\b|\bundefined\b|\bNaN\b|\[object Object\]|\{ ?\$\w+ ?\}/g;
const STEPS = registrationAnswers();

// Input handling does not depend on the database, so the fuzzer runs on SQLite only.
describe("fuzzing every registration step with hostile updates", () => {
  it.each(STEPS.map((_, step) => step))(
    `step %i: ${UPDATES_PER_STEP} random updates, no crash, no leak, every private message answered`,
    async (step) => {
      const database = await createTestDatabase("sqlite");
      try {
        const t = createTestBot(database);
        const user: TestUser = { id: 10_000 + step, first_name: "فازر" };
        const chat = new TestChat(t, user);
        for (const answer of STEPS.slice(0, step)) await answer(chat);
        const r = prng(SEED + step);
        let answeredMessages = 0;
        /** What the user typed may come back (a summary): only what is not theirs can leak. */
        const typed: string[] = [];
        for (let i = 0; i < UPDATES_PER_STEP; i++) {
          const lastMarkup = t.api.lastMessageTo(user.id)?.reply_markup;
          const lastButtons = buttons(lastMarkup).map((b) => b.data);
          const before = t.api.calls.length;
          const update = randomUpdate(r, t.api, user, lastButtons);
          const text = update.message?.text ?? update.edited_message?.text;
          if (text) typed.push(text);
          const where = `seed ${SEED + step}, update ${i}: ${JSON.stringify(update).slice(0, 300)}`;
          // handleUpdate rejects on any error that escaped the bot's own handling: a crash.
          await expect(t.bot.handleUpdate(update as never), where).resolves.toBeUndefined();
          const calls = t.api.calls.slice(before);
          for (const call of calls) {
            const shown = [call.payload.text, call.payload.caption]
              .filter((s): s is string => typeof s === "string")
              .map(plain)
              .join("\n");
            const leaks = [...shown.matchAll(LEAKS)].map((m) => m[0]).filter((leak) => !typed.some((t) => t.includes(leak)));
            expect(leaks, `${where}\n${shown}`).toEqual([]);
          }
          const privateMessage = update.message?.chat.type === "private" && !update.message.from.is_bot;
          if (privateMessage) {
            expect(
              calls.some((c) => String(c.payload.chat_id) === String(user.id)),
              where,
            ).toBe(true);
            answeredMessages++;
          }
          if (update.callback_query)
            expect(
              calls.some((c) => c.method === "answerCallbackQuery"),
              where,
            ).toBe(true);
          if (update.message?.chat.type !== "private" && update.message) expect(calls, where).toHaveLength(0);
        }
        expect(answeredMessages).toBeGreaterThan(UPDATES_PER_STEP / 3);
      } finally {
        await database.drop();
      }
    },
    600_000,
  );
});
