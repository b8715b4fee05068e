import type { Prisma } from "../../db/generated/sqlite/client.ts";
import type { ApplicationKind, ApplicationStatus } from "../catalog.ts";
import type { DomainDeps } from "../context.ts";
import { cleanIdentifier } from "../input/clean-text.ts";
import { DAY_MS } from "../local-time.ts";
import { parseTrackingCode } from "../tracking-code.ts";
import { loadActor, requireStaff, reviewScope } from "./actor.ts";
import { queueItem, type QueueItem } from "./cases.ts";
import { AWAITING_STAFF, OPEN_STATUSES } from "./transitions.ts";

export const CASE_SORTS = ["submitted", "changed", "code", "status"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/**
 * What a list of cases can be narrowed by (the console's queue; the report's links). A new
 * filter is a field here and a clause in `filterWhere`, nothing else.
 */
export interface CaseFilter {
  regionId?: number;
  kind?: ApplicationKind;
  /** One status, every open one (the default), or all. */
  status?: ApplicationStatus | "open" | "all";
  programId?: number;
  category?: string;
  /** Waiting on staff longer than the service level (CASE_SLA_DAYS). */
  overdue?: boolean;
  /** Approved in the week (seven days) that starts then: the report's approvals per week. */
  approvedWeekOf?: Date;
  /** A tracking code (whole or its digits in part), a permit number, or the applicant's or business's name. */
  query?: string;
  /** The business's village or town, as typed (in part). */
  village?: string;
  /** Filed by this facilitator on the person's behalf. */
  facilitatorId?: number;
  sort?: CaseSort;
  descending?: boolean;
  page?: number;
  pageSize?: number;
}

export interface CaseRow extends QueueItem {
  statusChangedAt: Date;
  program: { fa: string; en: string } | null;
  permitNumber: string | null;
  overdue: boolean;
}

export const CASES_PAGE_SIZE = 25;

const overdueSince = (now: Date, slaDays: number) => new Date(now.getTime() - slaDays * DAY_MS);

function filterWhere(filter: CaseFilter, now: Date, slaDays: number): Prisma.ApplicationWhereInput[] {
  const status = filter.status ?? "open";
  return [
    status === "all" ? {} : status === "open" ? { status: { in: [...OPEN_STATUSES] } } : { status },
    filter.regionId ? { regionId: filter.regionId } : {},
    filter.kind ? { kind: filter.kind } : {},
    filter.programId ? { programId: filter.programId } : {},
    filter.facilitatorId ? { filedById: filter.facilitatorId } : {},
    filter.category ? { business: { category: filter.category } } : {},
    filter.approvedWeekOf
      ? { events: { some: { toStatus: "approved", createdAt: { gte: filter.approvedWeekOf, lt: new Date(filter.approvedWeekOf.getTime() + 7 * DAY_MS) } } } }
      : {},
    filter.overdue ? (slaDays > 0 ? { status: { in: [...AWAITING_STAFF] }, statusChangedAt: { lt: overdueSince(now, slaDays) } } : { id: -1 }) : {},
  ];
}

/** A tracking code or its digits, or a permit number, as a query on plain columns; null when the words must be a name. */
function codeWhere(query: string): Prisma.ApplicationWhereInput | null {
  const code = parseTrackingCode(query);
  if (code) return { trackingCode: code };
  const clean = cleanIdentifier(query).trim();
  const digits = clean.replace(/[\s-]/g, "");
  if (/^\d{3,8}$/.test(digits)) return { OR: [{ trackingCode: { contains: digits } }, { permitNumber: { contains: digits } }] };
  if (/^kr-?[\d-]*$/i.test(clean)) return { permitNumber: { contains: clean.toUpperCase() } };
  return null;
}

/** Names and villages are sealed at rest (no query can read them): they are compared here, after opening. */
const folded = (text: string) => cleanIdentifier(text).replace(/\s+/g, " ").trim().toLowerCase();

const ORDER: Record<CaseSort, keyof Prisma.ApplicationOrderByWithRelationInput> = {
  submitted: "submittedAt",
  changed: "statusChangedAt",
  code: "trackingCode",
  status: "status",
};

/**
 * The cases a staff member may see (a coordinator: their counties; an admin: the province),
 * narrowed, searched, sorted and a page at a time.
 */
export async function searchCases(deps: DomainDeps, actorId: number, filter: CaseFilter, slaDays: number): Promise<{ items: CaseRow[]; total: number }> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "cases");
  const now = deps.clock.now();
  const query = filter.query?.trim() ?? "";
  const byCode = query ? codeWhere(query) : null;
  const where: Prisma.ApplicationWhereInput = { AND: [reviewScope(actor), ...filterWhere(filter, now, slaDays), ...(byCode ? [byCode] : [])] };
  const direction: Prisma.SortOrder = filter.descending ? "desc" : "asc";
  const orderBy: Prisma.ApplicationOrderByWithRelationInput[] = [{ [ORDER[filter.sort ?? "submitted"]]: direction }, { id: direction }];
  const pageSize = filter.pageSize ?? CASES_PAGE_SIZE;
  const skip = (filter.page ?? 0) * pageSize;
  const include = {
    applicant: { select: { fullName: true } },
    business: { select: { name: true } },
    region: { select: { nameFa: true, nameEn: true } },
    program: { select: { nameFa: true, nameEn: true } },
  } satisfies Prisma.ApplicationInclude;

  let total: number;
  let rows: Prisma.ApplicationGetPayload<{ include: typeof include }>[];
  const byName = query && !byCode ? folded(query) : null;
  const village = filter.village?.trim() ? folded(filter.village) : null;
  if (byName !== null || village !== null) {
    const candidates = await deps.db.application.findMany({
      where,
      orderBy,
      select: { id: true, applicant: { select: { fullName: true } }, business: { select: { name: true, village: true } } },
    });
    const ids = candidates
      .filter((c) => byName === null || folded(`${c.applicant.fullName ?? ""} ${c.business.name}`).includes(byName))
      .filter((c) => village === null || folded(c.business.village).includes(village))
      .map((c) => c.id);
    total = ids.length;
    const pageIds = ids.slice(skip, skip + pageSize);
    const found = await deps.db.application.findMany({ where: { id: { in: pageIds } }, include });
    rows = pageIds.map((id) => found.find((r) => r.id === id)!);
  } else {
    [rows, total] = await Promise.all([deps.db.application.findMany({ where, orderBy, skip, take: pageSize, include }), deps.db.application.count({ where })]);
  }
  const cutoff = overdueSince(now, slaDays).getTime();
  return {
    total,
    items: rows.map((r) => ({
      ...queueItem(r),
      statusChangedAt: r.statusChangedAt,
      program: r.program ? { fa: r.program.nameFa, en: r.program.nameEn } : null,
      permitNumber: r.permitNumber,
      overdue: slaDays > 0 && AWAITING_STAFF.includes(r.status as ApplicationStatus) && r.statusChangedAt.getTime() < cutoff,
    })),
  };
}

/** What the filters offer this actor: the counties they may see, and the programs. */
export async function caseFilterChoices(deps: DomainDeps, actorId: number) {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "cases");
  const inCounties = actor.role === "admin" ? {} : { regionId: { in: actor.regionIds } };
  const [counties, programs, facilitators] = await Promise.all([
    deps.db.region.findMany({ where: actor.role === "admin" ? {} : { id: { in: actor.regionIds } }, orderBy: { sortOrder: "asc" } }),
    deps.db.program.findMany({ orderBy: { id: "asc" }, select: { id: true, nameFa: true, nameEn: true } }),
    deps.db.user.findMany({
      where: { role: "facilitator", villages: { some: { village: inCounties } } },
      select: { id: true, fullName: true, firstName: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    counties: counties.map((r) => ({ id: r.id, fa: r.nameFa, en: r.nameEn })),
    programs: programs.map((p) => ({ id: p.id, fa: p.nameFa, en: p.nameEn })),
    facilitators: facilitators.map((f) => ({ id: f.id, name: f.fullName ?? f.firstName ?? `#${f.id}` })),
  };
}
