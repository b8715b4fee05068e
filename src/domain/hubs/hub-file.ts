import { z } from "zod";
import { BUSINESS_CATEGORIES, VALUE_CHAINS } from "../catalog.ts";
import { DataFileError, readListFile } from "../data-file.ts";
import { normalizeDigits } from "../input/digits.ts";

/** Where the hubs are read from unless HUBS_FILE names another file. */
export const DEFAULT_HUBS_FILE = "data/hubs.json";

export const CAPACITY_UNITS = ["tonnes-per-year", "litres-per-day", "pieces-per-month", "square-metres-per-year"] as const;

const text = z.object({ fa: z.string().trim().min(1, "Persian text is missing"), en: z.string().trim().min(1, "English text is missing") }).strict();
const code = z.string().regex(/^[a-z0-9-]{2,40}$/, "must be 2–40 lowercase letters, digits or dashes");

/** Refinements that run even when other fields are broken, so one reading lists every problem (they read the raw values warily). */
const ALWAYS = { when: () => true };

/** A value given twice in a list of entries: each repeat named at its place. */
function twice(ctx: z.RefinementCtx, values: unknown[], path: (string | number)[], field: string, what: string): void {
  values.forEach((v, i) => {
    if (typeof v === "string" && values.indexOf(v) !== i) ctx.addIssue({ code: "custom", path: [...path, i, field], message: `${what} "${v}" is given twice` });
  });
}

/** One hub; with `counties` (the codes of the regions file), a county not among them is a problem of the file too. */
const hubSchema = (counties?: ReadonlySet<string>) =>
  z
    .object({
      code,
      county: z
        .string()
        .regex(/^[a-z0-9-]+$/, "must be a county code like fars-shiraz")
        .refine((c) => !counties || counties.has(c), { message: "is not a county of the regions file" }),
      name: text,
      chain: z.enum(VALUE_CHAINS),
      /** What it makes, and the value chain from the field to the market, in plain words. */
      products: z.array(text).min(1, "a hub makes at least one product"),
      valueChain: text,
      /** The raw materials it buys, each from the businesses of one field of work (which fields feed it). */
      buys: z
        .array(
          z
            .object({
              category: z.enum(BUSINESS_CATEGORIES),
              what: text,
              /** When it buys (a season), if it says. */
              season: text.optional(),
            })
            .strict(),
        )
        .min(1, "a hub buys at least one raw material"),
      location: z.object({ place: text, address: text, lat: z.number().min(-90).max(90).optional(), lon: z.number().min(-180).max(180).optional() }).strict(),
      capacity: z.object({ amount: z.number().positive("must be above zero"), unit: z.enum(CAPACITY_UNITS) }).strict(),
      /** The office that deals with suppliers (an institution, not a person). */
      contact: z
        .object({
          office: text,
          phone: z
            .string()
            .transform((v) => normalizeDigits(v).replace(/[\s-]/g, ""))
            .pipe(z.string().regex(/^0\d{9,10}$/, "must be an Iranian phone number like 07132345678")),
        })
        .strict(),
      /** The entry is the project's starter data: the agency has yet to confirm it (shown as such). */
      provisional: z.boolean().default(false),
    })
    .strict()
    .superRefine((h, ctx) => twice(ctx, Array.isArray(h.buys) ? h.buys.map((b) => b?.category) : [], ["buys"], "category", "the field"), ALWAYS);

const hubsFile = (counties?: ReadonlySet<string>) =>
  z
    .object({ note: z.string().optional(), hubs: z.array(hubSchema(counties)) })
    .strict()
    .superRefine((file, ctx) => {
      const hubs = Array.isArray(file.hubs) ? file.hubs : [];
      twice(
        ctx,
        hubs.map((h) => h?.code),
        ["hubs"],
        "code",
        "the code",
      );
      twice(
        ctx,
        hubs.map((h) => h?.county),
        ["hubs"],
        "county",
        "the county",
      );
    }, ALWAYS);

export type HubEntry = z.output<ReturnType<typeof hubSchema>>;

/** Every problem of a hubs file, one line each: file, entry, field and why. */
export class HubFileError extends DataFileError {
  constructor(problems: string[]) {
    super("the hubs file", problems);
    this.name = "HubFileError";
  }
}

/**
 * Reads and checks a whole hubs file (one hub per county at most; with `counties`, only those);
 * throws a HubFileError listing every problem.
 */
export function readHubsFile(path: string, counties?: ReadonlySet<string>): HubEntry[] {
  return readListFile(path, hubsFile(counties), "hubs", (problems) => new HubFileError(problems)).hubs;
}
