import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { Db } from "../db/client.ts";
import type { Language } from "../domain/catalog.ts";
import type { Clock } from "../domain/clock.ts";
import { isQuiet, type QuietHours } from "../domain/local-time.ts";
import type { OutboxButton, ParamValue } from "../domain/outbox.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import { PLATFORMS, type PlatformProfile } from "../platform.ts";
import { acquireLease, releaseLease } from "../jobs/lease.ts";
import { buildAttachment } from "./attachments.ts";
import { renderOutboxButtons, renderOutboxText } from "./render.ts";

export interface SenderDeps {
  db: Db;
  /** The bot's API: its calls go out as the platform takes them (src/bot/outgoing-text.ts: Bale's markup). */
  api: Api;
  translate: Translate;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  ratePerSecond: number;
  /** How the platform refuses (blocked users, rate limits); Telegram when absent. */
  platform?: PlatformProfile;
  /** A row claimed longer ago than this was in flight when its process died (default a minute). */
  staleClaimMs?: number;
  /** Nothing is pushed in these hours; due messages wait for the morning. */
  quietHours?: QuietHours;
  /** How often to look for due rows when nobody calls wake(). */
  pollMs?: number;
  /**
   * This instance's stable name (INSTANCE_ID): with several instances, only the one holding the
   * sender's lease sends, so `ratePerSecond` is the whole deployment's pace. Without it (tests
   * calling drain), this sender alone sends.
   */
  holder?: string;
  /** The 15-day rule the report in an attachment counts against (BANK_PAYMENT_DAYS). */
  bankPaymentDays?: number;
}

type DueRow = Awaited<ReturnType<Db["outbox"]["findMany"]>>[number] & { recipient: { chatId: string; language: string; status: string } };

export interface OutboxSender {
  start(): void;
  /** Finishes the message in hand, then stops. */
  stop(): Promise<void>;
  /** Something was enqueued: look now instead of at the next poll. */
  wake(): void;
  /** Sends everything due now; returns how many rows it handled (tests and the loop use it). */
  drain(): Promise<number>;
}

const BATCH = 50;
/**
 * Sends in flight at once. Each starts on its paced turn, so the database's writes and the
 * platform's answer time (tens of ms on a loaded machine) do not slow the pace below the rate.
 */
const IN_FLIGHT = 4;
/** One instance sends at a time: it holds this lease, renewed while it works, taken over when it dies. */
const SENDER_LEASE = "outbox-sender";
const SENDER_LEASE_MS = 10_000;
const RENEW_EVERY_MS = 3_000;
const MAX_ATTEMPTS = 5;
/** The longest pause after rate limits without retry_after that keep coming. */
const MAX_RATE_LIMIT_PAUSE_SECONDS = 300;
/** How often to look for such rows. */
const RECOVER_EVERY_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long to pause after a rate limit: its retry_after, or (Bale gives none, or 0) one that doubles while they keep coming. */
export function rateLimitPauseSeconds(platform: PlatformProfile, retryAfter: number | undefined, streak: number): number {
  if (retryAfter !== undefined && retryAfter > 0) return retryAfter;
  return Math.min(platform.defaultRetryAfterSeconds * 2 ** streak, MAX_RATE_LIMIT_PAUSE_SECONDS);
}

/**
 * The one sender of everything pushed (see README, Architecture): one instance at a time (the
 * sender's lease), so the pace is the deployment's; claims due outbox rows atomically (so two
 * instances never send the same row, even while the lease changes hands), paces sends, waits out
 * rate limits (retry_after, or a pause that doubles while they keep coming; never an attempt used
 * up), marks users who blocked the bot as stopped (on Bale only a refused send tells), retries
 * other failures a few times with back-off, and records the outcome on the row.
 */
