import type { Db } from "../../db/client.ts";
import { listPrograms, type ProgramView } from "./programs.ts";

/** Why a program does not fit; an empty list means it fits. */
export type Reason =
  | { code: "inactive" | "category" | "county" | "deprived" | "needs-business" | "needs-permit" }
  | { code: "amount-min" | "amount-max"; rials: number }
  /** The field's quota is full, or the catalog closed it (why, in both languages). */
  | { code: "field-closed"; why: { fa: string; en: string } | null; quota: number | null };

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
  businesses: { id: number; name: string; category: string; countyCode: string; deprived: boolean }[];
  hasPermit: boolean;
}

/** What the database knows of an applicant for eligibility: businesses and an issued permit. */
export async function applicantProfile(db: Db, applicantId: number): Promise<ApplicantProfile> {
  const [businesses, permit] = await Promise.all([
    db.business.findMany({ where: { ownerId: applicantId }, include: { region: true }, orderBy: { id: "asc" } }),
    db.application.findFirst({ where: { applicantId, kind: "home_permit", status: "issued" }, select: { id: true } }),
  ]);
  return {
    businesses: businesses.map((b) => ({ id: b.id, name: b.name, category: b.category, countyCode: b.region.code, deprived: b.region.deprived })),
    hasPermit: permit !== null,
  };
}

export interface Fit {
  program: ProgramView;
  reasons: Reason[];
}

/**
 * Every program for this applicant, fitting ones first. With businesses, a program fits
 * when it fits any of them; without, `answers` (category and county) stand in for one.
 */
export function fitPrograms(
  programs: ProgramView[],
  profile: ApplicantProfile,
  now: Date,
  answers?: { category: string; countyCode: string; deprived: boolean },
): Fit[] {
  const situations: Situation[] =
    profile.businesses.length > 0
      ? profile.businesses.map((b) => ({
          registered: true,
          category: b.category,
          countyCode: b.countyCode,
          deprived: b.deprived,
          hasPermit: profile.hasPermit,
        }))
      : [{ registered: false, ...answers, hasPermit: profile.hasPermit }];
  const fits = programs.map((program) => {
    const options = situations.map((s) => whyNot(program, s, now));
    return { program, reasons: options.reduce((best, r) => (r.length < best.length ? r : best)) };
  });
  return [...fits.filter((f) => f.reasons.length === 0), ...fits.filter((f) => f.reasons.length > 0)];
}

export async function fitProgramsFor(db: Db, applicantId: number, now: Date, answers?: Parameters<typeof fitPrograms>[3]) {
  return fitPrograms(await listPrograms(db), await applicantProfile(db, applicantId), now, answers);
}
