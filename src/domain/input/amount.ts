import { normalizeDigits } from "./digits.ts";

const MULTIPLIERS: [RegExp, number][] = [
  [/^(.*?)\s*(هزار|thousand|k)$/iu, 1e3],
  [/^(.*?)\s*(میلیون|million|m)$/iu, 1e6],
  [/^(.*?)\s*(میلیارد|billion|b)$/iu, 1e9],
];

/**
 * Parses a whole amount typed by a person: any digits, thousands separators (, ٬ ، space
 * or a dot between groups of three) and an optional word "هزار/میلیون/میلیارد" (or English).
 * Returns null for anything else, including fractions and negative numbers.
 */
export function parseWholeNumber(input: string): number | null {
  let text = normalizeDigits(input)
    .replace(/[\u200c\u200f\u200e]/g, "")
    .trim();
  text = text.replace(/\s*(تومان|تومن|toman|tomans|ریال|rial|rials)$/iu, "");
  let factor = 1;
  for (const [pattern, value] of MULTIPLIERS) {
    const m = pattern.exec(text);
    if (m) {
      text = m[1]!.trim();
      factor = value;
      break;
    }
  }
  const grouped = /^\d{1,3}([,٬، .]\d{3})+$/.test(text);
  const plain = grouped ? text.replace(/[,٬، .]/g, "") : text;
  if (!/^\d{1,15}$/.test(plain)) return null;
  const value = Number(plain) * factor;
  return Number.isSafeInteger(value) ? value : null;
}
