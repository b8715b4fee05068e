import type { Db } from "../../db/client.ts";
import { factReasons, loadFacts, type ApplicantFacts, type FactReason } from "../applicant/facts.ts";
import { adviceFor, feedsOf, listHubs, type HubAdvice, type HubView } from "../hubs/hubs.ts";
import { listPrograms, type ProgramView } from "./programs.ts";

/** Why a program does not fit; an empty list means it fits. */
export type Reason =
  | { code: "inactive" | "category" | "county" | "deprived" | "needs-business" | "needs-permit" }
  | { code: "amount-min" | "amount-max"; rials: number }
  /** The field's quota is full, or the catalog closed it (why, in both languages). */
  | { code: "field-closed"; why: { fa: string; en: string } | null; quota: number | null }
  /** The applicant's own facts (age, an earlier loan, the target group applied as): src/domain/applicant/facts.ts. */
  | FactReason;

/** What is known of the applicant: a registered business, or answers given in its place. */
export interface Situation {
  /** True when the category and county come from a registered business. */
  registered: boolean;
  category?: string;
  countyCode?: string;
  deprived?: boolean;
  hasPermit: boolean;
  amountRials?: number;
}

/** The rules of one program against one situation, all reasons at once. */
export function whyNot(program: ProgramView, s: Situation, now: Date): Reason[] {
  const reasons: Reason[] = [];
  const { rules } = program;
  const t = now.getTime();
  if ((program.activeFrom && Date.parse(program.activeFrom) > t) || (program.activeTo && Date.parse(program.activeTo) < t)) {
    reasons.push({ code: "inactive" });
  }
  if (rules.requiresBusiness && !s.registered) reasons.push({ code: "needs-business" });
  if (rules.categories && s.category !== undefined && !rules.categories.includes(s.category as never)) reasons.push({ code: "category" });
  const closed = program.closedFields.find((c) => c.category === s.category);
  if (closed) reasons.push({ code: "field-closed", why: closed.why, quota: closed.quota });
  if (rules.counties && s.countyCode !== undefined && !rules.counties.includes(s.countyCode)) reasons.push({ code: "county" });
  if (rules.deprivedAreasOnly && s.deprived === false) reasons.push({ code: "deprived" });
  if (rules.requiresPermit && !s.hasPermit) reasons.push({ code: "needs-permit" });
  if (s.amountRials !== undefined) {
    if (s.amountRials < program.minAmountRials) reasons.push({ code: "amount-min", rials: program.minAmountRials });
    if (s.amountRials > program.maxAmountRials) reasons.push({ code: "amount-max", rials: program.maxAmountRials });
  }
  return reasons;
}

export interface ApplicantProfile {
  businesses: { id: number; name: string; category: string; countyCode: string; deprived: boolean; hubId?: number | null; plannedJobs?: number }[];
  hasPermit: boolean;
  /** What the person has told of themselves (the date of birth at registration, the rest when a program asked). */
  facts: ApplicantFacts;
}

/** What the database knows of an applicant for eligibility: businesses, an issued permit and their facts. */
export async function applicantProfile(db: Db, applicantId: number): Promise<ApplicantProfile> {
  const [businesses, permit, facts] = await Promise.all([
    db.business.findMany({ where: { ownerId: applicantId }, include: { region: true }, orderBy: { id: "asc" } }),
    db.application.findFirst({ where: { applicantId, kind: "home_permit", status: "issued" }, select: { id: true } }),
    loadFacts(db, applicantId),
  ]);
  return {
    facts,
    businesses: businesses.map((b) => ({
      id: b.id,
      name: b.name,
      category: b.category,
      countyCode: b.region.code,
      deprived: b.region.deprived,
      hubId: b.hubId,
      plannedJobs: b.plannedJobs,
    })),
    hasPermit: permit !== null,
  };
}

export interface Fit {
  program: ProgramView;
  reasons: Reason[];
  /** The county hub whose value chain the program favours, for a business (or answers) it fits that feeds the hub. */
  favours: HubView | null;
}

/** The businesses, or the answers given in their place, as eligibility sees them. */
function situationsOf(profile: ApplicantProfile, answers?: { category: string; countyCode: string; deprived: boolean }): Situation[] {
  return profile.businesses.length > 0
    ? profile.businesses.map((b) => ({ registered: true, category: b.category, countyCode: b.countyCode, deprived: b.deprived, hasPermit: profile.hasPermit }))
    : [{ registered: false, ...answers, hasPermit: profile.hasPermit }];
}

/**
 * Every program for this applicant, fitting ones first (their known age and earlier loans
 * counted), and of those first the ones that
 * favour the value chain of their county's hub, where the business (or the field answered)
 * feeds that hub and the program fits it. With businesses, a program fits
 * when it fits any of them; without, `answers` (category and county) stand in for one.
 */
export function fitPrograms(
  programs: ProgramView[],
  profile: ApplicantProfile,
  now: Date,
  answers?: { category: string; countyCode: string; deprived: boolean },
  hubs: HubView[] = [],
): Fit[] {
  const situations = situationsOf(profile, answers);
  const fits = programs.map((program) => {
    // The person's own facts (their age, an earlier loan) weigh the same for each of their businesses; a target group is chosen only when applying.
    const own = factReasons(program, undefined, profile.facts, now);
    const options = situations.map((s) => ({ s, reasons: [...whyNot(program, s, now), ...own] }));
    const reasons = options.map((o) => o.reasons).reduce((best, r) => (r.length < best.length ? r : best));
    const favours =
      options
        .filter((o) => o.reasons.length === 0)
        .map((o) => hubs.find((h) => h.countyCode === o.s.countyCode && feedsOf(h, o.s.category).length > 0))
        .find((h) => h !== undefined && program.favoursChains.includes(h.chain)) ?? null;
    return { program, reasons, favours };
  });
  const rank = (f: Fit) => (f.reasons.length > 0 ? 2 : f.favours ? 0 : 1);
  // A stable sort: within a rank, the catalog's order.
  return [...fits].sort((a, b) => rank(a) - rank(b));
}

export interface FitResult {
  fits: Fit[];
  /** The hubs of the applicant's counties (or the county answered), and what each buys from their fields. */
  hubs: HubAdvice[];
}

export async function fitProgramsFor(db: Db, applicantId: number, now: Date, answers?: Parameters<typeof fitPrograms>[3]): Promise<FitResult> {
  const [programs, profile, hubs] = await Promise.all([listPrograms(db), applicantProfile(db, applicantId), listHubs(db)]);
  return { fits: fitPrograms(programs, profile, now, answers, hubs), hubs: hubAdviceOf(profile, hubs, answers) };
}

/** The hubs of the applicant's businesses' counties (or of the answers' county), with what each buys from their fields. */
export function hubAdviceOf(profile: ApplicantProfile, hubs: HubView[], answers?: { category: string; countyCode: string }): HubAdvice[] {
  return adviceFor(hubs, profile.businesses.length > 0 ? profile.businesses : answers ? [answers] : []);
}

/** The hubs a program's page names for this reader: their businesses' counties', else those of the counties the program is limited to. */
export async function programHubsFor(db: Db, applicantId: number, program: ProgramView): Promise<HubAdvice[]> {
  const [profile, hubs] = await Promise.all([applicantProfile(db, applicantId), listHubs(db)]);
  if (profile.businesses.length > 0) return hubAdviceOf(profile, hubs);
  return adviceFor(
    hubs,
    (program.rules.counties ?? []).map((countyCode) => ({ countyCode })),
  );
}
