import { toJalaali } from "jalaali-js";
import { z } from "zod";
import type { Db, Tx } from "../../db/client.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { readTypedDay } from "../input/jalali-time.ts";
import { localTime } from "../local-time.ts";
import type { TargetGroup } from "../programs/catalog-file.ts";
import type { ProgramView } from "../programs/programs.ts";

/** What employment programs check of the applicant, asked only when one applied to needs it. */
export const FACTS = ["birthDate", "sex", "education", "reliefClient", "welfareClient", "priorLoan"] as const;
export type Fact = (typeof FACTS)[number];

export const SEXES = ["female", "male"] as const;
export const EDUCATION_LEVELS = ["none", "primary", "secondary", "diploma", "associate", "bachelor", "postgraduate"] as const;
/** A graduate (فارغ‌التحصیل دانشگاهی) holds at least an associate degree. */
const GRADUATE_LEVELS: readonly string[] = ["associate", "bachelor", "postgraduate"];
/** Rural youth: the agency's bound (not in the budget note itself). */
export const YOUTH_MAX_AGE = 35;

/** The fact a target group is checked by; groups without one (disability, martyrs' families, nomads) the agency checks on papers. */
export const GROUP_FACT: Partial<Record<TargetGroup, Fact>> = {
  "women-heads": "sex",
  graduates: "education",
  "relief-clients": "reliefClient",
  "welfare-clients": "welfareClient",
  "rural-youth": "birthDate",
};

/** The applicant's facts as kept (sealed ones opened); null: not asked yet. */
export interface ApplicantFacts {
  /** ISO day (YYYY-MM-DD, Tehran). */
  birthDate: string | null;
  sex: (typeof SEXES)[number] | null;
  education: (typeof EDUCATION_LEVELS)[number] | null;
  reliefClient: boolean | null;
  welfareClient: boolean | null;
  /** An employment loan in the last `years` years, as answered. */
  priorLoan: { had: boolean; years: number } | null;
}

const yesNo = (v: string | null) => (v === "yes" ? true : v === "no" ? false : null);

export function factsOf(user: Record<Fact, string | null>): ApplicantFacts {
  const prior = /^(yes|no):(\d+)$/.exec(user.priorLoan ?? "");
  return {
    birthDate: user.birthDate,
    sex: (SEXES as readonly string[]).includes(user.sex ?? "") ? (user.sex as ApplicantFacts["sex"]) : null,
    education: (EDUCATION_LEVELS as readonly string[]).includes(user.education ?? "") ? (user.education as ApplicantFacts["education"]) : null,
    reliefClient: yesNo(user.reliefClient),
    welfareClient: yesNo(user.welfareClient),
    priorLoan: prior ? { had: prior[1] === "yes", years: Number(prior[2]) } : null,
  };
}

export async function loadFacts(db: Db | Tx, userId: number): Promise<ApplicantFacts> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { birthDate: true, sex: true, education: true, reliefClient: true, welfareClient: true, priorLoan: true },
  });
  return factsOf(user);
}

/** The facts a program (applied to as `group`) checks: from its rules and the group's own fact. */
export function factsNeeded(program: ProgramView, group: TargetGroup | undefined): Fact[] {
  const { rules } = program;
  const needed = new Set<Fact>();
  if (rules.minAge !== undefined || rules.maxAge !== undefined) needed.add("birthDate");
  if (rules.noEmploymentLoanYears !== undefined) needed.add("priorLoan");
  const own = group ? GROUP_FACT[group] : undefined;
  if (own) needed.add(own);
  return FACTS.filter((f) => needed.has(f));
}

/**
 * What a prior-loan answer tells of a rule "no employment loan in the last `years` years": a
 * loan within fewer years is within these too, none within more years is none within these;
 * otherwise (a loan within more years, none within fewer) it does not tell.
 */
function priorLoanWithin(answer: ApplicantFacts["priorLoan"], years: number): boolean | null {
  if (answer === null) return null;
  if (answer.had) return answer.years <= years ? true : null;
  return answer.years >= years ? false : null;
}

/** Of the needed facts, those not known yet (a prior-loan answer that does not tell of the program's years is not an answer to it). */
export function factsMissing(program: ProgramView, group: TargetGroup | undefined, facts: ApplicantFacts): Fact[] {
  return factsNeeded(program, group).filter((f) => {
    if (f === "priorLoan") return priorLoanWithin(facts.priorLoan, program.rules.noEmploymentLoanYears ?? 0) === null;
    return facts[f] === null;
  });
}

/** A day (ISO) in the Jalali calendar. */
function jalaliOf(isoDay: string): { jy: number; jm: number; jd: number } {
  const [gy, gm, gd] = isoDay.split("-").map(Number) as [number, number, number];
  return toJalaali(gy, gm, gd);
}

