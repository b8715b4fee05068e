import { isValidJalaaliDate, toGregorian } from "jalaali-js";
import { localTime, TEHRAN_OFFSET_MS } from "../local-time.ts";
import { cleanIdentifier } from "./clean-text.ts";
import { normalizeDigits } from "./digits.ts";

/** Reads "1405/09/15 18:30" (any digits, / or - between the date parts) as a Tehran time. */
export function parseJalaliDateTime(input: string): Date | null {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s+(\d{1,2}):(\d{2})$/.exec(normalizeDigits(input).trim());
  if (!match) return null;
  const [jy, jm, jd, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!isValidJalaaliDate(jy, jm, jd) || hour > 23 || minute > 59) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hour, minute) - TEHRAN_OFFSET_MS);
}

/** Reads "1405/09/11" (any digits, / or - between the parts) as noon of that day in Tehran: a day typed for a record, not a moment. */
export function parseJalaliDate(input: string): Date | null {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(normalizeDigits(input).trim());
  if (!match) return null;
  const [jy, jm, jd] = match.slice(1).map(Number) as [number, number, number];
  if (!isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, 12, 0) - TEHRAN_OFFSET_MS);
}

export type TypedDay = { ok: true; at: Date } | { ok: false; key: "err-date-format" | "err-date-future" };

/**
 * A day staff typed for a record (a bank introduction, a payment): a Jalali date in any digits,
 * invisible marks ignored; a day still to come refused; today's noon capped at `now`, never a
 * moment still to come. The bot's date question and the console's form both read through this.
 */
export function readTypedDay(typed: string, now: Date, timeZone: string): TypedDay {
  const day = parseJalaliDate(cleanIdentifier(typed));
  if (!day) return { ok: false, key: "err-date-format" };
  if (localTime(day, timeZone).day > localTime(now, timeZone).day) return { ok: false, key: "err-date-future" };
  return { ok: true, at: new Date(Math.min(day.getTime(), now.getTime())) };
}
