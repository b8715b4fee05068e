import { cleanIdentifier } from "./clean-text.ts";

/**
 * Validates an Iranian national ID (kod-e melli) and returns its 10-digit form, or null.
 * 8 or 9 digits are accepted and left-padded: the leading zeros are often dropped.
 * Check digit: s = Σ d[i]·(10−i) for i < 9, r = s mod 11; valid when
 * check = r for r < 2, else check = 11 − r. Codes of one repeated digit are refused.
 */
export function parseNationalId(input: string): string | null {
  const digits = cleanIdentifier(input).replace(/[\s\-‐‑‒–—−_./]/g, "");
  if (!/^\d{8,10}$/.test(digits)) return null;
  const code = digits.padStart(10, "0");
  if (/^(\d)\1{9}$/.test(code)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(code[i]) * (10 - i);
  const r = sum % 11;
  const check = Number(code[9]);
  return (r < 2 ? check === r : check === 11 - r) ? code : null;
}

/** Shows only the first three and last two digits: 123*****90. */
export function maskNationalId(code: string): string {
  return `${code.slice(0, 3)}*****${code.slice(-2)}`;
}
