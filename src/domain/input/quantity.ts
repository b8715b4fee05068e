import { cleanIdentifier } from "./clean-text.ts";

// Written by hand: no library reads Persian number words, Persian decimal slashes and
// unit words together, and refuses what is ambiguous instead of guessing.

/** An exact decimal number: n / 10^scale (no floating point anywhere). */
export interface Decimal {
  n: bigint;
  scale: number;
}

export type AmountUnit = "toman" | "rial";

/** Why a typed quantity was not read; the amount reader adds its own reasons. */
export type QuantityRefusal =
  "not-understood" | "currency" | "negative" | "range-or-bound" | "several-units" | "several-numbers" | "ambiguous-separator" | "too-precise";

export type QuantityReading = { ok: true; value: Decimal; unit: AmountUnit | null } | { ok: false; reason: QuantityRefusal };

type Word =
  | { kind: "digit-word"; value: number; cls: "zero" | "unit" | "teen" | "ten" | "hundreds" }
  | { kind: "hundred" }
  | { kind: "mult"; power: number; abbr: boolean }
  | { kind: "half" }
  | { kind: "and" }
  | { kind: "a" }
  | { kind: "unit"; unit: AmountUnit }
  | { kind: "currency" }
  | { kind: "hedge" }
  | { kind: "range" }
  | { kind: "neg" };

type Token =
  | Word
  | { kind: "numeral"; value: Decimal; decimals: number }
  | { kind: "bad-numeral"; reason: "ambiguous-separator" | "several-numbers" }
  | { kind: "dash" }
  | { kind: "plus" }
  | { kind: "punct" }
  | { kind: "unknown" };

