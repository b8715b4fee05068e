import { toGregorian, toJalaali } from "jalaali-js";
import { Prisma } from "../../db/generated/sqlite/client.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { DomainDeps } from "../context.ts";
import { DEFAULT_BANK_PAYMENT_DAYS } from "../loans/bank.ts";
import { TEHRAN_OFFSET_MS } from "../local-time.ts";
import { TARGET_GROUPS } from "../programs/catalog-file.ts";
import { isStaff, loadActor, requireStaff, type Actor } from "../review/actor.ts";

export const REPORT_PERIODS = ["month", "season", "year"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** The Jalali month, season or year around `now` (Tehran), as [from, to). */
export function periodRange(now: Date, period: ReportPeriod): { from: Date; to: Date; year: number; month: number; season: number } {
  const local = new Date(now.getTime() + TEHRAN_OFFSET_MS);
  const { jy, jm } = toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  const season = Math.ceil(jm / 3);
  const [first, months] = period === "month" ? [jm, 1] : period === "season" ? [(season - 1) * 3 + 1, 3] : [1, 12];
  const start = (y: number, m: number) => {
    const { gy, gm, gd } = toGregorian(y + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1, 1);
    return new Date(Date.UTC(gy, gm - 1, gd) - TEHRAN_OFFSET_MS);
  };
  return { from: start(jy, first), to: start(jy, first + months), year: jy, month: jm, season };
}

/** The working group's figures for one county and one introducing body (or a sum of them). */
export interface Figures {
  /** Loan applications filed in the period, and the amounts asked. */
  registered: number;
  requestedRials: bigint;
  introduced: number;
  paid: number;
  paidRials: bigint;
  /** Of the paid: within the 15-day rule (introduction → payment). */
  paidWithinRule: number;
  returned: number;
  /** Jobs the paid loans' plans committed, and what their latest follow-up reported. */
  committedJobs: number;
  reportedLoans: number;
  realizedJobs: number;
  newJobs: number;
  keptJobs: number;
  employers: number;
  selfEmployed: number;
  permitsIssued: number;
  /**
   * Businesses with a permit and no paid loan that answered their yearly jobs question in the
   * period (latest answer each): the jobs they reported, employers and self-employed told apart.
   */
  permitsReported: number;
  permitJobs: number;
  permitEmployers: number;
  permitSelfEmployed: number;
  /** Days introduction → payment of the paid loans: how many took each number of days. */
  daysHistogram: Map<number, number>;
}

export interface ReportRow extends Figures {
  regionId: number;
  county: { fa: string; en: string };
  body: string | null;
}

export interface WorkingGroupReport {
  period: ReportPeriod;
  range: ReturnType<typeof periodRange>;
  ruleDays: number;
  /** One row per county and introducing body that had anything in the period. */
  rows: ReportRow[];
  /** Per county, ranked (most paid first, then most jobs realized). */
  counties: ReportRow[];
  /** Per introducing body (null: none named). */
  bodies: (Figures & { body: string | null })[];
  total: Figures;
  /** Per county and target group (the groups the catalog lists, as the cases applied as): cases filed, introduced, paid. */
  groups: GroupRow[];
  /** The same per target group over the counties read. */
  groupTotals: GroupFigures[];
  /** Per conversion-industry hub, as things stand (not the period's): the businesses linked to it and their jobs, most businesses first. */
  hubs: HubRow[];
}

/** A target group's figures in the period (cases that applied as it). */
export interface GroupFigures {
  group: string;
  registered: number;
  requestedRials: bigint;
  introduced: number;
  paid: number;
  paidRials: bigint;
}

export interface GroupRow extends GroupFigures {
  regionId: number;
  county: { fa: string; en: string };
}

export interface HubRow {
  code: string;
  name: { fa: string; en: string };
  county: { fa: string; en: string };
  businesses: number;
  /** Jobs the linked businesses' plans committed, and what their loans' latest follow-ups reported (the owner working counts one). */
  plannedJobs: number;
  realizedJobs: number;
}

const empty = (): Figures => ({
  registered: 0,
  requestedRials: 0n,
  introduced: 0,
  paid: 0,
  paidRials: 0n,
  paidWithinRule: 0,
  returned: 0,
  committedJobs: 0,
  reportedLoans: 0,
  realizedJobs: 0,
  newJobs: 0,
  keptJobs: 0,
  employers: 0,
  selfEmployed: 0,
  permitsIssued: 0,
  permitsReported: 0,
  permitJobs: 0,
  permitEmployers: 0,
  permitSelfEmployed: 0,
  daysHistogram: new Map(),
});

type Counted = Exclude<keyof Figures, "daysHistogram" | "requestedRials" | "paidRials">;
const COUNTED = (Object.keys(empty()) as (keyof Figures)[]).filter((k): k is Counted => typeof empty()[k] === "number");

function add(into: Figures, f: Figures): void {
  for (const key of COUNTED) into[key] += f[key];
  into.requestedRials += f.requestedRials;
  into.paidRials += f.paidRials;
  for (const [d, n] of f.daysHistogram) into.daysHistogram.set(d, (into.daysHistogram.get(d) ?? 0) + n);
}

/** The median of a histogram of days; null when it is empty. */
export function medianDays(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const sorted = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const at = (rank: number) => {
    let seen = 0;
    for (const [days, n] of sorted) if ((seen += n) > rank) return days;
    return sorted.at(-1)![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

type Grouped = { region: number; body: string | null } & Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);
const big = (v: unknown) => BigInt(typeof v === "bigint" || typeof v === "number" ? v : String((v as string | null) ?? "0").split(".")[0]!);

/** Who may read the report: staff, and observers (the province's, read-only). */
export function mayReadReport(actor: Pick<Actor, "role">): boolean {
  return isStaff(actor) || actor.role === "observer";
}

/** The counties a report reader reads: admins and observers the province (null), coordinators their own. */
export function reportRegions(actor: Pick<Actor, "role" | "regionIds">): number[] | null {
  return actor.role === "admin" || actor.role === "observer" ? null : actor.regionIds;
}

/** The report's readers (mayReadReport); anyone else is refused and recorded as not staff. */
export async function requireReportReader(deps: Pick<DomainDeps, "db">, actorId: number): Promise<Actor> {
  const actor = await loadActor(deps.db, actorId);
  if (!mayReadReport(actor)) await requireStaff(deps.db, actor, "report");
  return actor;
}

/**
 * The working group's report for the period: every figure is a grouped SQL query (by county
 * and introducing body), so its cost grows with the counties and bodies, not with the rows.
 * Admins and observers see the province, coordinators their counties.
 */
export async function workingGroupReport(
  deps: DomainDeps,
  actorId: number,
  period: ReportPeriod,
  ruleDays = DEFAULT_BANK_PAYMENT_DAYS,
): Promise<WorkingGroupReport> {
  const actor = await requireReportReader(deps, actorId);
  return reportOf(deps.db, reportRegions(actor), period, periodRange(deps.clock.now(), period), ruleDays);
}

/** The report of some counties (null: the province) for a range, unchecked: for the scheduled delivery and the use case above. */
export async function reportOf(
  db: Db | Tx,
  regionIds: number[] | null,
  period: ReportPeriod,
  range: ReturnType<typeof periodRange>,
  ruleDays = DEFAULT_BANK_PAYMENT_DAYS,
): Promise<WorkingGroupReport> {
  const [rows, hubs, groups] = await Promise.all([
    groupedFigures(db, regionIds, range, ruleDays),
    hubFigures(db, regionIds),
    targetGroupFigures(db, regionIds, range),
  ]);
  const regions = await db.region.findMany({ where: { id: { in: [...new Set([...rows, ...groups].map((r) => r.regionId))] } } });
  for (const row of [...rows, ...groups]) {
    const region = regions.find((r) => r.id === row.regionId)!;
    row.county = { fa: region.nameFa, en: region.nameEn };
  }
  groups.sort((a, b) => a.county.en.localeCompare(b.county.en) || TARGET_GROUPS.indexOf(a.group as never) - TARGET_GROUPS.indexOf(b.group as never));
  const groupTotals = TARGET_GROUPS.flatMap((group) => {
    const of = groups.filter((g) => g.group === group);
    if (of.length === 0) return [];
    const sum = (k: "registered" | "introduced" | "paid") => of.reduce((n, g) => n + g[k], 0);
    const rials = (k: "requestedRials" | "paidRials") => of.reduce((n, g) => n + g[k], 0n);
    return [
      {
        group,
        registered: sum("registered"),
        requestedRials: rials("requestedRials"),
        introduced: sum("introduced"),
        paid: sum("paid"),
        paidRials: rials("paidRials"),
      },
    ];
  });
  const total = empty();
  const byCounty = new Map<number, ReportRow>();
  const byBody = new Map<string | null, Figures & { body: string | null }>();
  for (const row of rows) {
    add(total, row);
    if (!byCounty.has(row.regionId)) byCounty.set(row.regionId, { ...empty(), regionId: row.regionId, county: row.county, body: null });
    add(byCounty.get(row.regionId)!, row);
    if (!byBody.has(row.body)) byBody.set(row.body, { ...empty(), body: row.body });
    add(byBody.get(row.body)!, row);
  }
  const counties = [...byCounty.values()].sort((a, b) => b.paid - a.paid || b.realizedJobs - a.realizedJobs || a.county.en.localeCompare(b.county.en));
  const bodies = [...byBody.values()].sort((a, b) => b.paid - a.paid || b.registered - a.registered);
  return { period, range, ruleDays, rows, counties, bodies, total, groups, groupTotals, hubs };
}

/** The hubs' part of the report alone (the console): the reader's counties, or the province for admins and observers. */
export async function hubReport(deps: DomainDeps, actorId: number): Promise<HubRow[]> {
  const actor = await requireReportReader(deps, actorId);
  return hubFigures(deps.db, reportRegions(actor));
}

/** The businesses linked to each hub of these counties (null: the province) and their jobs: two grouped queries. */
async function hubFigures(db: Db | Tx, regionIds: number[] | null): Promise<HubRow[]> {
  if (regionIds?.length === 0) return [];
  const scope = regionIds === null ? Prisma.empty : Prisma.sql`AND h."regionId" IN (${Prisma.join(regionIds)})`;
  const [linked, jobs] = await Promise.all([
    db.$queryRaw<Grouped[]>(Prisma.sql`SELECT h."id" AS hub, COUNT(*) AS n, SUM(b."plannedJobs") AS planned
      FROM "Business" b JOIN "Hub" h ON h."id" = b."hubId" WHERE 1 = 1 ${scope}
      GROUP BY h."id"`),
    // Each loan of a linked business by its latest follow-up answer.
    db.$queryRaw<
      Grouped[]
    >(Prisma.sql`SELECT h."id" AS hub, SUM(CASE WHEN j."selfWorks" THEN 1 ELSE 0 END) AS self, SUM(j."newJobs") AS fresh, SUM(j."keptJobs") AS kept
      FROM "JobsReport" j JOIN "Application" a ON a."id" = j."applicationId" JOIN "Business" b ON b."id" = a."businessId" JOIN "Hub" h ON h."id" = b."hubId"
      WHERE j."monthsAfter" = (SELECT MAX(l."monthsAfter") FROM "JobsReport" l WHERE l."applicationId" = j."applicationId") ${scope}
      GROUP BY h."id"`),
  ]);
  const hubs = await db.hub.findMany({ where: { id: { in: linked.map((g) => num(g.hub)) } }, include: { region: true } });
  return linked
    .map((g) => {
      const hub = hubs.find((h) => h.id === num(g.hub))!;
      const j = jobs.find((x) => num(x.hub) === hub.id);
      return {
        code: hub.code,
        name: { fa: hub.nameFa, en: hub.nameEn },
        county: { fa: hub.region.nameFa, en: hub.region.nameEn },
        businesses: num(g.n),
        plannedJobs: num(g.planned),
        realizedJobs: j ? num(j.self) + num(j.fresh) + num(j.kept) : 0,
      };
    })
    .sort((a, b) => b.businesses - a.businesses || b.realizedJobs - a.realizedJobs || a.name.en.localeCompare(b.name.en));
}

/**
 * Cases per county and target group: three grouped passes, each over one index holding every
 * column it reads (the referrals carry their case's group, copied when written). Cases without
 * a group (programs that name none) are not counted here.
 */
async function targetGroupFigures(db: Db | Tx, regionIds: number[] | null, range: { from: Date; to: Date }): Promise<GroupRow[]> {
  if (regionIds?.length === 0) return [];
  const { from, to } = range;
  const scope = (alias: string) => (regionIds === null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(alias)}."regionId" IN (${Prisma.join(regionIds)})`);
  type ByGroup = { region: unknown; tg: string } & Record<string, unknown>;
  const q = (sql: Prisma.Sql) => db.$queryRaw<ByGroup[]>(sql);
  const [registered, introduced, paid] = await Promise.all([
    q(Prisma.sql`SELECT a."regionId" AS region, a."targetGroup" AS tg, COUNT(*) AS n, SUM(a."amountRials") AS rials
      FROM "Application" a WHERE a."kind" = 'loan' AND a."submittedAt" >= ${from} AND a."submittedAt" < ${to} AND a."targetGroup" IS NOT NULL ${scope("a")}
      GROUP BY a."regionId", a."targetGroup"`),
    q(Prisma.sql`SELECT r."regionId" AS region, r."targetGroup" AS tg, COUNT(*) AS n
      FROM "BankReferral" r WHERE r."introducedAt" >= ${from} AND r."introducedAt" < ${to} AND r."targetGroup" IS NOT NULL ${scope("r")}
      GROUP BY r."regionId", r."targetGroup"`),
    q(Prisma.sql`SELECT r."regionId" AS region, r."targetGroup" AS tg, COUNT(*) AS n, SUM(r."paidAmountRials") AS rials
      FROM "BankReferral" r WHERE r."paidAt" >= ${from} AND r."paidAt" < ${to} AND r."targetGroup" IS NOT NULL ${scope("r")}
      GROUP BY r."regionId", r."targetGroup"`),
  ]);
  const rows = new Map<string, GroupRow>();
  const row = (g: ByGroup) => {
    const key = `${num(g.region)}|${g.tg}`;
    if (!rows.has(key))
      rows.set(key, {
        regionId: num(g.region),
        county: { fa: "", en: "" },
        group: g.tg,
        registered: 0,
        requestedRials: 0n,
        introduced: 0,
        paid: 0,
        paidRials: 0n,
      });
    return rows.get(key)!;
  };
  for (const g of registered) Object.assign(row(g), { registered: num(g.n), requestedRials: big(g.rials) });
  for (const g of introduced) row(g).introduced = num(g.n);
  for (const g of paid) Object.assign(row(g), { paid: num(g.n), paidRials: big(g.rials) });
  return [...rows.values()];
}

/**
 * Five passes, each over one index holding every column it reads (prisma/models.prisma): the
 * referrals carry their case's county, introducing body and committed jobs (copied when written),
 * so none of them reads an application row.
 */
async function groupedFigures(db: Db | Tx, regionIds: number[] | null, range: { from: Date; to: Date }, ruleDays: number): Promise<ReportRow[]> {
  if (regionIds?.length === 0) return [];
  const { from, to } = range;
  const scope = (alias: string) => (regionIds === null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(alias)}."regionId" IN (${Prisma.join(regionIds)})`);
  const q = (sql: Prisma.Sql) => db.$queryRaw<Grouped[]>(sql);
  const [registered, introduced, paid, returned, jobs, permits, permitAnswers] = await Promise.all([
    q(Prisma.sql`SELECT a."regionId" AS region, a."introducingBody" AS body, COUNT(*) AS n, SUM(a."amountRials") AS rials
      FROM "Application" a WHERE a."kind" = 'loan' AND a."submittedAt" >= ${from} AND a."submittedAt" < ${to} ${scope("a")}
      GROUP BY a."regionId", a."introducingBody"`),
    q(Prisma.sql`SELECT r."regionId" AS region, r."introducingBody" AS body, COUNT(*) AS n
      FROM "BankReferral" r WHERE r."introducedAt" >= ${from} AND r."introducedAt" < ${to} ${scope("r")}
      GROUP BY r."regionId", r."introducingBody"`),
    // The paid loans by their days introduction → payment: the counts, amounts and jobs, and the histogram, in one pass.
    q(Prisma.sql`SELECT r."regionId" AS region, r."introducingBody" AS body, r."daysToPayment" AS days, COUNT(*) AS n,
        SUM(r."paidAmountRials") AS rials, SUM(r."plannedJobs") AS committed
      FROM "BankReferral" r WHERE r."paidAt" >= ${from} AND r."paidAt" < ${to} ${scope("r")}
      GROUP BY r."regionId", r."introducingBody", r."daysToPayment"`),
    q(Prisma.sql`SELECT r."regionId" AS region, r."introducingBody" AS body, COUNT(*) AS n
      FROM "BankReferral" r WHERE r."decision" = 'returned' AND r."decidedAt" >= ${from} AND r."decidedAt" < ${to} ${scope("r")}
      GROUP BY r."regionId", r."introducingBody"`),
    // Each loan paid in the period by its latest follow-up answer.
    q(Prisma.sql`SELECT r."regionId" AS region, r."introducingBody" AS body, COUNT(*) AS n,
        SUM(CASE WHEN j."selfWorks" THEN 1 ELSE 0 END) AS self, SUM(j."newJobs") AS fresh, SUM(j."keptJobs") AS kept,
        SUM(CASE WHEN j."newJobs" + j."keptJobs" > 0 THEN 1 ELSE 0 END) AS employers,
        SUM(CASE WHEN j."newJobs" + j."keptJobs" = 0 AND j."selfWorks" THEN 1 ELSE 0 END) AS alone
      FROM "BankReferral" r JOIN "JobsReport" j ON j."applicationId" = r."applicationId"
      WHERE r."paidAt" >= ${from} AND r."paidAt" < ${to} ${scope("r")}
        AND j."monthsAfter" = (SELECT MAX(l."monthsAfter") FROM "JobsReport" l WHERE l."applicationId" = j."applicationId")
      GROUP BY r."regionId", r."introducingBody"`),
    q(Prisma.sql`SELECT a."regionId" AS region, NULL AS body, COUNT(*) AS n
      FROM "Application" a WHERE a."kind" = 'home_permit' AND a."permitIssuedAt" >= ${from} AND a."permitIssuedAt" < ${to} ${scope("a")}
      GROUP BY a."regionId"`),
    // Each permit's latest yearly answer given in the period (src/domain/jobs/follow-up.ts: businesses with no paid loan), unless
    // the business's loan paid in the period counts its jobs above (a yearly answer given before that payment): one business, counted once.
    q(Prisma.sql`SELECT a."regionId" AS region, NULL AS body, COUNT(*) AS n,
        SUM(CASE WHEN j."selfWorks" THEN 1 ELSE 0 END) AS self, SUM(j."newJobs") AS fresh, SUM(j."keptJobs") AS kept,
        SUM(CASE WHEN j."newJobs" + j."keptJobs" > 0 THEN 1 ELSE 0 END) AS employers,
        SUM(CASE WHEN j."newJobs" + j."keptJobs" = 0 AND j."selfWorks" THEN 1 ELSE 0 END) AS alone
      FROM "Application" a JOIN "JobsReport" j ON j."applicationId" = a."id"
      WHERE a."kind" = 'home_permit' AND j."reportedAt" >= ${from} AND j."reportedAt" < ${to} ${scope("a")}
        AND j."monthsAfter" = (SELECT MAX(l."monthsAfter") FROM "JobsReport" l WHERE l."applicationId" = j."applicationId" AND l."reportedAt" < ${to})
        AND NOT EXISTS (SELECT 1 FROM "Application" p JOIN "BankReferral" r ON r."applicationId" = p."id"
          WHERE p."businessId" = a."businessId" AND p."kind" = 'loan' AND r."paidAt" >= ${from} AND r."paidAt" < ${to}
            AND EXISTS (SELECT 1 FROM "JobsReport" k WHERE k."applicationId" = p."id"))
      GROUP BY a."regionId"`),
  ]);
  const rows = new Map<string, ReportRow>();
  const row = (g: Grouped) => {
    const key = `${num(g.region)}|${g.body ?? ""}`;
    if (!rows.has(key)) rows.set(key, { ...empty(), regionId: num(g.region), county: { fa: "", en: "" }, body: g.body ?? null });
    return rows.get(key)!;
  };
  for (const g of registered) Object.assign(row(g), { registered: num(g.n), requestedRials: big(g.rials) });
  for (const g of introduced) row(g).introduced = num(g.n);
  for (const g of paid) {
    const r = row(g);
    r.paid += num(g.n);
    r.paidRials += big(g.rials);
    r.committedJobs += num(g.committed);
    if (g.days === null || g.days === undefined) continue;
    if (num(g.days) <= ruleDays) r.paidWithinRule += num(g.n);
    r.daysHistogram.set(num(g.days), num(g.n));
  }
  for (const g of returned) row(g).returned = num(g.n);
  for (const g of jobs) {
    const r = row(g);
    Object.assign(r, { reportedLoans: num(g.n), newJobs: num(g.fresh), keptJobs: num(g.kept), employers: num(g.employers), selfEmployed: num(g.alone) });
    r.realizedJobs = num(g.self) + r.newJobs + r.keptJobs;
  }
  for (const g of permits) row(g).permitsIssued = num(g.n);
  for (const g of permitAnswers) {
    Object.assign(row(g), {
      permitsReported: num(g.n),
      permitJobs: num(g.self) + num(g.fresh) + num(g.kept),
      permitEmployers: num(g.employers),
      permitSelfEmployed: num(g.alone),
    });
  }
  return [...rows.values()];
}
