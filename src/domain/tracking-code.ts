import { randomInt } from "node:crypto";
import { normalizeDigits } from "./input/digits.ts";

// Damm's quasigroup: one check digit that catches every single-digit error and every
// swap of two neighbouring digits — the mistakes people make when typing a code.
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function dammInterim(digits: string): number {
  let interim = 0;
  for (const d of digits) interim = DAMM[interim]![Number(d)]!;
  return interim;
}

/**
 * Tracking codes are 8 digits (7 random, the first never 0, plus a Damm check digit),
 * written 1234-5678: digits only, because applicants type them on Persian keyboards.
 */
export function newTrackingCode(): string {
  const body = String(randomInt(1_000_000, 10_000_000));
  return body + String(dammInterim(body));
}

/** Accepts any digits, dashes and spaces; returns the 8-digit code or null. */
export function parseTrackingCode(input: string): string | null {
  const digits = normalizeDigits(input).replace(/[\s\-_]/g, "");
  if (!/^\d{8}$/.test(digits) || digits[0] === "0") return null;
  return dammInterim(digits) === 0 ? digits : null;
}

export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