const WORDS = new Map<string, Word>();
function define(word: Word, ...spellings: string[]) {
  for (const s of spellings) WORDS.set(s, word);
}
const digitWords: [Word & { kind: "digit-word" }, string[]][] = [
  [{ kind: "digit-word", value: 0, cls: "zero" }, ["صفر", "zero"]],
  [{ kind: "digit-word", value: 1, cls: "unit" }, ["یک", "یه", "one"]],
  [{ kind: "digit-word", value: 2, cls: "unit" }, ["دو", "two"]],
  [{ kind: "digit-word", value: 3, cls: "unit" }, ["سه", "three"]],
  [{ kind: "digit-word", value: 4, cls: "unit" }, ["چهار", "چار", "four"]],
  [{ kind: "digit-word", value: 5, cls: "unit" }, ["پنج", "five"]],
  [{ kind: "digit-word", value: 6, cls: "unit" }, ["شش", "شیش", "six"]],
  [{ kind: "digit-word", value: 7, cls: "unit" }, ["هفت", "seven"]],
  [{ kind: "digit-word", value: 8, cls: "unit" }, ["هشت", "eight"]],
  [{ kind: "digit-word", value: 9, cls: "unit" }, ["نه", "nine"]],
  [{ kind: "digit-word", value: 10, cls: "teen" }, ["ده", "ten"]],
  [{ kind: "digit-word", value: 11, cls: "teen" }, ["یازده", "eleven"]],
  [{ kind: "digit-word", value: 12, cls: "teen" }, ["دوازده", "twelve"]],
  [{ kind: "digit-word", value: 13, cls: "teen" }, ["سیزده", "thirteen"]],
  [{ kind: "digit-word", value: 14, cls: "teen" }, ["چهارده", "fourteen"]],
  [{ kind: "digit-word", value: 15, cls: "teen" }, ["پانزده", "پونزده", "fifteen"]],
  [{ kind: "digit-word", value: 16, cls: "teen" }, ["شانزده", "شونزده", "sixteen"]],
  [{ kind: "digit-word", value: 17, cls: "teen" }, ["هفده", "هیفده", "seventeen"]],
  [{ kind: "digit-word", value: 18, cls: "teen" }, ["هجده", "هیجده", "eighteen"]],
  [{ kind: "digit-word", value: 19, cls: "teen" }, ["نوزده", "nineteen"]],
  [{ kind: "digit-word", value: 20, cls: "ten" }, ["بیست", "twenty"]],
  [{ kind: "digit-word", value: 30, cls: "ten" }, ["سی", "thirty"]],
  [{ kind: "digit-word", value: 40, cls: "ten" }, ["چهل", "forty"]],
  [{ kind: "digit-word", value: 50, cls: "ten" }, ["پنجاه", "fifty"]],
  [{ kind: "digit-word", value: 60, cls: "ten" }, ["شصت", "sixty"]],
  [{ kind: "digit-word", value: 70, cls: "ten" }, ["هفتاد", "seventy"]],
  [{ kind: "digit-word", value: 80, cls: "ten" }, ["هشتاد", "eighty"]],
  [{ kind: "digit-word", value: 90, cls: "ten" }, ["نود", "ninety"]],
  [{ kind: "digit-word", value: 100, cls: "hundreds" }, ["یکصد"]],
  [{ kind: "digit-word", value: 200, cls: "hundreds" }, ["دویست"]],
  [{ kind: "digit-word", value: 300, cls: "hundreds" }, ["سیصد"]],
  [{ kind: "digit-word", value: 400, cls: "hundreds" }, ["چهارصد"]],
  [{ kind: "digit-word", value: 500, cls: "hundreds" }, ["پانصد", "پونصد"]],
  [{ kind: "digit-word", value: 600, cls: "hundreds" }, ["ششصد", "شیشصد"]],
  [{ kind: "digit-word", value: 700, cls: "hundreds" }, ["هفتصد"]],
  [{ kind: "digit-word", value: 800, cls: "hundreds" }, ["هشتصد"]],
  [{ kind: "digit-word", value: 900, cls: "hundreds" }, ["نهصد"]],
];
for (const [word, spellings] of digitWords) define(word, ...spellings);
define({ kind: "hundred" }, "صد", "hundred", "hundreds");
define({ kind: "mult", power: 3, abbr: false }, "هزار", "thousand", "thousands");
define({ kind: "mult", power: 6, abbr: false }, "میلیون", "ملیون", "million", "millions");
define({ kind: "mult", power: 9, abbr: false }, "میلیارد", "ملیارد", "billion", "billions");
// Abbreviations only right after digits ("500k", "1.5m", "2bn"): k, m and b have no other
// meaning in an amount. Not "t" (toman or trillion?) and not Persian «بیلیون» (10^9 or 10^12).
define({ kind: "mult", power: 3, abbr: true }, "k");
define({ kind: "mult", power: 6, abbr: true }, "m", "mn", "mln");
define({ kind: "mult", power: 9, abbr: true }, "b", "bn");
define({ kind: "half" }, "نیم", "half");
define({ kind: "and" }, "و", "and", "&");
define({ kind: "a" }, "a", "an");
define({ kind: "unit", unit: "toman" }, "تومان", "تومن", "ت", "toman", "tomans", "irt");
define({ kind: "unit", unit: "rial" }, "ریال", "rial", "rials", "irr", "rls");
define({ kind: "currency" }, "$", "€", "£", "دلار", "یورو", "درهم", "پوند", "dollar", "dollars", "usd", "euro", "euros", "eur", "dirham", "dirhams", "aed");
define({ kind: "currency" }, "pound", "pounds", "gbp");
define({ kind: "hedge" }, "~", "≈", "حدود", "حدودا", "تقریبا", "about", "around", "approximately", "approx", "roughly", "circa");
// Bounds and alternatives: "۲ تا ۳ میلیون", "بیش از …", "at least …", "2 or 3 million".
define({ kind: "range" }, "تا", "یا", "الی", "بین", "از", "بیش", "بیشتر", "کمتر", "حداقل", "حداکثر", "زیر", "بالای", "بالاتر");
define({ kind: "range" }, "to", "or", "between", "from", "at", "least", "most", "more", "less", "than", "over", "under", "up", "max", "min");
define({ kind: "neg" }, "منفی", "minus", "negative");

const PERSIAN_LETTER = /[\u0600-\u06ff]/;

/** A Persian word typed without its spaces ("پانصدهزارتومان"): the fewest known words that make it up. */
function splitGlued(word: string): Word[] | null {
  if (word.length > 40 || !PERSIAN_LETTER.test(word)) return null;
  const best: (Word[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = 0; start < end; start++) {
      const known = WORDS.get(word.slice(start, end));
      const before = best[start];
      if (known && before && (best[end] === null || before.length + 1 < best[end]!.length)) best[end] = [...before, known];
    }
  }
  return best[word.length] ?? null;
}

