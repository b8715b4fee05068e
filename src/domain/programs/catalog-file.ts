import { z } from "zod";
import { BUSINESS_CATEGORIES, VALUE_CHAINS } from "../catalog.ts";
import { DataFileError, readListFile } from "../data-file.ts";

export const PROGRAM_KINDS = ["bank_loan", "fund_loan", "grant", "support"] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const DOCUMENT_KINDS = ["photo", "pdf"] as const;

// Labels live in locales (funding-<id>, body-<id>, group-<id>).

/** The budget lines that fund the programs ("Note 16" of the budget law: home businesses, …). */
export const FUNDING_LINES = ["note-16", "note-18", "home-business", "community-funds", "agency-own", "other"] as const;
export type FundingLine = (typeof FUNDING_LINES)[number];

/** The bodies that introduce applicants to the banks (دستگاه معرفی‌کننده). */
export const INTRODUCING_BODIES = [
  "relief-committee",
  "welfare",
  "basij-construction",
  "jihad-agriculture",
  "cultural-heritage",
  "rural-development",
  "technical-vocational",
  "other",
] as const;
export type IntroducingBody = (typeof INTRODUCING_BODIES)[number];

/** Whom a program is meant for (shown; the agency checks them). */
export const TARGET_GROUPS = [
  "women-heads",
  "graduates",
  "relief-clients",
  "welfare-clients",
  "disabled",
  "martyrs-families",
  "rural-youth",
  "nomads",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const text = z.object({ fa: z.string().trim().min(1, "Persian text is missing"), en: z.string().trim().min(1, "English text is missing") });
const rials = z.number().int("must be a whole number of rials").min(0, "must not be negative").max(1e15, "is implausibly large");
const day = z.iso.date("must be a date like 2026-03-21");

export const eligibilityRules = z
  .object({
    categories: z.array(z.enum(BUSINESS_CATEGORIES)).min(1).optional(),
    counties: z
      .array(z.string().regex(/^[a-z0-9-]+$/, "must be a county code like fars-shiraz"))
      .min(1)
      .optional(),
    deprivedAreasOnly: z.boolean().default(false),
    requiresBusiness: z.boolean().default(true),
    requiresPermit: z.boolean().default(false),
    /** The applicant's age on the day they apply (asks their date of birth). */
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    /** No employment loan in this many years before (Note 16's rule: five; asks whether they had one). */
    noEmploymentLoanYears: z.number().int().min(1).max(20).optional(),
  })
  .strict()
  .refine((r) => r.minAge === undefined || r.maxAge === undefined || r.minAge <= r.maxAge, { message: "minAge is above maxAge", path: ["minAge"] });
export type EligibilityRules = z.infer<typeof eligibilityRules>;

/** Introducing bodies, target groups and per-field quotas: what Note 16 programs vary by. */
export const programTerms = z
  .object({
    bodies: z
      .array(
        z
          .object({
            code: z.enum(INTRODUCING_BODIES),
            /** This body's own profit rate (4 % through support institutions, 14 % through executive agencies …). */
            ratePercent: z.number().min(0).max(100),
            /** The most lent per job the plan creates. */
            capPerJobRials: rials,
          })
          .strict(),
      )
      .default([]),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
    /** A field of work with a quota of applications, or closed outright (with why). */
    fieldQuotas: z
      .array(
        z
          .object({ category: z.enum(BUSINESS_CATEGORIES), quota: z.number().int().min(0).optional(), closedBecause: text.optional() })
          .strict()
          .refine((q) => q.quota !== undefined || q.closedBecause !== undefined, "needs a quota or closedBecause"),
      )
      .default([]),
    /** The values are the project's estimate: the agency has yet to confirm them (shown as such). */
    provisional: z.boolean().default(false),
  })
  .strict();
export type ProgramTerms = z.infer<typeof programTerms>;

const program = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,32}$/, "must be 2–32 lowercase letters, digits or dashes"),
    kind: z.enum(PROGRAM_KINDS),
    name: text,
    provider: text,
    minAmountRials: rials,
    maxAmountRials: rials,
    profitRatePercent: z.number().min(0).max(100),
    repaymentMonths: z.number().int().min(0).max(240),
    graceMonths: z.number().int().min(0).max(60),
    eligibility: eligibilityRules,
    fundingLine: z.enum(FUNDING_LINES).nullable().default(null),
    terms: programTerms.default({ bodies: [], targetGroups: [], fieldQuotas: [], provisional: false }),
    documents: z
      .array(
        z.object({
          code: z.string().regex(/^[a-z0-9-]{2,24}$/, "must be 2–24 lowercase letters, digits or dashes"),
          name: text,
          accepts: z.array(z.enum(DOCUMENT_KINDS)).min(1),
        }),
      )
      .default([]),
    /** Value chains whose county hub the program favours: listed first for a business in a county whose hub works in one. */
    favoursChains: z.array(z.enum(VALUE_CHAINS)).default([]),
    howToApply: text,
    activeFrom: day.nullable().default(null),
    activeTo: day.nullable().default(null),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.minAmountRials > p.maxAmountRials) ctx.addIssue({ code: "custom", path: ["minAmountRials"], message: "is above maxAmountRials" });
    if (p.kind !== "support" && p.kind !== "grant" && p.maxAmountRials === 0)
      ctx.addIssue({ code: "custom", path: ["maxAmountRials"], message: "a loan needs a maximum amount" });
    if ((p.kind === "bank_loan" || p.kind === "fund_loan") && p.repaymentMonths === 0)
      ctx.addIssue({ code: "custom", path: ["repaymentMonths"], message: "a loan needs repayment months" });
    if (p.activeFrom && p.activeTo && p.activeFrom > p.activeTo) ctx.addIssue({ code: "custom", path: ["activeTo"], message: "is before activeFrom" });
    const twice = (values: string[], path: (string | number)[], what: string) =>
      values.forEach((v, i) => {
        if (values.indexOf(v) !== i) ctx.addIssue({ code: "custom", path: [...path, i], message: `${what} "${v}" is listed twice` });
      });
    twice(
      p.terms.bodies.map((b) => b.code),
      ["terms", "bodies"],
      "body",
    );
    twice(
      p.terms.fieldQuotas.map((q) => q.category),
      ["terms", "fieldQuotas"],
      "field",
    );
    const codes = p.documents.map((d) => d.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) ctx.addIssue({ code: "custom", path: ["documents", i, "code"], message: `"${code}" is listed twice` });
    });
  });

const catalogFile = z
  .object({ programs: z.array(program).min(1, "the catalog has no programs") })
  .strict()
  .superRefine((file, ctx) => {
    const codes = file.programs.map((p) => p.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) ctx.addIssue({ code: "custom", path: ["programs", i, "code"], message: `"${code}" is used by another program` });
    });
  });

export type CatalogProgram = z.infer<typeof program>;

/** Every problem of a catalog file, one line each: file, entry, field and why. */
export class CatalogError extends DataFileError {
  constructor(problems: string[]) {
    super("the catalog", problems);
    this.name = "CatalogError";
  }
}

/** Reads and checks a whole catalog file; throws a CatalogError listing every problem. */
export function readCatalogFile(path: string): CatalogProgram[] {
  return readListFile(path, catalogFile, "programs", (problems) => new CatalogError(problems)).programs;
}