/** Whole years from a birth day (ISO) to `now` in Tehran, counted in the Jalali calendar (as Iranian law counts age). */
export function ageOn(birthDate: string, now: Date, timeZone = "Asia/Tehran"): number {
  const born = jalaliOf(birthDate);
  const today = jalaliOf(localTime(now, timeZone).day);
  return today.jy - born.jy - (today.jm < born.jm || (today.jm === born.jm && today.jd < born.jd) ? 1 : 0);
}

/** Why the applicant's facts do not fit the program (applied to as `group`); facts not yet known are not reasons. */
export type FactReason =
  { code: "too-young"; age: number } | { code: "too-old"; age: number } | { code: "prior-loan"; years: number } | { code: "not-in-group"; group: TargetGroup };

export function factReasons(program: ProgramView, group: TargetGroup | undefined, facts: ApplicantFacts, now: Date): FactReason[] {
  const { rules } = program;
  const reasons: FactReason[] = [];
  const age = facts.birthDate ? ageOn(facts.birthDate, now) : null;
  if (age !== null && rules.minAge !== undefined && age < rules.minAge) reasons.push({ code: "too-young", age: rules.minAge });
  if (age !== null && rules.maxAge !== undefined && age > rules.maxAge) reasons.push({ code: "too-old", age: rules.maxAge });
  if (rules.noEmploymentLoanYears !== undefined && priorLoanWithin(facts.priorLoan, rules.noEmploymentLoanYears) === true) {
    reasons.push({ code: "prior-loan", years: rules.noEmploymentLoanYears });
  }
  if (group && !inGroup(group, facts, age)) reasons.push({ code: "not-in-group", group });
  return reasons;
}

function inGroup(group: TargetGroup, facts: ApplicantFacts, age: number | null): boolean {
  switch (group) {
    case "women-heads":
      return facts.sex !== "male";
    case "graduates":
      return facts.education === null || GRADUATE_LEVELS.includes(facts.education);
    case "relief-clients":
      return facts.reliefClient !== false;
    case "welfare-clients":
      return facts.welfareClient !== false;
    case "rural-youth":
      return age === null || age <= YOUTH_MAX_AGE;
    default:
      return true;
  }
}

/** The answers as the bot collects them (JSON in the flow's draft). */
export const factAnswers = z
  .object({
    birthDate: z.iso.date().optional(),
    sex: z.enum(SEXES).optional(),
    education: z.enum(EDUCATION_LEVELS).optional(),
    reliefClient: z.boolean().optional(),
    welfareClient: z.boolean().optional(),
    priorLoan: z.object({ had: z.boolean(), years: z.number().int().min(1).max(20) }).optional(),
  })
  .strict();
export type FactAnswers = z.infer<typeof factAnswers>;

/** Keeps the applicant's answers on their profile (the sensitive ones sealed by the database layer), for every later application. */
export async function saveFacts(deps: Pick<DomainDeps, "db">, userId: number, input: unknown): Promise<void> {
  const parsed = factAnswers.safeParse(input);
  if (!parsed.success) throw new DomainError("invalid-facts", "err-registration-invalid");
  const a = parsed.data;
  const yn = (v: boolean | undefined) => (v === undefined ? undefined : v ? "yes" : "no");
  await deps.db.user.update({
    where: { id: userId },
    data: {
      birthDate: a.birthDate,
      sex: a.sex,
      education: a.education,
      reliefClient: yn(a.reliefClient),
      welfareClient: yn(a.welfareClient),
      priorLoan: a.priorLoan ? `${a.priorLoan.had ? "yes" : "no"}:${a.priorLoan.years}` : undefined,
    },
  });
}

/** Oldest plausible applicant. */
const MAX_AGE = 110;

/** Why a date of birth (ISO day) cannot be this applicant's: younger than `minAge`, or older than anyone applying; null when it can. */
export function birthDateRefusal(day: string, now: Date, timeZone: string, minAge = 0): string | null {
  const age = ageOn(day, now, timeZone);
  if (!(age <= MAX_AGE)) return "err-birth-date-range";
  if (age < minAge) return "err-birth-date-young";
  return null;
}

/**
 * A date of birth typed in Jalali (any digits, / or -): the typed-day reader's checks (a real
 * day, not to come), then plausibility (under 110, at least `minAge`). The answer is the ISO day in Tehran.
 */
export function readBirthDate(typed: string, now: Date, timeZone: string, minAge = 0): { ok: true; day: string } | { ok: false; key: string } {
  const read = readTypedDay(typed, now, timeZone);
  if (!read.ok) return { ok: false, key: read.key === "err-date-format" ? "err-birth-date-format" : read.key };
  const day = localTime(read.at, timeZone).day;
  const refusal = birthDateRefusal(day, now, timeZone, minAge);
  return refusal ? { ok: false, key: refusal } : { ok: true, day };
}
