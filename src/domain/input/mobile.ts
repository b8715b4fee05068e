import { cleanIdentifier } from "./clean-text.ts";

/** Why a typed number is not taken as a mobile; i18n keys `err-mobile-<reason>` (mobileRefusalKey). */
export const MOBILE_REFUSALS = ["landline", "invalid"] as const;
export type MobileRefusal = (typeof MOBILE_REFUSALS)[number];

export type MobileReading = { ok: true; mobile: string } | { ok: false; reason: MobileRefusal };

export function mobileRefusalKey(reason: MobileRefusal): `err-mobile-${MobileRefusal}` {
  return `err-mobile-${reason}`;
}

/**
 * Reads an Iranian mobile number in any common written form — 0912…, 912…, +98 912…,
 * 0098 912…, 98 912…, "+98 (0) 912 …", with spaces, dashes, dots or brackets, in any
 * digits — as +989xxxxxxxxx. A landline (an area code and eight digits: 071 3623 4567,
 * 021-88776655, +98 21 …, or eight digits alone) is "landline"; anything else "invalid".
 */
export function readMobile(input: string): MobileReading {
  const compact = cleanIdentifier(input).replace(/[\s\-‐‑‒–—−_.()[\]/]/g, "");
  const match = /^(?:(\+98|0098|98(?=0?\d{10}$))0?|0)?(\d+)$/.exec(compact);
  if (!match) return { ok: false, reason: "invalid" };
  const [, country, number] = match as unknown as [string, string | undefined, string];
  if (/^9\d{9}$/.test(number)) return { ok: true, mobile: `+98${number}` };
  const local = country === undefined && !compact.startsWith("0");
  if (/^[1-8]\d{9}$/.test(number) || (local && /^[2-8]\d{7}$/.test(number))) return { ok: false, reason: "landline" };
  return { ok: false, reason: "invalid" };
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
