import { describe, expect, it } from "vitest";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { REGISTRATION_FIELDS } from "../src/domain/registration/fields.ts";
import { buttons, plain, type BotCall } from "../src/emulator/bot-api-state.ts";
import { familyOf } from "../src/shared/callback-data.ts";
import { createTestBot, deliverOutbox, TestChat, type TestBot } from "./support/bot.ts";
import { MARYAM, ZAHRA } from "./support/case-world.ts";
import { createTestDatabase, type TestDatabase } from "./support/db.ts";
import { prng, type Random } from "./support/fuzz.ts";
import { registrationAnswers } from "./support/registration.ts";

const RUNS = Number(process.env.FUZZ_STALE_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const NO_LONGER_ACTIVE = "این دکمه دیگر فعال نیست.";

/** What the domain holds: a stale press must leave every bit of it as it was. */
async function snapshot(database: TestDatabase) {
  const db = database.prisma;
  return {
    applications: await db.application.findMany({ select: { id: true, status: true, version: true, assignedToId: true }, orderBy: { id: "asc" } }),
    events: await db.applicationEvent.count(),
    businesses: await db.business.count(),
    outbox: await db.outbox.count(),
    requests: await db.documentRequest.count(),
  };
}

/**
 * One chat walked through real flows, knowing from the outside which messages are older than the
 * open question: the first message sent in the update that opened it (the flow's open question,
 * named by the drafts' answered keys and the question asked, changed) and every one after it may
 * be the question's own; every message before it is older.
 */
class Walker {
  readonly chat: TestChat;
  #openSince = Infinity;
  #signature = "";

  constructor(t: TestBot, user: { id: number; first_name: string }) {
    this.chat = new TestChat(t, user);
  }

  async #questions(): Promise<string> {
    const drafts = await this.chat.drafts();
    return Object.entries(drafts)
      .map(([name, d]) => `${name}:${d.prompted ?? ""}:${Object.keys(d.answers).sort().join(",")}`)
      .sort()
      .join("|");
  }

  /** Delivers one step of the walk and moves the line between older messages and the open question's. */
  async step(deliver: (chat: TestChat) => Promise<unknown>): Promise<void> {
    const calls = (await deliver(this.chat)) as BotCall[] | undefined;
    const signature = await this.#questions();
    if (signature === this.#signature) return;
    this.#signature = signature;
    const sent = (calls ?? []).filter((c) => c.method.startsWith("send") && c.message?.chat_id === this.chat.user.id).map((c) => c.message!.message_id);
    this.#openSince = signature === "" || sent.length === 0 ? Infinity : Math.min(...sent);
  }

  /**
   * Buttons of answer families on messages older than the open question, as the person sees them
   * now; `colliding`: only those whose data the open question's own messages carry too (the
   * presses a check of the data alone would take as answers).
   */
  staleButtons(t: TestBot, colliding: boolean): { messageId: number; data: string }[] {
    const messages = t.api.currentMessages(this.chat.user.id);
    const open = new Set(messages.filter((m) => m.message_id >= this.#openSince).flatMap((m) => buttons(m.reply_markup).map((b) => b.data)));
    return messages
      .filter((m) => m.message_id < this.#openSince)
      .flatMap((m) => buttons(m.reply_markup).map((b) => ({ messageId: m.message_id, data: b.data })))
      .filter((b) => familyOf(b.data)?.during === "answer" && (!colliding || open.has(b.data)));
  }
}

/** Maybe presses a random button of an older message; it must be answered "no longer active" and change nothing. */
async function maybeStale(r: Random, t: TestBot, database: TestDatabase, walker: Walker, where: string, log: { pressed: number }) {
  if (r.next() > 0.45) return;
  const colliding = walker.staleButtons(t, true);
  const candidates = colliding.length > 0 && r.next() < 0.7 ? colliding : walker.staleButtons(t, false);
  if (candidates.length === 0) return;
  const { messageId, data } = r.pick(candidates);
  const context = `${where}: pressed ${data} on message ${messageId}`;
  const [drafts, before] = [await walker.chat.drafts(), await snapshot(database)];
  const audits = await database.prisma.auditLog.count({ where: { NOT: { action: { startsWith: "refused." } } } });
  const calls = await walker.chat.pressOn(messageId, data);
  expect(
    calls.map((c) => c.method),
    context,
  ).toEqual(["answerCallbackQuery"]);
  expect(plain(calls[0]!.payload.text), context).toBe(NO_LONGER_ACTIVE);
  expect(await walker.chat.drafts(), context).toEqual(drafts);
  expect(await snapshot(database), context).toEqual(before);
  expect(await database.prisma.auditLog.count({ where: { NOT: { action: { startsWith: "refused." } } } }), context).toBe(audits);
  log.pressed++;
}

/** Presses the button with this data on the latest message carrying it. */
const press = (data: string) => (chat: TestChat) => chat.press(data);
const dataOf = (t: TestBot, userId: number, pattern: RegExp) =>
  t.api
    .messagesTo(userId)
    .flatMap((m) => buttons(m.reply_markup).map((b) => b.data))
    .findLast((d) => pattern.test(d));

// Buttons do not depend on the database: SQLite only, like the other fuzzers.
describe("generative: buttons of older messages pressed at random points of real flows", () => {
  it.each(Array.from({ length: RUNS }, (_, run) => run))(
    "run %i: every press of an older message is answered 'no longer active' and changes nothing",
    async (run) => {
      const seed = SEED + run;
      console.log(`stale-buttons fuzz seed ${seed} (FUZZ_SEED=${SEED}, run ${run})`);
      const r = prng(seed);
      const database = await createTestDatabase("sqlite");
      try {
        const t = createTestBot(database);
        await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: String(MARYAM.id) }, ["fars-shiraz"]);
        const zahra = new Walker(t, ZAHRA);
        const maryam = new Walker(t, MARYAM);
        const log = { pressed: 0 };
        let n = 0;
        const stale = async (where: string) => {
          n++;
          for (let k = 1 + r.int(3); k > 0; k--) await maybeStale(r, t, database, r.next() < 0.6 ? zahra : maryam, `seed ${seed}, step ${n}, ${where}`, log);
        };

        // The applicant registers: wrong answers now and then, a "did you mean" for the capital, answers changed from the summary.
        const answers = registrationAnswers();
        const byField = new Map(REGISTRATION_FIELDS.map((f, i) => [f, answers[i + 1]!]));
        for (const [i, answer] of answers.entries()) {
          await stale(`registration answer ${i}`);
          if (i > 0 && r.next() < 0.2) await zahra.step((c) => c.sticker());
          if (i === answers.length - 1 && r.next() < 0.5) {
            await zahra.step((c) => c.send("۵۰۰"));
            await stale("did you mean");
          }
          await zahra.step(answer);
        }
        for (let edits = r.int(4); edits > 0; edits--) {
          await stale("summary");
          const field = r.pick(REGISTRATION_FIELDS);
          await zahra.step(press(`reg:edit:${field}`));
          await stale(`editing ${field}`);
          await zahra.step(byField.get(field)!);
          if (field === "regionId") {
            await stale("village after county");
            await zahra.step(byField.get("village")!);
          }
        }
        expect(zahra.chat.lastText(), `seed ${seed}`).toContain("ثبت نهایی");
        await stale("before submit");
        await zahra.step(press("reg:submit"));
        expect(await database.prisma.application.count(), `seed ${seed}`).toBe(1);
        await deliverOutbox(t, database);
        const appId = (await database.prisma.application.findFirstOrThrow()).id;

        // The coordinator: reject flows left or started again, documents requested — all on the "pick" family.
        for (let round = 0; round < 4 + r.int(3); round++) {
          await stale(`round ${round}`);
          await maryam.step(press(`case:open:${appId}`));
          const action = r.pick(["reject", "docs"] as const);
          const button = dataOf(t, MARYAM.id, new RegExp(`^case:${action}:`));
          if (!button) continue;
          await maryam.step(press(button));
          await stale(`${action} asked`);
          if (action === "reject") {
            await maryam.step((c) => c.send("مدارک کافی نیست"));
            await stale("reject confirm");
            const decision = r.next() < 0.2 ? "yes" : r.pick(["edit", "no"]);
            await maryam.step(press(`pick:t:${decision}`));
            if (decision === "edit") {
              await stale("reject note again");
              await maryam.step((c) => c.send("دلیل روشن‌تر"));
              await stale("reject confirm again");
              await maryam.step(press("pick:t:no"));
            }
            if (decision === "yes") break;
          } else {
            const ticks = buttons(maryam.chat.lastMarkup())
              .map((b) => b.data)
              .filter((d) => d.startsWith("pick:t:"));
            for (let k = 1 + r.int(3); k > 0; k--) {
              await maryam.step(press(r.pick(ticks)));
              await stale("docs ticked");
            }
            await maryam.step(press("pick:done"));
            await stale("docs note");
            // Ticked and unticked to nothing: "choose at least one", the question still open.
            if ((await maryam.chat.drafts())["request-documents"]?.answers.documents === undefined) {
              await maryam.step(press(ticks[0]!));
              await maryam.step(press("pick:done"));
            }
            await maryam.step(r.next() < 0.5 ? press("pick:skip") : (c) => c.send("لطفاً واضح"));
          }
        }
        console.log(`seed ${seed}: ${log.pressed} presses of older messages, ${n} points`);
        expect(log.pressed, `seed ${seed}`).toBeGreaterThan(5);
      } finally {
        await database.drop();
      }
    },
    600_000,
  );
});
