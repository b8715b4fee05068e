import { z } from "zod";
import { BUSINESS_CATEGORIES, VALUE_CHAINS } from "../catalog.ts";
import { DataFileError, readListFile } from "../data-file.ts";
import { normalizeDigits } from "../input/digits.ts";

/** Where the hubs are read from unless HUBS_FILE names another file. */
export const DEFAULT_HUBS_FILE = "data/hubs.json";

export const CAPACITY_UNITS = ["tonnes-per-year", "litres-per-day", "pieces-per-month", "square-metres-per-year"] as const;

const text = z.object({ fa: z.string().trim().min(1, "Persian text is missing"), en: z.string().trim().min(1, "English text is missing") }).strict();
const code = z.string().regex(/^[a-z0-9-]{2,40}$/, "must be 2–40 lowercase letters, digits or dashes");

const hub = z
  .object({
    code,
    county: z.string().regex(/^[a-z0-9-]+$/, "must be a county code like fars-shiraz"),
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
  .superRefine((h, ctx) => {
    const fields = h.buys.map((b) => b.category);
    fields.forEach((f, i) => {
      if (fields.indexOf(f) !== i) ctx.addIssue({ code: "custom", path: ["buys", i, "category"], message: `the field "${f}" is listed twice` });
    });
  });

const hubsFile = z
  .object({ note: z.string().optional(), hubs: z.array(hub) })
  .strict()
  .superRefine((file, ctx) => {
    file.hubs.forEach((h, i) => {
      if (file.hubs.findIndex((o) => o.code === h.code) !== i) ctx.addIssue({ code: "custom", path: ["hubs", i, "code"], message: `"${h.code}" is used by another hub` });
      if (file.hubs.findIndex((o) => o.county === h.county) !== i)
        ctx.addIssue({ code: "custom", path: ["hubs", i, "county"], message: `the county "${h.county}" already has a hub` });
    });
  });

export type HubEntry = z.output<typeof hub>;

/** Every problem of a hubs file, one line each: file, entry, field and why. */
export class HubFileError extends DataFileError {
  constructor(problems: string[]) {
    super("the hubs file", problems);
    this.name = "HubFileError";
  }
}

/** Reads and checks a whole hubs file (one hub per county at most); throws a HubFileError listing every problem. */
export function readHubsFile(path: string): HubEntry[] {
  return readListFile(path, hubsFile, "hubs", (problems) => new HubFileError(problems)).hubs;
}
