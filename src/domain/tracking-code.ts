import { randomInt } from "node:crypto";
import { cleanIdentifier } from "./input/clean-text.ts";

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

/** Why a typed tracking code was refused; i18n keys `err-tracking-code-<reason>` (trackingCodeRefusalKey). */
export const TRACKING_CODE_REFUSALS = ["length", "check"] as const;
export type TrackingCodeRefusal = (typeof TRACKING_CODE_REFUSALS)[number];

export type TrackingCodeReading = { ok: true; code: string } | { ok: false; reason: TrackingCodeRefusal };

export function trackingCodeRefusalKey(reason: TrackingCodeRefusal): `err-tracking-code-${TrackingCodeRefusal}` {
  return `err-tracking-code-${reason}`;
}

/**
 * Reads a tracking code as typed or pasted (any digits, dashes, spaces; the isolation marks
 * of a code copied from the bot's own message): "length" when it is not eight digits,
 * "check" when it is eight digits that no code has (a typo or a swap, caught by the check
 * digit; also the prompt's example 1234-5678, which only shows the shape).
 */
export function readTrackingCode(input: string): TrackingCodeReading {
  const digits = cleanIdentifier(input).replace(/[\s\-‐‑‒–—−_.]/g, "");
  if (!/^\d{8}$/.test(digits)) return { ok: false, reason: "length" };
  return digits[0] !== "0" && dammInterim(digits) === 0 ? { ok: true, code: digits } : { ok: false, reason: "check" };
}

/** The 8-digit code, or null: for a message that may be a code sent on its own. */
export function parseTrackingCode(input: string): string | null {
  const reading = readTrackingCode(input);
  return reading.ok ? reading.code : null;
}

export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
