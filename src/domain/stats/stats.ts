import type { DomainDeps } from "../context.ts";
import { DAY_MS, TEHRAN_OFFSET_MS } from "../local-time.ts";
import { applicationScope, loadActor, requireStaff } from "../review/actor.ts";

export interface Count<K> {
  key: K;
  count: number;
}

export interface ApplicationStats {
  total: number;
  byCounty: Count<{ id: number; fa: string; en: string }>[];
  byCategory: Count<string>[];
  byKind: Count<string>[];
  byStatus: Count<string>[];
  plannedJobs: number;
  /** Approvals in each of the last weeks, oldest first; a week starts on Saturday, Tehran time. */
  approvalsPerWeek: { weekStart: Date; count: number }[];
}

const WEEKS = 8;

/** The Saturday 00:00 (Tehran) that starts the week of `date`. */
export function weekStart(date: Date): Date {
  const local = new Date(date.getTime() + TEHRAN_OFFSET_MS);
  const sinceSaturday = (local.getUTCDay() + 1) % 7;
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - sinceSaturday * DAY_MS;
  return new Date(midnight - TEHRAN_OFFSET_MS);
}

function tally<K>(items: K[], keyOf: (k: K) => string): Count<K>[] {
  const counts = new Map<string, Count<K>>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key) ?? { key: item, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

export async function applicationStats(deps: DomainDeps, actorId: number): Promise<ApplicationStats> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "stats");
  const where = applicationScope(actor);
  const apps = await deps.db.application.findMany({
    where,
    select: {
      kind: true,
      status: true,
      region: { select: { id: true, nameFa: true, nameEn: true } },
      business: { select: { id: true, category: true, plannedJobs: true } },
    },
  });
  const firstWeek = new Date(weekStart(deps.clock.now()).getTime() - (WEEKS - 1) * 7 * DAY_MS);
  const approvals = await deps.db.applicationEvent.findMany({
    where: { toStatus: "approved", createdAt: { gte: firstWeek }, application: where },
    select: { createdAt: true },
  });
  const jobs = new Map(apps.map((a) => [a.business.id, a.business.plannedJobs]));
  return {
    total: apps.length,
    byCounty: tally(
      apps.map((a) => ({ id: a.region.id, fa: a.region.nameFa, en: a.region.nameEn })),
      (c) => c.en,
    ),
    byCategory: tally(
      apps.map((a) => a.business.category),
      (c) => c,
    ),
    byKind: tally(
      apps.map((a) => a.kind),
      (k) => k,
    ),
    byStatus: tally(
      apps.map((a) => a.status),
      (s) => s,
    ),
    plannedJobs: [...jobs.values()].reduce((sum, n) => sum + n, 0),
    approvalsPerWeek: Array.from({ length: WEEKS }, (_, i) => {
      const start = new Date(firstWeek.getTime() + i * 7 * DAY_MS);
      const end = start.getTime() + 7 * DAY_MS;
      return { weekStart: start, count: approvals.filter((e) => e.createdAt.getTime() >= start.getTime() && e.createdAt.getTime() < end).length };
    }),
  };
}
