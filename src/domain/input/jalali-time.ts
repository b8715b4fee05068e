import { isValidJalaaliDate, toGregorian } from "jalaali-js";
import { TEHRAN_OFFSET_MS } from "../local-time.ts";
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
