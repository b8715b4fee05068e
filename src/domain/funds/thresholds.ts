import { readFileSync } from "node:fs";
import { z } from "zod";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { enqueue } from "../outbox.ts";
import { loadActor, refuse } from "../review/actor.ts";
import { fundFor, loadBook } from "./funds.ts";

/** Where the thresholds are read from unless FUND_THRESHOLDS_FILE names another file. */
export const DEFAULT_THRESHOLDS_FILE = "data/fund-thresholds.json";

const wholeRials = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform((v) => BigInt(v));

/** "Ready to become a cooperative", as data (the cooperative law's minimum of seven members, …). */
export const thresholdsFile = z.object({
  cooperative: z.object({
    minMembers: z.number().int().min(1),
    minMonthsActive: z.number().int().min(0),
    minCapitalRials: wholeRials,
    minOnTimePercent: z.number().int().min(0).max(100),
  }),
  /** Cooperatives of one county (not yet in a union) that can form a union. */
  union: z.object({ minCooperatives: z.number().int().min(2) }),
});
export type FundThresholds = z.output<typeof thresholdsFile>;

/** Reads the thresholds file; a malformed one is refused as a whole, naming every problem. */
export function readThresholds(path: string = DEFAULT_THRESHOLDS_FILE): FundThresholds {
  const parsed = thresholdsFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** One measure toward a threshold: where the fund is and what it needs (money in rials, as text: it goes into JSON). */
export interface Measure {
  measure: "members" | "months" | "capital" | "onTime";
  have: number | string | null;
  need: number | string;
  met: boolean;
}

export interface Progress {
  stage: string;
  /** The stage it could become, or null when there is none after it. */
  next: "cooperative" | null;
  measures: Measure[];
  ready: boolean;
}

/** Whole months between two dates (a month is reached on the same day of the month). */
function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return to.getUTCDate() >= from.getUTCDate() ? months : months - 1;
}

/** How far a fund is toward becoming a cooperative ("6 of 7 members", "8 of 12 months", …). */
export async function fundProgress(deps: DomainDeps, actorId: number, fundId: number, thresholds: FundThresholds): Promise<Progress> {
  const { fund } = await fundFor(deps, actorId, fundId, "see");
  if (fund.stage !== "fund") return { stage: fund.stage, next: null, measures: [], ready: false };
  const now = deps.clock.now();
  const [members, { figures }] = await Promise.all([deps.db.fundMember.count({ where: { fundId } }), loadBook(deps.db, fundId, now)]);
  const t = thresholds.cooperative;
  const months = Math.max(0, monthsBetween(fund.createdAt, now));
  const measures: Measure[] = [
    { measure: "members", have: members, need: t.minMembers, met: members >= t.minMembers },
    { measure: "months", have: months, need: t.minMonthsActive, met: months >= t.minMonthsActive },
    { measure: "capital", have: String(figures.contributedRials), need: String(t.minCapitalRials), met: figures.contributedRials >= t.minCapitalRials },
    // Before any installment is due there is no rate to judge: only a threshold of 0 is met.
    {
      measure: "onTime",
      have: figures.onTimePercent,
      need: t.minOnTimePercent,
      met: figures.onTimePercent === null ? t.minOnTimePercent === 0 : figures.onTimePercent >= t.minOnTimePercent,
    },
  ];
  return { stage: fund.stage, next: "cooperative", measures, ready: measures.every((m) => m.met) };
}

/**
 * A coordinator of the fund's county (or an admin) records a ready fund's conversion into a
 * cooperative: the same fund, members, book and businesses, a new stage, and a history entry
 * with the figures it was judged on. Its members and keepers are told.
 */
