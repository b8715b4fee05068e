import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from "jalaali-js";
import { describe, expect, it } from "vitest";
import type { ConvContext } from "../../src/bot/context.ts";
import { dateStep } from "../../src/bot/conversations/bank-actions.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { readTypedDay } from "../../src/domain/input/jalali-time.ts";
import { bankParts } from "../../src/web/pages/case.ts";
import { prng, sprinkle, type Random } from "../support/fuzz.ts";

const SEED = Number(process.env.INPUT_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`typed day tests: seed ${SEED} (INPUT_SEED=${SEED} replays it)`);

const TZ = "Asia/Tehran";
const TEHRAN_MS = 210 * 60_000;
const HOUR = 3_600_000;

/** What a surface made of a typed day: the moment recorded, or the refusal's i18n key. */
type Reading = { at: string } | { refused: string };

/** The three places that read a day typed by staff: the domain, the bot's date question, the console's bank form. */
const SURFACES: Record<string, (typed: string, now: Date) => Promise<Reading>> = {
  domain: async (typed, now) => {
    const day = readTypedDay(typed, now, TZ);
    return day.ok ? { at: day.at.toISOString() } : { refused: day.key };
  },
  bot: async (typed, now) => {
    const outcome = await dateStep("refer-date-question", () => now, TZ).read({ message: { text: typed } } as unknown as ConvContext, undefined);
    if ("value" in outcome) return { at: outcome.value };
    if ("retry" in outcome) return { refused: outcome.retry };
    throw new Error(`the bot ignored ${JSON.stringify(typed)}`);
  },
  console: async (typed, now) => {
    try {
      const step = bankParts({ to: "referred_to_bank", version: 0, bank: "keshavarzi", branch: "مرکزی", day: typed }, now, TZ);
      return { at: step.introduction!.introducedAt.toISOString() };
    } catch (error) {
      if (error instanceof DomainError) return { refused: error.i18nKey };
      throw error;
    }
  },
};

/** What every surface should make of Jalali y/m/d typed at `now`, worked out here without the code under test. */
function expected(jy: number, jm: number, jd: number, now: Date): Reading {
  if (!isValidJalaaliDate(jy, jm, jd)) return { refused: "err-date-format" };
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  const noon = Date.UTC(gy, gm - 1, gd, 12) - TEHRAN_MS;
  const today = new Date(now.getTime() + TEHRAN_MS).toISOString().slice(0, 10);
  const typedDay = new Date(noon + TEHRAN_MS).toISOString().slice(0, 10);
  if (typedDay > today) return { refused: "err-date-future" };
  return { at: new Date(Math.min(noon, now.getTime())).toISOString() };
}

const DIGITS = ["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"];
/** A number written with each digit from any of the three digit sets, padded to `width` or not. */
const written = (r: Random, n: number, width: number) =>
  [...(r.next() < 0.5 ? String(n).padStart(width, "0") : String(n))].map((d) => r.pick(DIGITS)[Number(d)]).join("");

async function agree(typed: string, now: Date, want: Reading) {
  for (const [surface, read] of Object.entries(SURFACES)) {
    expect(await read(typed, now), `seed ${SEED}, ${surface}: ${JSON.stringify(typed)} at ${now.toISOString()}`).toEqual(want);
  }
}

describe("a day typed by staff, on every surface", () => {
  /** Tuesday 11 Azar 1405, 09:00 in Tehran: before noon, so a typed today is capped at now. */
  const MORNING = new Date("2026-12-02T05:30:00Z");

  it("reads the examples a coordinator types", async () => {
    await agree("۱۴۰۵/۰۹/۱۰", MORNING, { at: "2026-12-01T08:30:00.000Z" });
    await agree("1405-9-10", MORNING, { at: "2026-12-01T08:30:00.000Z" });
    await agree("١٤٠٥/٠٩/١١", MORNING, { at: MORNING.toISOString() });
    await agree("\u200f۱۴۰۵/۰۹/۱۱\u200e ", new Date(MORNING.getTime() + 5 * HOUR), { at: "2026-12-02T08:30:00.000Z" });
    await agree("۱۴۰۵/۰۹/۱۲", MORNING, { refused: "err-date-future" });
    await agree("1405/13/01", MORNING, { refused: "err-date-format" });
    await agree("1405.09.10", MORNING, { at: "2026-12-01T08:30:00.000Z" });
    await agree("۱۴۰۵٫۰۹٫۱۰", MORNING, { at: "2026-12-01T08:30:00.000Z" });
    await agree("1405 09 10", MORNING, { at: "2026-12-01T08:30:00.000Z" });
    // A Gregorian date is told apart from a Jalali one centuries ahead.
    await agree("2026-12-01", MORNING, { refused: "err-date-gregorian" });
    await agree("۱۹۹۰/۰۳/۲۱", MORNING, { refused: "err-date-gregorian" });
    await agree("دیروز", MORNING, { refused: "err-date-format" });
  });

  it("agrees with the calendar on generated days: any digits, separators (/ - . ٫ spaces), invisible marks", async () => {
    const r = prng(SEED);
    for (let i = 0; i < 600; i++) {
      // Some moment of 1400–1406, any time of day.
      const now = new Date(Date.UTC(2021, 2, 21) + r.int(6 * 365) * 86_400_000 + r.int(24 * 60) * 60_000);
      const here = new Date(now.getTime() + TEHRAN_MS);
      const today = toJalaali(here.getUTCFullYear(), here.getUTCMonth() + 1, here.getUTCDate());
      let [jy, jm, jd] = [today.jy, today.jm, today.jd];
      const kind = r.int(4);
      if (kind === 1 || kind === 2) {
        // A day some weeks before or after today.
        const shifted = new Date(here.getTime() + (r.int(120) - (kind === 1 ? 119 : 0)) * 86_400_000);
        ({ jy, jm, jd } = toJalaali(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()));
      } else if (kind === 3) {
        // A day that is not in the calendar.
        [jm, jd] = r.pick([
          [13, 1],
          [0, 5],
          [7, 31],
          [12, jalaaliMonthLength(jy, 12) + 1],
          [1, 0],
          [5, 32],
        ]);
      }
      const separator = () => r.pick(["/", "-", ".", "٫", " / ", " "]);
      const typed = [written(r, jy, 4), separator(), written(r, jm, 2), separator(), written(r, jd, 2)].join("");
      const dressed = r.next() < 0.7 ? sprinkle(r, typed) : typed;
      await agree(`${r.pick(["", " ", "  "])}${dressed}${r.pick(["", " ", "\n"])}`, now, expected(jy, jm, jd, now));
    }
  });

  it("refuses the same way on every surface what is not a day", async () => {
    const r = prng(SEED + 1);
    for (let i = 0; i < 300; i++) {
      const now = new Date(Date.UTC(2026, 0, 1) + r.int(365) * 86_400_000);
      const [y, m, d] = [written(r, 1400 + r.int(6), 4), written(r, 1 + r.int(12), 2), written(r, 1 + r.int(28), 2)];
      const typed = r.pick([`${y}،${m}،${d}`, `${y}${m}${d}`, `${y}/${m}`, `${m}/${d}/${y}`, `${y}/${m}/${d}/${d}`, `${y}/${m}/${d} ساعت ۱۰`, `امروز`]);
      await agree(r.next() < 0.5 ? sprinkle(r, typed) : typed, now, { refused: "err-date-format" });
    }
  });
});
