import { BotError, GrammyError, HttpError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import type { InboxStore, PendingUpdate } from "../db/inbox-store.ts";
import { StaleChatState } from "../db/chat-state-store.ts";
import { SlowDown } from "../bot/middlewares/rate-limit.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import type { PersonalDataCipher } from "../domain/personal-data.ts";
import type { Logger } from "../logger.ts";
import { PLATFORMS, type PlatformProfile } from "../platform.ts";
import { withJournal, type RecordedCall } from "./effects-journal.ts";

export interface DispatcherOptions {
  bot: Bot<BotContext>;
  store: InboxStore;
  cipher: PersonalDataCipher;
  logger: Logger;
  /** How the platform says "too fast" (Bale: descriptions, 420); Telegram by default. */
  platform?: PlatformProfile;
  /** This instance's stable name (INSTANCE_ID): it holds the chats it handles. */
  holder: string;
  /** Chats handled at the same time by this instance. */
  concurrency?: number;
  /** A chat's lease; renewed while its updates are handled, so it outlives a slow one. */
  leaseMs?: number;
  /** How often to look for updates stored by other instances (or left by a dead one). */
  pollMs?: number;
  /** How long an update waits, at most, for a missing earlier id (see waitFor); 3 s unless told. */
  gapWaitMs?: number;
}

export interface Dispatcher {
  start(): Promise<void>;
  /** Updates were stored: look now instead of at the next poll. */
  wake(): void;
  /** Finishes the updates in hand, releases every chat, then stops. */
  stop(): Promise<void>;
}

/** After this many failed attempts (the platform or the database away for hours), an update is given up. */
const MAX_ATTEMPTS = 20;
const BATCH = 20;
/** How long a just-arrived update waits for others of its chat delivered at the same moment. */
const SETTLE_MS = 20;
/** Older than this, an update does not look for missing earlier ids. */
const STALE_GAP_MS = 30_000;

/**
 * Handles the inbox: claims chats with updates due (a lease per chat in the database, so one
 * instance at a time works on a chat, whatever the number of instances), handles each chat's
 * updates in order, marks each done, and releases the chat. A crash leaves the update pending
 * and the lease expiring: it is handled again, here after a restart (an instance may take up
 * its own leases at once: it knows which chats it is working on) or by another instance once
 * the lease ran out, with the calls already made answered from its journal. An update that failed because the database or the platform was
 * away is tried again later, holding back the chat's later updates so their order is kept.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { bot, store, cipher, logger, holder } = options;
  const concurrency = options.concurrency ?? 16;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 500;
  const gapWaitMs = options.gapWaitMs ?? 3_000;
  const platform = options.platform ?? PLATFORMS.telegram;
  /** Per chat being served: which update waits for a missing earlier id, and since when (ms); dropped with the chat. */
  const gaps = new Map<string, { row: number; since: number }>();
  const active = new Map<string, Promise<void>>();
  /** The calls made for updates not marked done yet: kept here too, in case the database could not take them. */
  const journals = new Map<number, RecordedCall[]>();
  let running = false;
  let filling = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const until = () => new Date(Date.now() + leaseMs);

  async function fill(): Promise<void> {
    if (filling) {
      again = true;
      return;
    }
    filling = true;
    try {
      do {
        again = false;
        if (!running || active.size >= concurrency) break;
        const chats = await store.claimable(holder, concurrency, new Date());
        for (const chat of chats) {
          if (!running || active.size >= concurrency) break;
          if (active.has(chat) || !(await store.lease(chat, holder, until(), new Date()))) continue;
          const work = serve(chat).finally(() => {
            active.delete(chat);
            if (running) void fill();
          });
          active.set(chat, work);
        }
      } while (again);
    } catch (error) {
      logger.error({ err: error }, "could not claim updates from the inbox; trying again at the next poll");
    } finally {
      filling = false;
    }
  }

  /** One chat: its due updates in order, while this instance holds it. */
  async function serve(chat: string): Promise<void> {
    let held = true;
    const renewal = setInterval(() => {
      store.renew(chat, holder, until()).then(
        (ok) => void (held &&= ok),
        () => undefined,
      );
    }, leaseMs / 3);
    try {
      for (;;) {
        const rows = await store.pending(chat, BATCH, new Date());
        let stop = rows.length === 0;
        for (const row of rows) {
          if (!running || !held) return;
          const wait = await waitFor(row, chat);
          if (wait > 0) {
            // Read the chat again afterwards: what it waited for comes first.
            await new Promise((r) => setTimeout(r, wait));
            break;
          }
          if (!(await handle(row))) {
            stop = true;
            break;
          }
        }
        if (stop) break;
      }
    } catch (error) {
      logger.error({ err: error, chat }, "inbox worker failed; the chat is taken up again later");
    } finally {
      clearInterval(renewal);
      gaps.delete(chat);
      await store.release(chat, holder).catch(() => undefined);
    }
  }

  /**
   * Updates of one chat delivered at the same moment (to this instance or another) can be stored
   * out of order. A just-arrived update waits a moment for the rest; and where the platform
   * numbers updates one by one, it waits (a few seconds at most from when the gap was seen) while
   * an id above the bot's watermark and below its own is missing: that may be the chat's earlier
   * update, still on its way (another connection, a slower instance). A bot's first updates ever
   * have no watermark and wait the same. Returns how long to wait before reading the chat again
   * (0: handle it now).
   */
  async function waitFor(row: PendingUpdate, chat: string): Promise<number> {
    const age = Date.now() - row.receivedAt.getTime();
    if (age < SETTLE_MS) return SETTLE_MS - age;
    // An update handled again long after it came (an outage, a crash) waits for nothing.
    if (age > STALE_GAP_MS) return 0;
    const gap = await store.gapBefore(row.bot, chat, row.updateId, platform.sequentialUpdateIds);
    // An earlier one arrived since the chat was read: read it again, now.
    if (gap.earlier) return 1;
    if (gap.missing === 0) {
      gaps.delete(chat);
      return 0;
    }
    const seen = gaps.get(chat);
    const since = seen?.row === row.id ? seen.since : Date.now();
    gaps.set(chat, { row: row.id, since });
    if (Date.now() - since < gapWaitMs) return 25;
    // Given up: what is missing below it is not waited for again, by this update or any later one.
    // The chat is read once more: an earlier update that came in the meantime still goes first.
    gaps.delete(chat);
    await store.advance(row.bot, row.updateId - 1);
    return 1;
  }

  /** Handles one update; false when it must wait (and the chat's later updates with it). */
  async function handle(row: PendingUpdate): Promise<boolean> {
    const update = JSON.parse(cipher.decrypt(row.payload)) as Update;
    const calls = journals.get(row.id) ?? (row.effects ? (JSON.parse(cipher.decrypt(row.effects)) as RecordedCall[]) : []);
    journals.set(row.id, calls);
    const journal = {
      calls,
      next: 0,
      // Best effort: a call is not failed for it (it was made); this process keeps the journal in memory anyway.
      save: (made: RecordedCall[]) =>
        store
          .recordEffects(row.id, cipher.encrypt(JSON.stringify(made)))
          .catch((error) => logger.warn({ err: error }, "could not record a Bot API call in the inbox")),
    };
    // The error handler's answer ("something went wrong") is journaled like the rest.
    const failure = await withJournal(journal, async () => {
      try {
        await bot.handleUpdate(update);
        return null;
      } catch (error) {
        const cause = error instanceof BotError ? error.error : error;
        const later = retryIn(cause, row.attempts, platform);
        if (later !== null && row.attempts + 1 < MAX_ATTEMPTS) return { cause, later };
        // A bug, or an update given up: the person is answered by the error handler; the chat goes on.
        if (error instanceof BotError) await bot.errorHandler(error as BotError<BotContext>);
        else logger.error({ err: error, updateId: row.updateId }, "update failed");
        return { cause, later: null };
      }
    });
    if (!failure) {
      await settle(() => store.done(row.id, new Date()));
      journals.delete(row.id);
      return true;
    }
    if (failure.later === null) {
      await settle(() => store.retry(row.id, describe(failure.cause), new Date(), true));
      journals.delete(row.id);
      return true;
    }
    if (failure.cause instanceof SlowDown) {
      // Handled again from the start: the notice sent this time is not one of the next time's calls.
      journals.delete(row.id);
      await store.recordEffects(row.id, cipher.encrypt("[]"));
    } else {
      logger.warn(
        { updateId: row.updateId, attempts: row.attempts + 1, retryInMs: failure.later, err: failure.cause },
        "update not handled now; it is tried again",
      );
    }
    await store.retry(row.id, describe(failure.cause), new Date(Date.now() + failure.later), false);
    return false;
  }

  /** An update's outcome must reach the inbox, or it would be handled again: tried until the database takes it. */
  async function settle(write: () => Promise<void>): Promise<void> {
    for (let failures = 0; ; failures++) {
      try {
        return await write();
      } catch (error) {
        if (!running) throw error;
        logger.warn({ err: error }, "could not record an update's outcome in the inbox; trying again");
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** failures, 5_000)));
      }
    }
  }

  return {
    async start() {
      running = true;
      const poll = () => {
        timer = setTimeout(() => {
          void fill().finally(() => running && poll());
        }, pollMs);
      };
      poll();
      void fill();
    },
    wake() {
      if (running) void fill();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await Promise.all(active.values());
    },
  };
}

/** How long to wait before trying an update again, or null when trying again would not help (a bug). */
function retryIn(error: unknown, attempts: number, platform: PlatformProfile): number | null {
  const backoff = Math.min(1_000 * 2 ** attempts, 10 * 60_000);
  if (error instanceof StaleChatState) return 0;
  if (error instanceof SlowDown) return error.waitMs;
  if (isDatabaseUnavailable(error)) return backoff;
  if (error instanceof HttpError) return backoff;
  if (error instanceof GrammyError && platform.isRateLimited(error)) return (error.parameters?.retry_after || platform.defaultRetryAfterSeconds) * 1000;
  if (error instanceof GrammyError && error.error_code >= 500) return backoff;
  return null;
}

function describe(error: unknown): string {
  if (error instanceof GrammyError) return `${error.method}: ${error.error_code} ${error.description}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
