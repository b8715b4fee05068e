import type { Sql } from "./sql.ts";

/** An update as the inbox stores it: its payload sealed (encrypted) by the caller. */
export interface IncomingUpdate {
  updateId: number;
  chatKey: string;
  payload: string;
}

export interface PendingUpdate {
  id: number;
  updateId: number;
  payload: string;
  attempts: number;
  effects: string | null;
  receivedAt: Date;
  bot: string;
}

/**
 * The InboxUpdate and InboxChat tables. Every statement is one round trip and safe with any
 * number of instances: rows are unique per (bot, update id), a chat is claimed with a
 * conditional upsert on its lease row (taken only when free or expired), and its updates are
 * read in order.
 */
export interface InboxStore {
  /** Stores a batch in one statement; an update already there is left as it is. `complete`: the batch holds every id up to its last one not stored before (polling). */
  add(bot: string, updates: IncomingUpdate[], now: Date, complete?: boolean): Promise<void>;
  /** Chats with updates due and no live lease of another holder, oldest first. */
  claimable(holder: string, limit: number, now: Date): Promise<string[]>;
  /** Takes the chat's lease for `holder` until `until` if it is free, expired or already its own; true when taken. */
  lease(chatKey: string, holder: string, until: Date, now: Date): Promise<boolean>;
  /** Extends a lease still held; false when it was lost (expired and taken by another). */
  renew(chatKey: string, holder: string, until: Date): Promise<boolean>;
  release(chatKey: string, holder: string): Promise<void>;
  /** The chat's updates not handled yet, in the platform's order (update ids), up to the first one not due yet. */
  pending(chatKey: string, limit: number, now: Date): Promise<PendingUpdate[]>;
  /** Handled: the payload and the effects go, the row stays (a redelivery is recognised). */
  done(id: number, now: Date): Promise<void>;
  /** Not handled now: tried again after `notBefore`, or given up ("failed") when `failed`. */
  retry(id: number, error: string, notBefore: Date, failed: boolean): Promise<void>;
  /** The Bot API calls made so far while handling it (sealed). */
  recordEffects(id: number, effects: string): Promise<void>;
  /**
   * Whether the chat's update `updateId` must wait for an earlier one. `earlier`: one of the chat's
   * updates with a lower id is in the inbox, not handled yet (read the chat again). `missing` (only
   * when `sequential`: the platform numbers updates one by one): how many ids between the bot's
   * watermark and this one the inbox has not seen, any of which may be this chat's earlier update
   * still on its way; null while the bot has no watermark (its first updates ever). The watermark
   * first moves up along the ids present.
   */
  gapBefore(bot: string, chatKey: string, updateId: number, sequential: boolean): Promise<{ earlier: boolean; missing: number | null }>;
  /** Every id up to `upTo` is in the inbox or no longer waited for: the bot's watermark moves up to it (never down). */
  advance(bot: string, upTo: number): Promise<void>;
  /** Rows handled before `before`; returns how many. */
  purge(before: Date): Promise<number>;
  /** Updates not yet handled (for /readyz and the tests). */
  backlog(): Promise<number>;
}

/** Past this many missing ids, the platform jumped (its ids restart at random after a quiet week): nothing is waited for. */
const MAX_GAP = 1000;

