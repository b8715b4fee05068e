import { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../catalog.ts";
import { amountRefusalKey, parseWholeNumber, readAmount } from "../input/amount.ts";
import { cleanText } from "../input/clean-text.ts";
import { mobileRefusalKey, readMobile } from "../input/mobile.ts";
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
  /** One million to a thousand billion tomans. */
  capitalRials: { min: 10_000_000n, max: 10_000_000_000_000n },
} as const;

/** Where most capitals lie: far outside it the bot asks "did you mean …?" (amountSuggestions). */
export const USUAL_CAPITAL_RIALS = { min: 100_000_000n, max: 100_000_000_000n } as const;

/**
 * A typed amount of money (tomans unless the answer names its unit) as a whole number of
 * rials within `limits`: each refusal is `err-amount-<reason>`, out of range `rangeKey`.
 * The value is a number, not a bigint, because drafts are stored as JSON; every limit
 * here is far below 2^53 rials, so it is exact.
 */
export function amountAnswer(limits: { min: bigint; max: bigint }, rangeKey: string) {
  return z.string().transform((value, ctx) => {
    const amount = readAmount(value, "toman");
    if (!amount.ok) {
      ctx.addIssue({ code: "custom", message: amountRefusalKey(amount.reason) });
      return z.NEVER;
    }
    if (amount.rials < limits.min || amount.rials > limits.max) {
      ctx.addIssue({ code: "custom", message: rangeKey });
      return z.NEVER;
    }
    return Number(amount.rials);
  });
}

const plannedJobs = z
  .number({ error: "err-number" })
  .int({ error: "err-number" })
  .min(LIMITS.plannedJobs.min, { error: "err-jobs-range" })
  .max(LIMITS.plannedJobs.max, { error: "err-jobs-range" });

const capitalRials = amountAnswer(LIMITS.capitalRials, "err-capital-range");

/** The stored capital, checked again at submit: whole rials within the limits. */
const capitalRialsValue = z
  .number({ error: "err-number" })
  .int({ error: "err-number" })
  .min(Number(LIMITS.capitalRials.min), { error: "err-capital-range" })
  .max(Number(LIMITS.capitalRials.max), { error: "err-capital-range" });

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
  phone: z.string().transform((value, ctx) => {
    const reading = readMobile(value);
    if (reading.ok) return reading.mobile;
    ctx.addIssue({ code: "custom", message: mobileRefusalKey(reading.reason) });
    return z.NEVER;
  }),
  village: cleaned(2, 60, "err-village"),
  businessName: cleaned(2, 60, "err-business-name"),
  description: cleaned(10, 500, "err-description"),
  plannedJobs: parsed(parseWholeNumber, "err-number").pipe(plannedJobs),
  /** The capital in rials (a JSON-safe integer). */
  capitalRials,
};

/** Youngest age at which a business is registered (the labour law's working age). */
export const MIN_REGISTRATION_AGE = 15;

/** The date of birth as the draft keeps it: the ISO day (Tehran) read from the typed Jalali date — a real day, not just its shape. */
const birthDate = z.iso.date({ error: "err-birth-date-format" });

/** The whole registration, as the domain accepts it at submit (it never trusts the bot). */
export const registrationDraft = z.object({
  fullName,
  nationalId: textFields.nationalId,
  birthDate,
  phone: textFields.phone,
  regionId: z.number().int().positive(),
  village: textFields.village,
  category: z.enum(BUSINESS_CATEGORIES),
  businessName: textFields.businessName,
  description: textFields.description,
  workplaceKind: z.enum(WORKPLACE_KINDS),
  plannedJobs,
  capitalRials: capitalRialsValue,
});

export type RegistrationDraft = z.infer<typeof registrationDraft>;

/** The questions, in the order the conversation asks them. */
export const REGISTRATION_FIELDS = [
  "fullName",
  "nationalId",
  "birthDate",
  "phone",
  "regionId",
  "village",
  "category",
  "businessName",
  "description",
  "workplaceKind",
  "plannedJobs",
  "capitalRials",
] as const satisfies readonly (keyof RegistrationDraft)[];

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