export async function convertFund(deps: DomainDeps, actorId: number, fundId: number, thresholds: FundThresholds): Promise<void> {
  const actor = await loadActor(deps.db, actorId);
  const { fund } = await fundFor(deps, actorId, fundId, "see");
  const subject = { type: "fund", id: fundId };
  if (!(actor.role === "admin" || (actor.role === "coordinator" && actor.regionIds.includes(fund.regionId)))) {
    await refuse(deps.db, actor, "not-staff", "err-fund-convert-staff", subject);
  }
  const progress = await fundProgress(deps, actorId, fundId, thresholds);
  if (progress.next === null) throw new DomainError("fund-converted", "err-fund-converted");
  if (!progress.ready) await refuse(deps.db, actor, "fund-not-ready", "err-fund-not-ready", subject, { progress: progress.measures });
  const now = deps.clock.now();
  const changed = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.fund.updateMany({ where: { id: fundId, stage: progress.stage }, data: { stage: progress.next! } });
    if (count === 0) return false;
    await tx.fundConversion.create({
      data: { fundId, fromStage: progress.stage, toStage: progress.next!, progress: JSON.stringify(progress.measures), decidedById: actorId, decidedAt: now },
    });
    await audit(tx, { actorId, action: "fund.convert", subjectType: "fund", subjectId: fundId, details: { from: progress.stage, to: progress.next } });
    const members = await tx.fundMember.findMany({ where: { fundId }, select: { userId: true } });
    await enqueue(
      tx,
      members.map((m) => ({
        recipientId: m.userId,
        kind: "fund",
        template: "notify-fund-converted",
        params: { name: fund.name, stage: { t: `fund-stage-${progress.next}` } },
        dedupeKey: `fund-convert:${fundId}:${progress.next}:${m.userId}`,
        notBefore: now,
      })),
    );
    return true;
  });
  if (!changed) throw new DomainError("fund-converted", "err-fund-converted");
}

/** A fund's history of stages, oldest first. */
export async function fundHistory(deps: DomainDeps, actorId: number, fundId: number) {
  await fundFor(deps, actorId, fundId, "see");
  return deps.db.fundConversion.findMany({ where: { fundId }, orderBy: { id: "asc" }, select: { fromStage: true, toStage: true, decidedAt: true } });
}

/** A county's cooperatives not yet in a union, against the union threshold ("2 of 3 cooperatives"). */
export async function unionProgress(deps: DomainDeps, actorId: number, regionId: number, thresholds: FundThresholds) {
  const actor = await loadActor(deps.db, actorId);
  if (!(actor.role === "admin" || (actor.role === "coordinator" && actor.regionIds.includes(regionId)))) {
    await refuse(deps.db, actor, "not-staff", "err-fund-convert-staff", { type: "region", id: regionId });
  }
  const free = await deps.db.fund.findMany({
    where: { regionId, stage: "cooperative", unionId: null },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
  const unions = await deps.db.cooperativeUnion.findMany({
    where: { regionId },
    orderBy: { id: "asc" },
    include: { cooperatives: { select: { name: true } } },
  });
  return { cooperatives: free, need: thresholds.union.minCooperatives, ready: free.length >= thresholds.union.minCooperatives, unions };
}

/**
 * A coordinator of the county (or an admin) records that its cooperatives not yet in a union
 * form one, once there are enough (the threshold): each cooperative keeps its members, book
 * and history and records when it joined. Audited; their members are told.
 */
export async function formUnion(deps: DomainDeps, actorId: number, regionId: number, name: string, thresholds: FundThresholds): Promise<number> {
  const progress = await unionProgress(deps, actorId, regionId, thresholds);
  const actor = await loadActor(deps.db, actorId);
  if (!progress.ready)
    await refuse(deps.db, actor, "union-not-ready", "err-union-not-ready", { type: "region", id: regionId }, { cooperatives: progress.cooperatives.length });
  const now = deps.clock.now();
  const ids = progress.cooperatives.map((c) => c.id);
  const unionId = await deps.db.$transaction(async (tx) => {
    const union = await tx.cooperativeUnion.create({ data: { regionId, name, createdById: actorId, createdAt: now } });
    const { count } = await tx.fund.updateMany({ where: { id: { in: ids }, unionId: null }, data: { unionId: union.id, joinedUnionAt: now } });
    if (count !== ids.length) throw new DomainError("union-changed", "err-union-changed");
    await audit(tx, { actorId, action: "union.form", subjectType: "union", subjectId: union.id, details: { region: regionId, cooperatives: ids } });
    const members = await tx.fundMember.findMany({ where: { fundId: { in: ids } }, select: { userId: true } });
    await enqueue(
      tx,
      [...new Set(members.map((m) => m.userId))].map((userId) => ({
        recipientId: userId,
        kind: "fund",
        template: "notify-union-formed",
        params: { name },
        dedupeKey: `union-form:${union.id}:${userId}`,
        notBefore: now,
      })),
    );
    return union.id;
  });
  return unionId;
}
