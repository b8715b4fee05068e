import type { DomainDeps } from "../context.ts";
import type { Db } from "../../db/client.ts";
import { loadBook } from "../funds/funds.ts";
import { reportRegions, requireReportReader } from "../report/working-group.ts";
import { loadActor, requireStaff } from "../review/actor.ts";

export interface CommunityStats {
  /** Cases filed by each facilitator on people's behalf, most first. */
  byFacilitator: { name: string; cases: number }[];
  /** Funds and cooperatives per county, with the planned jobs of their members' businesses. */
  byCounty: { county: { fa: string; en: string }; funds: number; cooperatives: number; unions: number; jobs: number }[];
}

/** The working group's figures of facilitators and community funds, for whoever reads the report (/stats and /report): admins and observers the province, coordinators their counties. */
export async function communityStats(deps: Pick<DomainDeps, "db">, actorId: number): Promise<CommunityStats> {
  const actor = await requireReportReader(deps, actorId);
  return communityStatsIn(deps.db, reportRegions(actor));
}

/** The same figures for some counties (null: the province), for a reader already allowed them. */
export async function communityStatsIn(db: Db, counties: number[] | null): Promise<CommunityStats> {
  const scope = counties === null ? {} : { regionId: { in: counties } };
  const filed = await db.application.groupBy({
    by: ["filedById"],
    where: { ...scope, filedById: { not: null } },
    _count: { _all: true },
  });
  const filers = await db.user.findMany({ where: { id: { in: filed.map((f) => f.filedById!) } }, select: { id: true, fullName: true, firstName: true } });
  const byFacilitator = filed
    .map((f) => {
      const user = filers.find((u) => u.id === f.filedById);
      return { name: user?.fullName ?? user?.firstName ?? "—", cases: f._count._all };
    })
    .sort((a, b) => b.cases - a.cases);
  const funds = await db.fund.findMany({
    where: scope,
    select: { regionId: true, stage: true, members: { select: { userId: true } } },
  });
  const regionIds = [...new Set(funds.map((f) => f.regionId))];
  const everyMember = [...new Set(funds.flatMap((f) => f.members.map((m) => m.userId)))];
  // Three queries for the whole province, not three per county.
  const [regions, unions, jobsByOwner] = await Promise.all([
    db.region.findMany({ where: { id: { in: regionIds } }, orderBy: { sortOrder: "asc" } }),
    db.cooperativeUnion.groupBy({ by: ["regionId"], where: { regionId: { in: regionIds } }, _count: { _all: true } }),
    db.business.groupBy({ by: ["ownerId"], where: { ownerId: { in: everyMember } }, _sum: { plannedJobs: true } }),
  ]);
  const jobsOf = new Map(jobsByOwner.map((j) => [j.ownerId, j._sum.plannedJobs ?? 0]));
  const byCounty = regions.map((region) => {
    const here = funds.filter((f) => f.regionId === region.id);
    const members = new Set(here.flatMap((f) => f.members.map((m) => m.userId)));
    return {
      county: { fa: region.nameFa, en: region.nameEn },
      funds: here.filter((f) => f.stage === "fund").length,
      cooperatives: here.filter((f) => f.stage === "cooperative").length,
      unions: unions.find((u) => u.regionId === region.id)?._count._all ?? 0,
      jobs: [...members].reduce((sum, id) => sum + (jobsOf.get(id) ?? 0), 0),
    };
  });
  return { byFacilitator, byCounty };
}

export interface FundExportRow {
  name: string;
  county: { fa: string; en: string };
  village: { fa: string; en: string };
  stage: string;
  members: number;
  trustees: number;
  balanceRials: bigint;
  contributedRials: bigint;
  lentOutRials: bigint;
  openLoans: number;
  onTimePercent: number | null;
}

/** Each fund's statement as a spreadsheet row, in the actor's scope (the /export beside the applications). */
export async function fundsForExport(deps: DomainDeps, actorId: number): Promise<FundExportRow[]> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "export");
  const funds = await deps.db.fund.findMany({
    where: actor.role === "admin" ? {} : { regionId: { in: actor.regionIds } },
    orderBy: { id: "asc" },
    include: { members: { select: { role: true } } },
  });
  const rows: FundExportRow[] = [];
  for (const fund of funds) {
    const [region, village, { figures }] = await Promise.all([
      deps.db.region.findUniqueOrThrow({ where: { id: fund.regionId } }),
      deps.db.village.findUniqueOrThrow({ where: { id: fund.villageId } }),
      loadBook(deps.db, fund.id, deps.clock.now()),
    ]);
    rows.push({
      name: fund.name,
      county: { fa: region.nameFa, en: region.nameEn },
      village: { fa: village.nameFa, en: village.nameEn },
      stage: fund.stage,
      members: fund.members.length,
      trustees: fund.members.filter((m) => m.role === "trustee").length,
      balanceRials: figures.balanceRials,
      contributedRials: figures.contributedRials,
      lentOutRials: figures.lentOutRials,
      openLoans: figures.openLoans,
      onTimePercent: figures.onTimePercent,
    });
  }
  return rows;
}