export function createOutboxSender(deps: SenderDeps): OutboxSender {
  const { db, clock, logger } = deps;
  const platform = deps.platform ?? PLATFORMS.telegram;
  /** Rate limits in a row without a send getting through: each doubles the pause of one without retry_after. */
  let rateLimitStreak = 0;
  const interval = 1000 / deps.ratePerSecond;
  let nextSendAt = 0;
  let pausedUntil = 0;
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  const broadcasts = new Map<number, { message: { text: string; entities?: MessageEntity[]; photoFileId: string | null } | null; until: number }>();
  /** Users found blocked during this batch (the batch's own copy of their status is older). */
  const stoppedNow = new Set<number>();

  async function recoverStaleClaims(before = new Date(clock.now().getTime() - (deps.staleClaimMs ?? 60_000))): Promise<void> {
    const { count } = await db.outbox.updateMany({
      where: { state: "sending", claimedAt: { lt: before } },
      data: { state: "pending" },
    });
    if (count > 0) logger.warn({ count }, "outbox rows left in flight by a stopped process were requeued");
  }

  /** The sends waiting for their turn, one after another. */
  let turn: Promise<void> = Promise.resolve();
  /** When the last `window` sends started: no `window` sends start within `window` intervals (one second at a whole rate). */
  const window = Math.max(1, Math.floor(deps.ratePerSecond));
  const started: number[] = [];
  /**
   * Sends start on a grid `interval` apart. A timer that fires a little late (by a millisecond or
   * two on a busy machine, it always does) does not move the grid, or the pace would fall several
   * per cent below the rate; a longer stall does, so what follows it is never a burst. And however
   * late some sends were, no second holds more sends than the rate, so the platform's own count
   * (the default rate sits one below its limit) has a send to spare for the network's jitter. A
   * rate limit met meanwhile by a send in flight holds back the next one too.
   */
  function pace(): Promise<void> {
    const left = () => Math.max(nextSendAt, pausedUntil, started.length === window ? started[0]! + window * interval : 0) - Date.now();
    turn = turn.then(async () => {
      while (left() > 0) await sleep(left());
      const now = Date.now();
      nextSendAt = Math.max(nextSendAt, now - interval / 4) + interval;
      started.push(now);
      if (started.length > window) started.shift();
    });
    return turn;
  }

  async function settle(id: number, data: Parameters<Db["outbox"]["update"]>[0]["data"]): Promise<void> {
    await db.outbox.update({ where: { id }, data });
  }

  async function sendOne(row: DueRow): Promise<void> {
    const claimed = await db.outbox.updateMany({
      where: { id: row.id, state: "pending" },
      data: { state: "sending", claimedAt: clock.now(), attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return; // another instance took it
    if (row.recipient.status === "stopped" || stoppedNow.has(row.recipientId))
      return settle(row.id, { state: "blocked", lastError: "recipient stopped the bot" });
    const broadcast = row.broadcastId === null ? undefined : await broadcastMessage(row.broadcastId);
    if (broadcast === null) return settle(row.id, { state: "cancelled" });
    // A document is built before our turn (it may take a while), for the recipient as they are now.
    let attachment: Awaited<ReturnType<typeof buildAttachment>> | undefined;
    try {
      const recipient = { id: row.recipientId, language: row.recipient.language as Language };
      if (row.attachment) attachment = await buildAttachment({ ...deps, maxBytes: platform.maxDocumentBytes }, row.attachment, recipient);
    } catch (error) {
      return settleFailure(row.id, row.recipientId, row.attempts + 1, error);
    }
    if (attachment && "refused" in attachment) return settle(row.id, { state: "cancelled", lastError: attachment.refused });
    try {
      const send = broadcast ? () => sendBroadcast(row.recipient.chatId, broadcast) : rendered(row, attachment);
      // Our turn comes right before the call, so the database's delays and the rendering do not bunch sends up at the platform.
      await pace();
      await send();
      rateLimitStreak = 0;
      await settle(row.id, { state: "sent", sentAt: clock.now(), lastError: null });
    } catch (error) {
      await settleFailure(row.id, row.recipientId, row.attempts + 1, error);
    }
  }

  /** A template in the recipient's language, with its buttons (with a document, the text is its caption): rendered now, sent when called. */
  function rendered(row: DueRow, document?: { file: Buffer; filename: string }): () => Promise<unknown> {
    const language = row.recipient.language as Language;
    // A pending row always has its params: only settled rows lose them (erasure, retention).
    const text = renderOutboxText(deps.translate, language, row.template, JSON.parse(row.params ?? "{}") as Record<string, ParamValue>, deps.timeZone);
    const buttons = row.buttons ? renderOutboxButtons(deps.translate, language, JSON.parse(row.buttons) as OutboxButton[][], deps.timeZone) : undefined;
    if (document)
      return () => deps.api.sendDocument(row.recipient.chatId, new InputFile(document.file, document.filename), { caption: text, reply_markup: buttons });
    return () => deps.api.sendMessage(row.recipient.chatId, text, { reply_markup: buttons });
  }

  async function sendBroadcast(chatId: string, message: { text: string; entities?: MessageEntity[]; photoFileId: string | null }): Promise<void> {
    if (message.photoFileId) await deps.api.sendPhoto(chatId, message.photoFileId, { caption: message.text, caption_entities: message.entities });
    else await deps.api.sendMessage(chatId, message.text, { entities: message.entities });
  }

  /** A broadcast's message (cached while it sends), or null once it was cancelled. */
  async function broadcastMessage(id: number) {
    const cached = broadcasts.get(id);
    if (cached && cached.until > Date.now()) return cached.message;
    const row = await db.broadcast.findUnique({ where: { id } });
    const message =
      !row || row.state === "cancelled"
        ? null
        : { text: row.text, entities: row.entities ? (JSON.parse(row.entities) as MessageEntity[]) : undefined, photoFileId: row.photoFileId };
    // Re-read every few seconds, so a cancellation stops the rows already claimed too.
    broadcasts.set(id, { message, until: Date.now() + 3_000 });
    return message;
  }

  async function settleFailure(id: number, recipientId: number, attempts: number, error: unknown): Promise<void> {
    const now = clock.now().getTime();
    if (error instanceof GrammyError && platform.isRateLimited(error)) {
      const seconds = rateLimitPauseSeconds(platform, error.parameters.retry_after, rateLimitStreak++);
      pausedUntil = Date.now() + seconds * 1000;
      logger.warn({ retryAfter: seconds, refusal: error.description }, "rate limited by the platform; pausing the outbox");
      // The platform's pacing, not the message's fault: it does not use up an attempt.
      return settle(id, { state: "pending", attempts: attempts - 1, notBefore: new Date(now + seconds * 1000) });
    }
    if (error instanceof GrammyError && platform.isStopped(error)) {
      await db.user.update({ where: { id: recipientId }, data: { status: "stopped" } });
      stoppedNow.add(recipientId);
      return settle(id, { state: "blocked", lastError: error.description });
    }
    const description = error instanceof GrammyError ? error.description : error instanceof HttpError ? "network error" : String(error);
    const retriable = !(error instanceof GrammyError) || error.error_code >= 500;
    if (retriable && attempts < MAX_ATTEMPTS) {
      const backoffMs = 5_000 * 2 ** (attempts - 1);
      return settle(id, { state: "pending", lastError: description, notBefore: new Date(now + backoffMs) });
    }
    logger.warn({ outboxId: id, error: description }, "outbox message failed for good");
    return settle(id, { state: "failed", lastError: description });
  }

  async function loadDue(): Promise<DueRow[]> {
    if (isQuiet(deps.quietHours, clock.now())) return [];
    return db.outbox.findMany({
      where: { state: "pending", notBefore: { lte: clock.now() } },
      orderBy: { id: "asc" },
      take: BATCH,
      include: { recipient: { select: { chatId: true, language: true, status: true } } },
    });
  }

  /**
   * Takes or renews the sender's lease; true while this instance is the one that sends. Only
   * the holder claims rows: on taking the lease over, a row still in flight belongs to an
   * earlier holder that died (or this instance's own earlier life), and is sent again now.
   */
  let renewedAt = 0;
  let holding = false;
  async function elected(): Promise<boolean> {
    if (!deps.holder) return true;
    const now = clock.now();
    const held = await acquireLease(db, SENDER_LEASE, deps.holder, SENDER_LEASE_MS, now);
    if (held && !holding) await recoverStaleClaims(now);
    holding = held;
    if (held) renewedAt = Date.now();
    return held;
  }

  /**
   * Sends what is due, in id order. The next batch is read while the last one's sends are still
   * in flight (a pause to read would cost the pace a send or two each time); a row read again
   * while its send is in flight is passed over.
   */
  async function drain(): Promise<number> {
    let handled = 0;
    stoppedNow.clear();
    /** The sends in flight, by outbox row id. */
    const inFlight = new Map<number, Promise<void>>();
    /** Each recipient's last send: their next one waits for it (their messages stay in order). */
    const last = new Map<number, Promise<void>>();
    let failure: Error | undefined;
    reading: for (;;) {
      const due = await loadDue();
      const fresh = due.filter((row) => !inFlight.has(row.id));
      if (fresh.length === 0) {
        if (inFlight.size === 0) break;
        await Promise.race(inFlight.values());
        continue;
      }
      for (const row of fresh) {
        if (failure !== undefined) break reading;
        if ((!running && loop) || (deps.holder && Date.now() - renewedAt >= RENEW_EVERY_MS && !(await elected()))) break reading;
        while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight.values());
        const work: Promise<void> = (last.get(row.recipientId) ?? Promise.resolve())
          .then(() => sendOne(row))
          .catch((error: unknown) => void (failure ??= error instanceof Error ? error : new Error(String(error))))
          .finally(() => {
            inFlight.delete(row.id);
            if (last.get(row.recipientId) === work) last.delete(row.recipientId);
          });
        inFlight.set(row.id, work);
        last.set(row.recipientId, work);
        handled++;
      }
      if (due.length < BATCH) break;
    }
    await Promise.all(inFlight.values());
    if (failure !== undefined) throw failure;
    return handled;
  }

  async function run(): Promise<void> {
    let recoveredAt = 0;
    while (running) {
      try {
        if (await elected()) {
          if (Date.now() - recoveredAt >= RECOVER_EVERY_MS) {
            await recoverStaleClaims();
            recoveredAt = Date.now();
          }
          await drain();
        }
      } catch (error) {
        logger.error({ err: error }, "outbox sender failed; retrying at the next poll");
      }
      if (!running) break;
      if (woken) {
        woken = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deps.pollMs ?? 1000);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
      woken = false;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      loop = undefined;
      // Another instance takes over sending at once, not when the lease runs out.
      if (deps.holder) await releaseLease(db, SENDER_LEASE, deps.holder).catch(() => undefined);
    },
    wake() {
      woken = true;
      wakeUp?.();
    },
    drain,
  };
}
