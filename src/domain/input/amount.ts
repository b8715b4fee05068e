import { readQuantity, type AmountUnit, type Decimal } from "./quantity.ts";

export type { AmountUnit } from "./quantity.ts";

/** Every reason an amount is refused; each has the i18n key `err-amount-<reason>` (amountRefusalKey). */
export const AMOUNT_REFUSALS = [
  "not-understood",
  "currency",
  "negative",
  "range-or-bound",
  "several-units",
  "several-numbers",
  "ambiguous-separator",
  "too-precise",
  "toman-fraction",
  "rial-fraction",
] as const;

export type AmountRefusal = (typeof AMOUNT_REFUSALS)[number];

export type AmountReading = { ok: true; rials: bigint; unit: AmountUnit; unitWritten: boolean } | { ok: false; reason: AmountRefusal };

const RIALS_PER: Record<AmountUnit, bigint> = { toman: 10n, rial: 1n };

/** The i18n key that explains a refusal, with an example of a good answer. */
export function amountRefusalKey(reason: AmountRefusal): `err-amount-${AmountRefusal}` {
  return `err-amount-${reason}`;
}

/**
 * Reads an amount of money as people type it, in exact rials: any digits (Persian,
 * Arabic-Indic, Latin) and separators, decimals ("۱٫۵ میلیون", "2/5 میلیارد"), words
 * ("دویست و پنجاه میلیون", "نیم میلیارد"), هزار/میلیون/میلیارد, thousand/million/billion,
 * k/m/b after digits, and the unit before or after the number (تومان, تومن, ت, toman, IRT;
 * ریال, rial, IRR, Rls) — `defaultUnit` when none is written. The result is always a
 * whole number of tomans: a rial amount that is not ("۱۵ ریال") is refused, and so is a
 * fraction of a toman.
 */
export function readAmount(input: string, defaultUnit: AmountUnit): AmountReading {
  const quantity = readQuantity(input);
  if (!quantity.ok) return quantity;
  const unit = quantity.unit ?? defaultUnit;
  const { n, scale } = quantity.value;
  const divisor = 10n ** BigInt(scale);
  const scaled = n * RIALS_PER[unit];
  if (scaled % divisor !== 0n) return { ok: false, reason: unit === "toman" ? "toman-fraction" : "rial-fraction" };
  const rials = scaled / divisor;
  if (rials % 10n !== 0n) return { ok: false, reason: unit === "toman" ? "toman-fraction" : "rial-fraction" };
  return { ok: true, rials, unit, unitWritten: quantity.unit !== null };
}

/**
 * A whole number typed by a person (a count of jobs, of months): digits of any script with
 * thousands separators, or words ("سه", "twelve"); no unit, no fraction. null otherwise.
 */
export function parseWholeNumber(input: string): number | null {
  const quantity = readQuantity(input);
  if (!quantity.ok || quantity.unit !== null) return null;
  const value = wholeValue(quantity.value);
  return value !== null && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

function wholeValue({ n, scale }: Decimal): bigint | null {
  const divisor = 10n ** BigInt(scale);
  return n % divisor === 0n ? n / divisor : null;
}

/** A slip of a multiplier is suspected only in an amount this many times outside the usual range. */
const FAR = 10n;

/**
 * The slips people make with amounts, most likely first: rials typed where tomans were
 * asked (a tenth), then a multiplier word left out or one too many (×/÷ a thousand, a
 * million, a billion).
 */
const SLIPS: { times: bigint; over: bigint; onlyFar: boolean }[] = [
  { times: 1n, over: 10n, onlyFar: false },
  { times: 1_000n, over: 1n, onlyFar: true },
  { times: 1_000_000n, over: 1n, onlyFar: true },
  { times: 1n, over: 1_000n, onlyFar: true },
  { times: 1_000_000_000n, over: 1n, onlyFar: true },
  { times: 1n, over: 1_000_000n, onlyFar: true },
  { times: 1n, over: 1_000_000_000n, onlyFar: true },
];

/**
 * The amounts a person most likely meant when `rials` lies outside the usual range, inside
 * it, best first, at most two: a tenth when it is above (rials typed, read as tomans), and
 * when it is more than ten times outside, the amount with a multiplier added or removed
 * ("500" for a capital usually between 10 million and 10 billion tomans → 500 million
 * tomans). Empty inside the range or when nothing plausible fits. Every suggestion is a
 * whole number of tomans.
 */
export function amountSuggestions(rials: bigint, usual: { min: bigint; max: bigint }): bigint[] {
  if (rials <= 0n || (rials >= usual.min && rials <= usual.max)) return [];
  const far = rials * FAR < usual.min || rials > usual.max * FAR;
  const suggestions: bigint[] = [];
  for (const { times, over, onlyFar } of SLIPS) {
    if (onlyFar && !far) continue;
    const candidate = (rials * times) / over;
    const exact = (rials * times) % over === 0n && candidate % 10n === 0n;
    if (exact && candidate >= usual.min && candidate <= usual.max && !suggestions.includes(candidate)) suggestions.push(candidate);
  }
  return suggestions.slice(0, 2);
}
