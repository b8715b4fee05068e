import { z } from "zod";
import { APPLICATION_KINDS, APPLICATION_STATUSES, BUSINESS_CATEGORIES } from "../../domain/catalog.ts";
import { CASE_SORTS, type CaseFilter } from "../../domain/review/search.ts";

const id = z.coerce.number().int().positive();
// An unreadable parameter is dropped (as if not given), never a crash.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The longest search (a name, a code, a village) the queue reads. */
export const SEARCH_MAX_LENGTH = 100;

/** The searches typed longer than SEARCH_MAX_LENGTH: told so, never dropped in silence (which would list every case). */
export function tooLongSearches(raw: Record<string, string>): ("q" | "village")[] {
  return (["q", "village"] as const).filter((name) => (raw[name]?.length ?? 0) > SEARCH_MAX_LENGTH);
}

/** The queue's query string (filters, search, sorting, page): what /web/cases?… and the report's links carry. */
export const caseQuery = z.object({
  county: loose(id),
  kind: loose(z.enum(APPLICATION_KINDS)),
  status: loose(z.enum([...APPLICATION_STATUSES, "open", "all"])),
  program: loose(id),
  category: loose(z.enum(BUSINESS_CATEGORIES)),
  overdue: loose(z.literal("1")),
  approved: loose(z.iso.datetime()),
  q: loose(z.string().max(SEARCH_MAX_LENGTH)),
  village: loose(z.string().max(SEARCH_MAX_LENGTH)),
  facilitator: loose(id),
  sort: loose(z.enum(CASE_SORTS)),
  desc: loose(z.literal("1")),
  page: loose(z.coerce.number().int().min(0).max(100_000)),
});
export type CaseQuery = z.infer<typeof caseQuery>;

export function toCaseFilter(query: CaseQuery): CaseFilter {
  return {
    regionId: query.county,
    kind: query.kind,
    status: query.status,
    programId: query.program,
    category: query.category,
    overdue: query.overdue === "1",
    approvedWeekOf: query.approved ? new Date(query.approved) : undefined,
    query: query.q,
    village: query.village,
    facilitatorId: query.facilitator,
    sort: query.sort,
    descending: query.desc === "1",
    page: query.page,
  };
}

/** /web/cases with these parameters (empty ones left out). */
export function casesUrl(query: Partial<Record<keyof CaseQuery, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return `/web/cases${text ? `?${text}` : ""}`;
}
