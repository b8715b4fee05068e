import type { Db, Tx } from "../db/client.ts";
import type { Clock } from "./clock.ts";
import { DAY_MS } from "./local-time.ts";

/**
 * A template parameter. Plain values are shown as they are; the object forms are rendered
 * in the recipient's language when the message is sent: `t` an i18n key (with plain `args`),
 * `fa`/`en` a pair of names, `rials` an amount of money, `date` an ISO timestamp, `day` its
 * date alone.
 */
export type ParamValue =
  string | number | { t: string; args?: Record<string, string | number> } | { fa: string; en: string } | { rials: string } | { date: string } | { day: string };

/** An inline button of a pushed message: its label is rendered like a parameter. */
export interface OutboxButton {
  label: ParamValue;
  data: string;
}

/**
 * A file the sender builds when it sends the row, for its recipient as they are then (their
 * language, and whether they may still read it): the working group's report of the period
 * around `at`. The row's text goes with it as the document's caption.
 */
export interface OutboxAttachment {
  kind: "working-group-report";
  period: "month" | "season" | "year";
  /** An ISO moment inside the period. */
  at: string;
}

export interface OutboxMessage {
  recipientId: number;
  /** What kind of push this is (for statistics and opt-outs): "case-new", "reminder", … */
  kind: string;
  /** The i18n key of the text. */
  template: string;
  params: Record<string, ParamValue>;
  /** Rows of inline buttons, if any. */
  buttons?: OutboxButton[][];
  /** Whose personal data the params carry when that is not the recipient (a new-case notice's applicant): erasure finds the copy by it. */
  subjectUserId?: number;
  /** A broadcast's ledger row: the message is the broadcast's own. */
  broadcastId?: number;
  /** Sent as a document (the text its caption), built at send time. */
  attachment?: OutboxAttachment;
  /** Unique per message ever meant to be sent; enqueuing the same key twice is refused. */
  dedupeKey: string;
  notBefore: Date;
}

/** The parameter naming the person a message is about when it goes to their facilitator instead (the sender puts it first). */
export const ON_BEHALF_PARAM = "onBehalfOf";

/**
 * A person registered by a facilitator has no chat: what is meant for them goes to that
 * facilitator, naming them (and keeps them as its subject, for erasure). Broadcasts never
 * reach held people (they are "stopped"), so their rows are not looked at.
 */
async function redirectHeld(tx: Tx, messages: OutboxMessage[]): Promise<OutboxMessage[]> {
  const ids = [...new Set(messages.filter((m) => m.broadcastId === undefined).map((m) => m.recipientId))];
  if (ids.length === 0) return messages;
  const held = await tx.user.findMany({ where: { id: { in: ids }, heldById: { not: null } }, select: { id: true, heldById: true, fullName: true } });
  if (held.length === 0) return messages;
  const byId = new Map(held.map((h) => [h.id, h]));
  return messages.map((m) => {
    const person = m.broadcastId === undefined ? byId.get(m.recipientId) : undefined;
    if (!person) return m;
    return {
      ...m,
      recipientId: person.heldById!,
      subjectUserId: m.subjectUserId ?? person.id,
      params: { ...m.params, [ON_BEHALF_PARAM]: person.fullName ?? "" },
    };
  });
}

/** Writes messages into the outbox; call it inside the transaction that caused them. */
export async function enqueue(tx: Tx, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  messages = await redirectHeld(tx, messages);
  await tx.outbox.createMany({
    data: messages.map((m) => ({
      recipientId: m.recipientId,
      kind: m.kind,
      template: m.template,
      params: JSON.stringify(m.params),
      buttons: m.buttons ? JSON.stringify(m.buttons) : null,
      subjectUserId: m.subjectUserId ?? null,
      broadcastId: m.broadcastId ?? null,
      attachment: m.attachment ? JSON.stringify(m.attachment) : null,
      dedupeKey: m.dedupeKey,
      notBefore: m.notBefore,
    })),
  });
}

/**
 * Like enqueue, but leaves out messages whose key is already in the outbox: for scheduled
 * work that may look at the same subject twice (a restart, a clock set back). The unique
 * key still refuses a copy written by a racing transaction.
 */
export async function enqueueOnce(tx: Tx, messages: OutboxMessage[]): Promise<number> {
  const existing = new Set<string>();
  for (let i = 0; i < messages.length; i += 500) {
    const keys = messages.slice(i, i + 500).map((m) => m.dedupeKey);
    const rows = await tx.outbox.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } });
    for (const row of rows) existing.add(row.dedupeKey);
  }
  const fresh = messages.filter((m) => !existing.has(m.dedupeKey));
  await enqueue(tx, fresh);
  return fresh.length;
}

/** Rows that will not be sent (again): their payload is only a record of what was said. */
const SETTLED = ["sent", "failed", "blocked", "cancelled"];

/**
 * The retention rule (OUTBOX_RETENTION_DAYS): rows settled more than `days` ago lose their
 * payload — params and buttons — and keep recipient, kind, template, state and timestamps.
 * Run daily by the scheduler; returns how many rows it emptied.
 */
export async function purgeSettledPayloads(deps: { db: Db; clock: Clock }, days: number): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - days * DAY_MS);
  const { count } = await deps.db.outbox.updateMany({
    where: {
      state: { in: SETTLED },
      params: { not: null },
      OR: [{ sentAt: { lt: before } }, { sentAt: null, createdAt: { lt: before } }],
    },
    data: { params: null, buttons: null },
  });
  return count;
}
