import type { Db, Tx } from "../../db/client.ts";
import { readJobState, writeJobState } from "../job-state.ts";
import { enqueueOnce, type OutboxMessage } from "../outbox.ts";
import { DAY_MS } from "../local-time.ts";
import { unfenced, type Fence } from "../fence.ts";

/** A position in a rule's stream of subjects: their trigger time, then their id. */
export interface Position {
  at: Date;
  id: number;
}

/** What a rule is about (a user, a request, a case), known by its position in the rule's stream. */
export type Subject = Position;

/**
 * One step of a reminder rule: subjects become due when their trigger time (a registration
 * started, documents requested, a permit's expiry, a status entered) passes the horizon.
 * The rule keeps a cursor, so each tick reads only what became due since the last one
 * (an indexed range), never the whole table.
 */
export interface WindowRule<S extends Subject> {
  /** Unique and stable: the cursor's key and part of every message's key. */
  key: string;
  /** Subjects whose trigger time is at or before this are due. */
  horizon(now: Date): Date;
  /** Subjects after `after` and at or before `until`, by (trigger time, id), at most `take`. */
  load(db: Db, after: Position, until: Date, take: number): Promise<S[]>;
  /** What to send about these subjects (none when they no longer need it). */
  messages(tx: Tx, subjects: S[], now: Date): Promise<OutboxMessage[]>;
}

/** The range condition of a rule's load query on its trigger column (both bounds, so an index range serves it). */
export function after(column: string, position: Position, until: Date) {
  return {
    AND: [{ [column]: { gte: position.at, lte: until } }, { OR: [{ [column]: { gt: position.at } }, { [column]: position.at, id: { gt: position.id } }] }],
  };
}

const PAGE = 500;
/** Past every row id (PostgreSQL integers are 32-bit): "everything at this instant is done". */
const MAX_ID = 2_147_483_647;
/** On its first run a rule looks back this far, not at all history. */
const FIRST_LOOK_BACK_MS = 7 * DAY_MS;

const encode = (p: Position) => `${p.at.toISOString()}|${p.id}`;
function decode(value: string | null): Position | null {
  if (!value) return null;
  const [at, id] = value.split("|");
  return { at: new Date(at!), id: Number(id) };
}

/**
 * Runs a rule up to now: each page's messages and the cursor move in one transaction, so a
 * crash repeats at most a page, and message keys make the repeat send nothing twice.
 * Returns how many messages it queued.
 */
export async function runWindowRule<S extends Subject>(db: Db, rule: WindowRule<S>, now: Date, fence: Fence = unfenced): Promise<number> {
  const cursorKey = `reminder:${rule.key}`;
  const until = rule.horizon(now);
  let position = decode(await readJobState(db, cursorKey)) ?? { at: new Date(until.getTime() - FIRST_LOOK_BACK_MS), id: 0 };
  let queued = 0;
  // A clock set back leaves the cursor ahead of the horizon: nothing is due until it catches up.
  if (position.at > until) return 0;
  for (;;) {
    const subjects = await rule.load(db, position, until, PAGE);
    const full = subjects.length === PAGE;
    const next = full ? subjects.at(-1)! : { at: until, id: MAX_ID };
    queued += await db.$transaction(async (tx) => {
      const count = subjects.length === 0 ? 0 : await enqueueOnce(tx, await rule.messages(tx, subjects, now));
      await fence(tx);
      await writeJobState(tx, cursorKey, encode(next));
      return count;
    });
    position = next;
    if (!full) return queued;
  }
}
