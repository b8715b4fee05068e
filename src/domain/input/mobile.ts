import { normalizeDigits } from "./digits.ts";

/**
 * Parses an Iranian mobile number in any common form (09xx…, 9xx…, +989xx…, 00989xx…,
 * 989xx…, with spaces, dashes or brackets) and returns it as +989xxxxxxxxx, or null.
 */
export function parseIranianMobile(input: string): string | null {
  const compact = normalizeDigits(input).replace(/[\s\-().]/g, "");
  const match = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(compact);
  return match ? `+98${match[1]}` : null;
}

/** 0912 345 6789: the form people read and dial. */
export function formatMobile(e164: string): string {
  const local = `0${e164.slice(3)}`;
  return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
}

/** 0912***6789 */
export function maskMobile(e164: string): string {
  const local = `0${e164.slice(3)}`;
  return `${local.slice(0, 4)}***${local.slice(-4)}`;
}
