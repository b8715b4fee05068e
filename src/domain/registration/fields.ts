import { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../catalog.ts";
import { parseWholeNumber } from "../input/amount.ts";
import { cleanText } from "../input/clean-text.ts";
import { parseIranianMobile } from "../input/mobile.ts";
import { parseNationalId } from "../input/national-id.ts";

// Every error message is an i18n key (locales/*.ftl); the bot shows it and asks again.

const LETTERS = /^[\p{L}\p{M}\u200c' .-]+$/u;
const HAS_LETTER = /\p{L}/u;

function cleaned(min: number, max: number, shortKey: string) {
  return z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(min, { error: shortKey }).max(max, { error: "err-too-long" }).regex(HAS_LETTER, { error: "err-needs-letters" }));
}

function parsed<T>(parse: (s: string) => T | null, key: string) {
  return z.string().transform((value, ctx) => {
    const result = parse(value);
    if (result === null) {
      ctx.addIssue({ code: "custom", message: key });
      return z.NEVER;
    }
    return result;
  });
}

export const LIMITS = {
  plannedJobs: { min: 1, max: 200 },
  capitalTomans: { min: 1_000_000, max: 1_000_000_000_000 },
} as const;

const plannedJobs = z
  .number({ error: "err-number" })
  .int({ error: "err-number" })
  .min(LIMITS.plannedJobs.min, { error: "err-jobs-range" })
  .max(LIMITS.plannedJobs.max, { error: "err-jobs-range" });

const capitalTomans = z
  .number({ error: "err-number" })
  .int({ error: "err-number" })
  .min(LIMITS.capitalTomans.min, { error: "err-capital-range" })
  .max(LIMITS.capitalTomans.max, { error: "err-capital-range" });

const fullName = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .min(5, { error: "err-full-name" })
      .max(80, { error: "err-too-long" })
      .regex(LETTERS, { error: "err-full-name-letters" })
      .refine((s) => s.split(" ").filter((p) => p.length >= 2).length >= 2, { error: "err-full-name" }),
  );

/** One schema per typed answer: raw text in, the stored value out (idempotent on its output). */
export const textFields = {
  fullName,
  nationalId: parsed(parseNationalId, "err-national-id"),
  phone: parsed(parseIranianMobile, "err-mobile"),
  village: cleaned(2, 60, "err-village"),
  businessName: cleaned(2, 60, "err-business-name"),
  description: cleaned(10, 500, "err-description"),
  plannedJobs: parsed(parseWholeNumber, "err-number").pipe(plannedJobs),
  capitalTomans: parsed(parseWholeNumber, "err-number").pipe(capitalTomans),
};

/** The whole registration, as the domain accepts it at submit (it never trusts the bot). */
export const registrationDraft = z.object({
  fullName,
  nationalId: textFields.nationalId,
  phone: textFields.phone,
  regionId: z.number().int().positive(),
  village: textFields.village,
  category: z.enum(BUSINESS_CATEGORIES),
  businessName: textFields.businessName,
  description: textFields.description,
  workplaceKind: z.enum(WORKPLACE_KINDS),
  plannedJobs,
  capitalTomans,
});

export type RegistrationDraft = z.infer<typeof registrationDraft>;

/** The questions, in the order the conversation asks them. */
export const REGISTRATION_FIELDS = [
  "fullName",
  "nationalId",
  "phone",
  "regionId",
  "village",
  "category",
  "businessName",
  "description",
  "workplaceKind",
  "plannedJobs",
  "capitalTomans",
] as const satisfies readonly (keyof RegistrationDraft)[];

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