const DECIMAL_SEPARATORS = ".٫/";
const NUMERAL_SEPARATOR = /[,٬،'’ .٫/]/;

/**
 * The digits of one numeral and what separates them. Thousands: , ٬ ، ' ’ or a space
 * between groups of three. Decimals: . ٫ or the Persian decimal slash /. The same dot,
 * momayyez or slash twice is a thousands separator ("1.000.000"); once, it is a decimal
 * point unless exactly three digits follow it after one to three digits ("1.500": 1.5 or
 * 1500?), which is refused. A comma never marks decimals here, so "1,5" is refused too.
 */
function readNumeral(raw: string): Token {
  const groups = raw.split(NUMERAL_SEPARATOR);
  const seps = [...raw].filter((c) => NUMERAL_SEPARATOR.test(c));
  const same = (list: string[]) => list.every((s) => s === list[0]);
  const grouped = (gs: string[]) => /^[1-9]\d{0,2}$/.test(gs[0]!) && gs.slice(1).every((g) => g.length === 3);
  const ambiguous = { kind: "bad-numeral", reason: "ambiguous-separator" } as const;
  const decimal = (int: string, frac: string): Token => {
    const significant = frac.replace(/0+$/, "");
    return { kind: "numeral", value: { n: BigInt((int || "0") + significant), scale: significant.length }, decimals: significant.length };
  };
  if (seps.length === 0) return decimal(raw, "");
  const decimals = seps.filter((s) => DECIMAL_SEPARATORS.includes(s));
  if (decimals.length === 0) {
    if (same(seps) && grouped(groups)) return decimal(groups.join(""), "");
    // Digits apart with spaces that are not groups of three are two numbers ("۲ ۳ میلیون").
    return seps.every((s) => s === " ") ? { kind: "bad-numeral", reason: "several-numbers" } : ambiguous;
  }
  if (decimals.length < seps.length) {
    // Thousands grouped, then one decimal point: "1,234.5", "۱٬۲۳۴٫۵".
    const thousands = seps.slice(0, -1);
    const frac = groups.at(-1)!;
    const ok = decimals.length === 1 && DECIMAL_SEPARATORS.includes(seps.at(-1)!) && same(thousands) && grouped(groups.slice(0, -1)) && frac.length !== 3;
    return ok ? decimal(groups.slice(0, -1).join(""), frac) : ambiguous;
  }
  if (!same(seps)) return ambiguous;
  if (seps.length > 1) return grouped(groups) ? decimal(groups.join(""), "") : ambiguous;
  const [int, frac] = groups as [string, string];
  return frac.length === 3 && /^[1-9]\d{0,2}$/.test(int) ? ambiguous : decimal(int, frac);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...text];
  const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (isDigit(c) || (DECIMAL_SEPARATORS.includes(c) && isDigit(chars[i + 1]))) {
      let raw = "";
      while (i < chars.length && (isDigit(chars[i]) || (NUMERAL_SEPARATOR.test(chars[i]!) && isDigit(chars[i + 1])))) raw += chars[i++];
      tokens.push(readNumeral(raw));
    } else if (/[\p{L}\p{M}]/u.test(c)) {
      let raw = "";
      // Latin words may be hyphenated ("twenty-five"); each part is a word.
      while (i < chars.length && (/[\p{L}\p{M}]/u.test(chars[i]!) || (chars[i] === "-" && /[a-z]/.test(chars[i - 1]!) && /[a-z]/.test(chars[i + 1] ?? ""))))
        raw += chars[i++];
      for (const part of raw.split("-")) {
        const known = WORDS.get(part);
        if (known) tokens.push(known);
        else tokens.push(...(splitGlued(part) ?? [{ kind: "unknown" } as const]));
      }
    } else {
      i++;
      if (/\s/.test(c)) continue;
      const known = WORDS.get(c);
      if (known) tokens.push(known);
      else if (/[-‐‑‒–—−]/.test(c)) tokens.push({ kind: "dash" });
      else if (c === "+") tokens.push({ kind: "plus" });
      else if (/[.,،؛;:!?؟«»"'()[\]{}…]/.test(c)) tokens.push({ kind: "punct" });
      else tokens.push({ kind: "unknown" });
    }
  }
  return tokens;
}

const pow10 = (k: number) => 10n ** BigInt(k);

function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { n: a.n * pow10(scale - a.scale) + b.n * pow10(scale - b.scale), scale };
}

