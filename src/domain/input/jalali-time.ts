import { isValidJalaaliDate, toGregorian } from "jalaali-js";
import { localTime, TEHRAN_OFFSET_MS } from "../local-time.ts";
import { cleanIdentifier } from "./clean-text.ts";
import { normalizeDigits } from "./digits.ts";

/** Between a typed date's parts: / - . or the Arabic decimal mark ٫ (spaces around allowed). */
const SEP = String.raw`\s*[/.\-\u066B]\s*`;
const DATE_TIME = new RegExp(String.raw`^(\d{4})${SEP}(\d{1,2})${SEP}(\d{1,2})\s+(\d{1,2}):(\d{2})$`);
/** A day: the parts apart as above or by spaces alone ("1369 01 01"). */
const DATE = new RegExp(String.raw`^(\d{4})(?:${SEP}|\s+)(\d{1,2})(?:${SEP}|\s+)(\d{1,2})$`);
/** A year no Jalali record can have but a Gregorian one does (1990 is 1368 or 1369 in Jalali). */
const GREGORIAN_YEARS = { from: 1900, to: 2100 };

/** Reads "1405/09/15 18:30" (any digits, / - . ٫ between the date parts) as a Tehran time. */
export function parseJalaliDateTime(input: string): Date | null {
  const match = DATE_TIME.exec(normalizeDigits(input).trim());
  if (!match) return null;
  const [jy, jm, jd, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!isValidJalaaliDate(jy, jm, jd) || hour > 23 || minute > 59) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, hour, minute) - TEHRAN_OFFSET_MS);
}

/** The year, month and day of "1405/09/11" (any digits, / - . ٫ or spaces between the parts), whether or not they make a day. */
function dateParts(input: string): [number, number, number] | null {
  const match = DATE.exec(normalizeDigits(input).trim());
  return match ? (match.slice(1).map(Number) as [number, number, number]) : null;
}

/** Noon in Tehran of a Jalali day (a day typed for a record, not a moment); null when the calendar has no such day. */
function noonOf([jy, jm, jd]: [number, number, number]): Date | null {
  if (!isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd, 12, 0) - TEHRAN_OFFSET_MS);
}

export type TypedDay = { ok: true; at: Date } | { ok: false; key: "err-date-format" | "err-date-future" | "err-date-gregorian" };

/**
 * A day staff typed for a record (a bank introduction, a payment): a Jalali date in any digits,
 * invisible marks ignored; a day still to come refused; today's noon capped at `now`, never a
 * moment still to come. The bot's date question and the console's form both read through this.
 */
export function readTypedDay(typed: string, now: Date, timeZone: string): TypedDay {
  const parts = dateParts(cleanIdentifier(typed));
  if (!parts) return { ok: false, key: "err-date-format" };
  // "1990-03-21" would be a Jalali day centuries ahead: whoever typed it meant the Gregorian calendar.
  if (parts[0] >= GREGORIAN_YEARS.from && parts[0] <= GREGORIAN_YEARS.to) return { ok: false, key: "err-date-gregorian" };
  const day = noonOf(parts);
  if (!day) return { ok: false, key: "err-date-format" };
  if (localTime(day, timeZone).day > localTime(now, timeZone).day) return { ok: false, key: "err-date-future" };
  return { ok: true, at: new Date(Math.min(day.getTime(), now.getTime())) };
}
