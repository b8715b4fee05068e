import type { Api } from "grammy";
import type { Db } from "../db/client.ts";
import { broadcastProgress, finishBroadcasts, startDueBroadcasts, type BroadcastProgress } from "../domain/broadcasts/broadcasts.ts";
import type { Language } from "../domain/catalog.ts";
import type { DomainDeps } from "../domain/context.ts";
import { formatDateTime, formatInteger } from "../i18n/format.ts";
import type { Translate } from "../i18n/translator.ts";

export interface BroadcastJobDeps extends DomainDeps {
  api: Api;
  translate: Translate;
  timeZone: string;
  ratePerSecond: number;
  /** Tells the sender there is work. */
  wake(): void;
}

/** At most one edit of a progress message this often (the platforms limit edits too). */
const PROGRESS_EVERY_MS = 5_000;

function bar(done: number, total: number): string {
  const filled = total === 0 ? 10 : Math.round((done / total) * 10);
  return "▓".repeat(filled) + "░".repeat(10 - filled);
}

/** The progress message's text: a bar, the counts and when it should finish. */
export function progressText(t: Translate, language: Language, p: BroadcastProgress, now: Date, ratePerSecond: number, timeZone: string): string {
  const done = p.sent + p.failed + p.blocked + p.cancelled;
  const eta = new Date(now.getTime() + (p.pending / ratePerSecond) * 1000);
  const n = (value: number) => formatInteger(value, language);
  return t(language, "broadcast-progress", {
    id: p.id,
    bar: bar(done, p.recipients),
    percent: n(p.recipients === 0 ? 100 : Math.floor((done / p.recipients) * 100)),
    sent: n(p.sent),
    failed: n(p.failed),
    blocked: n(p.blocked),
    pending: n(p.pending),
    total: n(p.recipients),
    state: t(language, `broadcast-state-${p.state}`),
    eta: p.state === "sending" ? formatDateTime(eta, language, timeZone) : "—",
  });
}

/** One tick: start what is due, keep progress messages current, close what has finished. */
export async function broadcastTick(deps: BroadcastJobDeps): Promise<void> {
  if ((await startDueBroadcasts(deps)).length > 0) deps.wake();
  const finished = await finishBroadcasts(deps);
  if (finished.length > 0) deps.wake();
  await editProgressMessages(deps, finished);
}

async function editProgressMessages(deps: BroadcastJobDeps, finishedNow: number[]): Promise<void> {
  const now = deps.clock.now();
  const shown = await deps.db.broadcast.findMany({
    where: {
      progressMessageId: { not: null },
      OR: [{ state: "sending" }, { id: { in: finishedNow } }],
    },
  });
  for (const b of shown) {
    if (!finishedNow.includes(b.id) && b.progressEditedAt && now.getTime() - b.progressEditedAt.getTime() < PROGRESS_EVERY_MS) continue;
    const language = await adminLanguage(deps.db, b.createdById);
    const text = progressText(deps.translate, language, await broadcastProgress(deps.db, b.id), now, deps.ratePerSecond, deps.timeZone);
    await deps.api.editMessageText(b.progressChatId!, b.progressMessageId!, text).catch(() => undefined);
    await deps.db.broadcast.update({ where: { id: b.id }, data: { progressEditedAt: now } });
  }
}

async function adminLanguage(db: Db, userId: number): Promise<Language> {
  return ((await db.user.findUnique({ where: { id: userId }, select: { language: true } }))?.language ?? "fa") as Language;
}