function times10(a: Decimal, power: number): Decimal {
  const shift = Math.min(power, a.scale);
  return { n: a.n * pow10(power - shift), scale: a.scale - shift };
}

const whole = (n: number | bigint): Decimal => ({ n: BigInt(n), scale: 0 });
const HALF: Decimal = { n: 5n, scale: 1 };

interface Segment {
  value: Decimal;
  power: number;
}

/** Thrown inside the parser, caught by readQuantity: never escapes it. */
class Refused extends Error {
  readonly reason: QuantityRefusal;
  constructor(reason: QuantityRefusal) {
    super(reason);
    this.reason = reason;
  }
}

/**
 * Reads a number written in digits and/or words, Persian or English: "۲ میلیون و ۵۰۰ هزار",
 * "دویست و پنجاه میلیون", "یک و نیم میلیارد", "one and a half million", "1.5m". Parts
 * must go down in size ("میلیارد" then "میلیون" then "هزار"); a bare number after a
 * multiplied one ("دو میلیون پونصد", which people say for 2.5 million) is refused.
 */
class QuantityParser {
  private i = 0;
  private readonly tokens: Token[];
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  private is(kind: Token["kind"], offset = 0): boolean {
    return this.peek(offset)?.kind === kind;
  }

  parse(): Decimal {
    const segments: Segment[] = [];
    while (this.i < this.tokens.length) {
      if (segments.length > 0 && this.is("and") && ++this.i === this.tokens.length) throw new Refused("not-understood");
      const segment = this.segment(segments.length === 0);
      const before = segments.at(-1);
      if (before && (before.power === 0 || segment.power === 0 || segment.power >= before.power || !below(segment.value, before.power)))
        throw new Refused("several-numbers");
      segments.push(segment);
    }
    if (segments.length === 0) throw new Refused("not-understood");
    return segments.map((s) => s.value).reduce(add);
  }

  private segment(first: boolean): Segment {
    const token = this.peek();
    let base: Decimal;
    let decimals = 0;
    let fromDigits = false;
    if (token?.kind === "numeral") {
      this.i++;
      base = token.value;
      decimals = token.decimals;
      fromDigits = true;
      if (this.is("hundred") && base.scale === 0 && base.n >= 1n && base.n <= 9n) {
        this.i++;
        base = whole(base.n * 100n);
        fromDigits = false;
      }
    } else if (token?.kind === "digit-word" || token?.kind === "hundred" || (token?.kind === "a" && this.is("hundred", 1))) {
      base = whole(this.smallWords());
    } else if (token?.kind === "half" || (token?.kind === "a" && this.is("half", 1))) {
      // "نیم میلیارد", "half a million", "a half million"
      this.i += token.kind === "a" ? 2 : 1;
      if (this.is("a")) this.i++;
      base = HALF;
    } else if (token?.kind === "a" && this.is("mult", 1)) {
      this.i++;
      base = whole(1);
    } else if (token?.kind === "mult" && !token.abbr && first) {
      base = whole(1); // "هزار تومان", "million"
    } else {
      throw new Refused("not-understood");
    }
    // "یک و نیم میلیون", "one and a half million": the half belongs to the number before it.
    if (base.scale === 0 && this.is("and") && (this.is("half", 1) || (this.is("a", 1) && this.is("half", 2)))) {
      this.i += this.is("a", 1) ? 3 : 2;
      base = add(base, HALF);
    }
    let power = 0;
    let last = 0;
    for (let t = this.peek(); t?.kind === "mult" && t.power > last; t = this.peek()) {
      if (t.abbr && !(fromDigits && power === 0)) throw new Refused("not-understood");
      power += t.power;
      last = t.power;
      this.i++;
    }
    if (power > 0 && decimals > 2) throw new Refused("too-precise");
    let value = times10(base, power);
    // "یک میلیون و نیم", "a million and a half": half of the multiplier.
    if (power > 0 && this.is("and") && (this.is("half", 1) || (this.is("a", 1) && this.is("half", 2)))) {
      this.i += this.is("a", 1) ? 3 : 2;
      value = add(value, times10(HALF, power));
    }
    return { value, power };
  }

