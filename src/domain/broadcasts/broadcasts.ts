import type { Db } from "../../db/client.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { enqueue } from "../outbox.ts";
import { loadActor, requireAdmin } from "../review/actor.ts";
import { audienceSchema, audienceWhere, countAudience, type Audience } from "./audience.ts";

export interface BroadcastMessage {
  text: string;
  /** Telegram message entities (bold, links…) as sent by the admin. */
  entities?: unknown[];
  photoFileId?: string;
}

const RECIPIENT_CHUNK = 500;
/** Broadcast ledger states that are final. */
const SETTLED = ["sent", "failed", "blocked", "cancelled"];

/** An admin schedules a broadcast (now, or later); it is sent by the jobs, not here. */
export async function createBroadcast(
  deps: DomainDeps,
  adminId: number,
  input: { message: BroadcastMessage; audience: Audience; scheduledAt?: Date },
): Promise<{ id: number }> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "broadcast");
  const audience = audienceSchema.parse(input.audience);
  if (input.message.text.trim().length === 0 && !input.message.photoFileId) throw new DomainError("empty", "err-broadcast-empty");
  const now = deps.clock.now();
  if (input.scheduledAt && input.scheduledAt.getTime() <= now.getTime()) throw new DomainError("past", "err-broadcast-past");
  const broadcast = await deps.db.broadcast.create({
    data: {
      createdById: adminId,
      text: input.message.text,
      entities: input.message.entities?.length ? JSON.stringify(input.message.entities) : null,
      photoFileId: input.message.photoFileId ?? null,
      audience: JSON.stringify(audience),
      scheduledAt: input.scheduledAt ?? now,
      createdAt: now,
    },
  });
  await audit(deps.db, {
    actorId: adminId,
    action: "broadcast.create",
    subjectType: "broadcast",
    subjectId: broadcast.id,
    details: { audience, scheduledAt: broadcast.scheduledAt },
  });
  return { id: broadcast.id };
}

/** How many people an audience reaches now: what an admin sees before sending. */
export async function audienceSize(deps: DomainDeps, adminId: number, audience: Audience): Promise<number> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "broadcast");
  return countAudience(deps.db, audienceSchema.parse(audience));
}

/** Where the admin's progress message is, so the jobs can keep it current. */
export async function setProgressMessage(db: Db, broadcastId: number, chatId: string, messageId: number): Promise<void> {
  await db.broadcast.update({ where: { id: broadcastId }, data: { progressChatId: chatId, progressMessageId: messageId } });
}

/**
 * Starts every due broadcast: claims it (so one instance does it) and writes its ledger —
 * one outbox row per recipient — in the same transaction. The sender delivers them.
 */
export async function startDueBroadcasts(deps: DomainDeps): Promise<number[]> {
  const now = deps.clock.now();
  const due = await deps.db.broadcast.findMany({ where: { state: "scheduled", scheduledAt: { lte: now } }, orderBy: { id: "asc" } });
  const started: number[] = [];
  for (const broadcast of due) {
    const claimed = await deps.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({ where: { id: broadcast.id, state: "scheduled" }, data: { state: "sending", startedAt: now } });
      if (count === 0) return false;
      const where = audienceWhere(audienceSchema.parse(JSON.parse(broadcast.audience)));
      let total = 0;
      for (let cursor = 0; ;) {
        const users = await tx.user.findMany({ where: { ...where, id: { gt: cursor } }, orderBy: { id: "asc" }, take: RECIPIENT_CHUNK, select: { id: true } });
        if (users.length === 0) break;
        await enqueue(
          tx,
          users.map((u) => ({
            recipientId: u.id,
            kind: "broadcast",
            template: "broadcast",
            params: {},
            broadcastId: broadcast.id,
            dedupeKey: `broadcast:${broadcast.id}:${u.id}`,
            notBefore: now,
          })),
        );
        total += users.length;
        cursor = users.at(-1)!.id;
      }
      await tx.broadcast.update({ where: { id: broadcast.id }, data: { recipients: total } });
      return true;
    });
    if (claimed) started.push(broadcast.id);
  }
  return started;
}

export interface BroadcastProgress {
  id: number;
  state: string;
  recipients: number;
  sent: number;
  failed: number;
  blocked: number;
  cancelled: number;
  pending: number;
  scheduledAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export async function broadcastProgress(db: Db, broadcastId: number): Promise<BroadcastProgress> {
  const broadcast = await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId } });
  const groups = await db.outbox.groupBy({ by: ["state"], where: { broadcastId }, _count: { _all: true } });
  const count = (state: string) => groups.find((g) => g.state === state)?._count._all ?? 0;
  return {
    id: broadcast.id,
    state: broadcast.state,
    recipients: broadcast.recipients,
    sent: count("sent"),
    failed: count("failed"),
    blocked: count("blocked"),
    cancelled: count("cancelled"),
    pending: count("pending") + count("sending"),
    scheduledAt: broadcast.scheduledAt,
    startedAt: broadcast.startedAt,
    finishedAt: broadcast.finishedAt,
  };
}

/** Marks finished broadcasts done and sends their creator the final report. */
export async function finishBroadcasts(deps: DomainDeps): Promise<number[]> {
  const sending = await deps.db.broadcast.findMany({ where: { state: "sending" } });
  const finished: number[] = [];
  for (const broadcast of sending) {
    const open = await deps.db.outbox.count({ where: { broadcastId: broadcast.id, state: { notIn: SETTLED } } });
    if (open > 0) continue;
    const progress = await broadcastProgress(deps.db, broadcast.id);
    const now = deps.clock.now();
    const done = await deps.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({ where: { id: broadcast.id, state: "sending" }, data: { state: "done", finishedAt: now } });
      if (count === 0) return false;
      await enqueue(tx, [
        {
          recipientId: broadcast.createdById,
          kind: "broadcast-report",
          template: "broadcast-report",
          params: { id: broadcast.id, sent: progress.sent, failed: progress.failed, blocked: progress.blocked },
          dedupeKey: `broadcast-report:${broadcast.id}`,
          notBefore: now,
        },
      ]);
      return true;
    });
    if (done) finished.push(broadcast.id);
  }
  return finished;
}

/** Stops a scheduled or running broadcast: what is not yet sent never will be. */
export async function cancelBroadcast(deps: DomainDeps, adminId: number, broadcastId: number): Promise<void> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "broadcast-cancel");
  const now = deps.clock.now();
  const cancelled = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.broadcast.updateMany({
      where: { id: broadcastId, state: { in: ["scheduled", "sending"] } },
      data: { state: "cancelled", finishedAt: now },
    });
    if (count === 0) return false;
    await tx.outbox.updateMany({ where: { broadcastId, state: "pending" }, data: { state: "cancelled" } });
    return true;
  });
  if (!cancelled) throw new DomainError("not-cancellable", "err-broadcast-not-cancellable");
  await audit(deps.db, { actorId: adminId, action: "broadcast.cancel", subjectType: "broadcast", subjectId: broadcastId });
}

/** The latest broadcasts with their progress, newest first. */
export async function recentBroadcasts(deps: DomainDeps, adminId: number, limit = 10): Promise<BroadcastProgress[]> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "broadcasts");
  const rows = await deps.db.broadcast.findMany({ orderBy: { id: "desc" }, take: limit, select: { id: true } });
  return Promise.all(rows.map((r) => broadcastProgress(deps.db, r.id)));
}