export function inboxStore(sql: Sql): InboxStore {
  const advance = async (bot: string, upTo: number) => {
    await sql.execute(
      `INSERT INTO "InboxWatermark" ("bot", "upTo") VALUES (?, ?) ON CONFLICT ("bot") DO UPDATE SET "upTo" = excluded."upTo" WHERE "InboxWatermark"."upTo" < excluded."upTo"`,
      [bot, upTo],
    );
  };
  return {
    async add(bot, updates, now, complete = false) {
      if (updates.length === 0) return;
      const values = updates.map(() => `(?, ?, ?, ?, 'pending', 0, ?)`).join(", ");
      const params = updates.flatMap((u) => [bot, u.updateId, u.chatKey, u.payload, now]);
      await sql.execute(
        `INSERT INTO "InboxUpdate" ("bot", "updateId", "chatKey", "payload", "state", "attempts", "receivedAt") VALUES ${values} ON CONFLICT ("bot", "updateId") DO NOTHING`,
        params,
      );
      if (complete) await advance(bot, Math.max(...updates.map((u) => u.updateId)));
    },
    async claimable(holder, limit, now) {
      // A chat is due when its first pending update is: a later one never overtakes it.
      const rows = await sql.query<{ chatKey: string }>(
        `SELECT u."chatKey" FROM "InboxUpdate" u LEFT JOIN "InboxChat" c ON c."chatKey" = u."chatKey"
         WHERE u."state" = 'pending' AND (c."chatKey" IS NULL OR c."until" < ? OR c."holder" = ?) AND (u."notBefore" IS NULL OR u."notBefore" <= ?)
           AND u."updateId" = (SELECT MIN(h."updateId") FROM "InboxUpdate" h WHERE h."chatKey" = u."chatKey" AND h."state" = 'pending')
         ORDER BY u."id" LIMIT ?`,
        [now, holder, now, limit],
      );
      return rows.map((r) => r.chatKey);
    },
    async lease(chatKey, holder, until, now) {
      const changed = await sql.execute(
        `INSERT INTO "InboxChat" ("chatKey", "holder", "until") VALUES (?, ?, ?)
         ON CONFLICT ("chatKey") DO UPDATE SET "holder" = excluded."holder", "until" = excluded."until" WHERE "InboxChat"."until" < ? OR "InboxChat"."holder" = excluded."holder"`,
        [chatKey, holder, until, now],
      );
      return changed === 1;
    },
    async renew(chatKey, holder, until) {
      return (await sql.execute(`UPDATE "InboxChat" SET "until" = ? WHERE "chatKey" = ? AND "holder" = ?`, [until, chatKey, holder])) === 1;
    },
    async release(chatKey, holder) {
      await sql.execute(`DELETE FROM "InboxChat" WHERE "chatKey" = ? AND "holder" = ?`, [chatKey, holder]);
    },
    async pending(chatKey, limit, now) {
      const rows = await sql.query<{
        id: number;
        updateId: number | string;
        payload: string;
        attempts: number;
        effects: string | null;
        notBefore: string | null;
        receivedAt: string;
        bot: string;
      }>(
        `SELECT "id", "bot", "updateId", "payload", "attempts", "effects", "notBefore", "receivedAt" FROM "InboxUpdate" WHERE "chatKey" = ? AND "state" = 'pending' ORDER BY "updateId" LIMIT ?`,
        [chatKey, limit],
      );
      const due = rows.findIndex((r) => r.notBefore !== null && Date.parse(r.notBefore) > now.getTime());
      return (due === -1 ? rows : rows.slice(0, due)).map((r) => ({
        id: Number(r.id),
        updateId: Number(r.updateId),
        payload: r.payload,
        attempts: r.attempts,
        effects: r.effects,
        receivedAt: new Date(r.receivedAt),
        bot: r.bot,
      }));
    },
    async gapBefore(bot, chatKey, updateId, sequential) {
      const earlierSql = `SELECT COUNT(*) AS "n" FROM "InboxUpdate" WHERE "chatKey" = ? AND "state" = 'pending' AND "updateId" < ?`;
      const [row] = await sql.query<{ upTo: number | string | null; earlier: number | string }>(
        `SELECT (SELECT "upTo" FROM "InboxWatermark" WHERE "bot" = ?) AS "upTo", (${earlierSql}) AS "earlier"`,
        [bot, chatKey, updateId],
      );
      const earlier = Number(row?.earlier ?? 0) > 0;
      if (earlier || !sequential) return { earlier, missing: 0 };
      if (row?.upTo === null || row?.upTo === undefined) return { earlier, missing: null };
      // Read in the same snapshot as the count above: a watermark past the update's earlier ids means those were stored before it, so counted.
      let upTo = Number(row.upTo);
      if (upTo >= updateId - 1) return { earlier, missing: 0 };
      /**
       * Nothing missing, found by statements after that count: an earlier update of this chat that
       * arrived in between may be what filled the gap, so it is looked for again, last.
       */
      const noneMissing = async () => {
        const [again] = await sql.query<{ n: number | string }>(earlierSql, [chatKey, updateId]);
        return { earlier: Number(again?.n ?? 0) > 0, missing: 0 };
      };
      // Up the run of ids present from just above the watermark: its end is the new watermark.
      const [moved] = await sql.query<{ upTo: number | string }>(
        `UPDATE "InboxWatermark" SET "upTo" = (SELECT MIN(a."updateId") FROM "InboxUpdate" a WHERE a."bot" = ? AND a."updateId" > ?
           AND NOT EXISTS (SELECT 1 FROM "InboxUpdate" b WHERE b."bot" = a."bot" AND b."updateId" = a."updateId" + 1))
         WHERE "bot" = ? AND "upTo" = ? AND EXISTS (SELECT 1 FROM "InboxUpdate" c WHERE c."bot" = ? AND c."updateId" = ?) RETURNING "upTo"`,
        [bot, upTo, bot, upTo, bot, upTo + 1],
      );
      if (moved) upTo = Number(moved.upTo);
      if (upTo >= updateId - 1) return noneMissing();
      const [present] = await sql.query<{ n: number | string }>(
        `SELECT COUNT(*) AS "n" FROM "InboxUpdate" WHERE "bot" = ? AND "updateId" > ? AND "updateId" < ?`,
        [bot, upTo, updateId],
      );
      const missing = updateId - upTo - 1 - Number(present?.n ?? 0);
      if (missing === 0) return noneMissing();
      if (missing <= MAX_GAP) return { earlier, missing };
      await advance(bot, updateId - 1);
      return noneMissing();
    },
    advance,
    async done(id, now) {
      await sql.execute(`UPDATE "InboxUpdate" SET "state" = 'done', "payload" = NULL, "effects" = NULL, "handledAt" = ?, "lastError" = NULL WHERE "id" = ?`, [
        now,
        id,
      ]);
    },
    async retry(id, error, notBefore, failed) {
      const lastError = error.slice(0, 500);
      if (failed) {
        await sql.execute(
          `UPDATE "InboxUpdate" SET "state" = 'failed', "attempts" = "attempts" + 1, "lastError" = ?, "payload" = NULL, "effects" = NULL, "handledAt" = ? WHERE "id" = ?`,
          [lastError, notBefore, id],
        );
      } else {
        await sql.execute(`UPDATE "InboxUpdate" SET "attempts" = "attempts" + 1, "lastError" = ?, "notBefore" = ? WHERE "id" = ?`, [lastError, notBefore, id]);
      }
    },
    async recordEffects(id, effects) {
      await sql.execute(`UPDATE "InboxUpdate" SET "effects" = ? WHERE "id" = ?`, [effects, id]);
    },
    purge: (before) => sql.execute(`DELETE FROM "InboxUpdate" WHERE "state" <> 'pending' AND "handledAt" < ?`, [before]),
    async backlog() {
      const [row] = await sql.query<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "InboxUpdate" WHERE "state" = 'pending'`);
      return Number(row?.n ?? 0);
    },
  };
}