  /** 0–999 in words: "دویست و پنجاه و سه", "two hundred and fifty-three", "a hundred". */
  private smallWords(): number {
    let value = 0;
    const t = this.peek();
    if (t?.kind === "digit-word" && t.cls === "hundreds") {
      value = t.value;
      this.i++;
    } else if (t?.kind === "hundred") {
      value = 100;
      this.i++;
    } else if ((t?.kind === "a" || (t?.kind === "digit-word" && t.cls === "unit")) && this.is("hundred", 1)) {
      value = (t.kind === "a" ? 1 : t.value) * 100;
      this.i += 2;
    }
    const tensNext = (offset: number) => {
      const w = this.peek(offset);
      return w?.kind === "digit-word" && (w.cls === "ten" || w.cls === "teen" || w.cls === "unit") && !this.is("hundred", offset + 1);
    };
    if (value > 0 && this.is("and") && tensNext(1)) this.i++;
    const rest = this.peek();
    if (rest?.kind === "digit-word" && (value === 0 || tensNext(0))) {
      if (rest.cls === "zero" && value === 0) {
        this.i++;
        return 0;
      }
      if (rest.cls === "ten" || rest.cls === "teen" || rest.cls === "unit") {
        value += rest.value;
        this.i++;
        if (rest.cls === "ten") {
          const unitAt = this.is("and") ? 1 : 0;
          const unit = this.peek(unitAt);
          if (unit?.kind === "digit-word" && unit.cls === "unit" && !this.is("hundred", unitAt + 1)) {
            value += unit.value;
            this.i += unitAt + 1;
          }
        }
      }
    }
    if (value === 0) throw new Refused("not-understood");
    return value;
  }
}

/** value < 10^power */
function below(value: Decimal, power: number): boolean {
  return value.n < pow10(power + value.scale);
}

/** At most this many characters are read: no amount needs more, and parsing stays cheap. */
const MAX_LENGTH = 120;

/**
 * Reads a quantity and the unit written with it (tomans or rials, before or after the
 * number, at most once). Hedges ("حدود", "about", "~") are ignored; a foreign currency,
 * a minus, a range or a bound ("۲ تا ۳ میلیون", "at least …") is refused with its reason.
 */
export function readQuantity(input: string): QuantityReading {
  const text = cleanIdentifier(input).toLowerCase().trim();
  if (text === "" || text.length > MAX_LENGTH) return { ok: false, reason: "not-understood" };
  let tokens = tokenize(text);
  const refuse = (reason: QuantityRefusal): QuantityReading => ({ ok: false, reason });
  const ignorable = (t: Token | undefined) => t?.kind === "hedge" || t?.kind === "punct" || t?.kind === "plus";
  if (tokens.some((t) => t.kind === "currency")) return refuse("currency");
  while (ignorable(tokens[0])) tokens = tokens.slice(1);
  while (ignorable(tokens.at(-1))) tokens = tokens.slice(0, -1);
  if (tokens.some((t) => t.kind === "neg") || tokens[0]?.kind === "dash") return refuse("negative");
  if (tokens.some((t) => t.kind === "range" || t.kind === "dash")) return refuse("range-or-bound");
  const units = tokens.filter((t) => t.kind === "unit");
  if (units.length > 1) return refuse("several-units");
  let unit: AmountUnit | null = null;
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first?.kind === "unit") [unit, tokens] = [first.unit, tokens.slice(1)];
  else if (last?.kind === "unit") [unit, tokens] = [last.unit, tokens.slice(0, -1)];
  // "Rls. 2,500,000", "۵۰۰ میلیون حدوداً تومان"
  while (ignorable(tokens[0])) tokens = tokens.slice(1);
  while (ignorable(tokens.at(-1))) tokens = tokens.slice(0, -1);
  const unread = tokens.find((t) => ["unknown", "punct", "plus", "hedge", "unit"].includes(t.kind));
  if (unread || tokens.length === 0) return refuse("not-understood");
  const badNumeral = tokens.find((t) => t.kind === "bad-numeral");
  if (badNumeral) return refuse(badNumeral.reason);
  try {
    return { ok: true, value: new QuantityParser(tokens).parse(), unit };
  } catch (error) {
    if (error instanceof Refused) return refuse(error.reason);
    throw error;
  }
}
