import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AMOUNT_REFUSALS, amountRefusalKey, amountSuggestions, parseWholeNumber, readAmount, type AmountRefusal } from "../../src/domain/input/amount.ts";
import { prng } from "../support/fuzz.ts";

const TOMAN = 10n;
const MILLION = 1_000_000n;
const BILLION = 1_000_000_000n;
const t = (tomans: bigint) => tomans * TOMAN;

const SEED = Number(process.env.INPUT_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`amount tests: seed ${SEED} (INPUT_SEED=${SEED} replays it)`);

type Case = [input: string, expected: bigint | AmountRefusal];

function check([input, expected]: Case) {
  const reading = readAmount(input, "toman");
  const got = reading.ok ? reading.rials : reading.reason;
  expect(got, JSON.stringify(input)).toBe(expected);
}

/** Answers as people type them, each with its exact amount in rials or the reason it is refused. */
const TYPED: Case[] = [
  // digits and separators, no unit: tomans
  ["500000000", t(500n * MILLION)],
  ["500,000,000", t(500n * MILLION)],
  ["۵۰۰٬۰۰۰٬۰۰۰", t(500n * MILLION)],
  ["٥٠٠،٠٠٠", t(500_000n)],
  ["500.000.000", t(500n * MILLION)],
  ["۵۰۰.۰۰۰.۰۰۰", t(500n * MILLION)],
  ["500 000 000", t(500n * MILLION)],
  ["5'000'000", t(5n * MILLION)],
  ["5’000’000", t(5n * MILLION)],
  ["۱۲۰٬۰۰۰٬۰۰۰", t(120n * MILLION)],
  ["1,234,567", t(1_234_567n)],
  ["۵۰۰/۰۰۰/۰۰۰", t(500n * MILLION)],
  ["۵۰۰٫۰۰۰٫۰۰۰", t(500n * MILLION)],
  ["0500", t(500n)],
  ["۳", t(3n)],
  ["0", 0n],
  ["صفر", 0n],
  // multipliers, Persian
  ["۵۰۰ میلیون", t(500n * MILLION)],
  ["500 میلیون", t(500n * MILLION)],
  ["۵۰۰میلیون", t(500n * MILLION)],
  ["۵۰۰‌میلیون", t(500n * MILLION)],
  ["۵۰۰ ملیون", t(500n * MILLION)],
  ["ميليون ۵۰۰", "several-numbers"],
  ["۲ میلیارد", t(2n * BILLION)],
  ["۲ ملیارد تومان", t(2n * BILLION)],
  ["۷۵۰ هزار", t(750_000n)],
  ["۷۵۰هزار تومان", t(750_000n)],
  ["هزار تومان", t(1_000n)],
  ["هزار میلیارد", t(1_000n * BILLION)],
  ["۱۰ هزار میلیارد ریال", 10_000n * BILLION],
  ["۵۰۰٬۰۰۰ هزار", t(500n * MILLION)],
  ["میلیــــون", t(MILLION)],
  // decimals
  ["۱٫۵ میلیون", t(1_500_000n)],
  ["۱.۵ میلیون", t(1_500_000n)],
  ["1.5 million", t(1_500_000n)],
  ["۲/۵ میلیارد", t(2_500_000_000n)],
  ["2/5 میلیارد تومان", t(2_500_000_000n)],
  ["۱٫۱ میلیون", t(1_100_000n)],
  ["۰٫۷ میلیارد", t(700n * MILLION)],
  ["٫۵ میلیارد", t(500n * MILLION)],
  [".5 billion", t(500n * MILLION)],
  ["۱٫۲۵ میلیون", t(1_250_000n)],
  ["۱٫۲۵۰۰ میلیون", t(1_250_000n)],
  ["3.75 billion", t(3_750_000_000n)],
  ["1,234.5 million", t(1_234_500_000n)],
  ["۱٬۲۳۴٫۵ میلیون", t(1_234_500_000n)],
  ["1500.000", t(1_500n)],
  ["1.0", t(1n)],
  ["۱٫۵ هزار میلیارد", t(1_500n * BILLION)],
  // words
  ["پانصد هزار", t(500_000n)],
  ["پونصد تومن", t(500n)],
  ["دویست و پنجاه میلیون", t(250n * MILLION)],
  ["سی میلیون", t(30n * MILLION)],
  ["صد میلیون", t(100n * MILLION)],
  ["یکصد میلیون تومان", t(100n * MILLION)],
  ["یک صد میلیون", t(100n * MILLION)],
  ["صد و بیست و پنج میلیون", t(125n * MILLION)],
  ["سیصد و پنجاه هزار", t(350_000n)],
  ["بیست و پنج میلیون", t(25n * MILLION)],
  ["نهصد و نود و نه میلیون", t(999n * MILLION)],
  ["دوازده میلیون", t(12n * MILLION)],
  ["هجده میلیون", t(18n * MILLION)],
  ["هیجده میلیون", t(18n * MILLION)],
  ["یه میلیون", t(MILLION)],
  ["یک میلیارد و دویست میلیون", t(1_200n * MILLION)],
  ["دو میلیارد و پانصد میلیون تومان", t(2_500n * MILLION)],
  ["پانصدهزارتومان", t(500_000n)],
  ["پانصد‌هزار", t(500_000n)],
  ["دویستوپنجاه میلیون", t(250n * MILLION)],
  ["سه", t(3n)],
  ["نه میلیون", t(9n * MILLION)],
  // halves
  ["نیم میلیارد", t(500n * MILLION)],
  ["نیم میلیون تومان", t(500_000n)],
  ["یک و نیم میلیون", t(1_500_000n)],
  ["یک و نیم میلیارد", t(1_500n * MILLION)],
  ["دو و نیم میلیون", t(2_500_000n)],
  ["۱ و نیم میلیون", t(1_500_000n)],
  ["یک میلیون و نیم", t(1_500_000n)],
  ["۳ میلیارد و نیم", t(3_500n * MILLION)],
  ["یکونیم میلیون", t(1_500_000n)],
  ["half a million", t(500_000n)],
  ["a half million", t(500_000n)],
  ["half a billion tomans", t(500n * MILLION)],
  ["one and a half million", t(1_500_000n)],
  ["a million and a half", t(1_500_000n)],
  ["two and a half billion", t(2_500n * MILLION)],
  // compounds
  ["۲ میلیون و ۵۰۰ هزار", t(2_500_000n)],
  ["۲ میلیون ۵۰۰ هزار", t(2_500_000n)],
  ["۱ میلیارد و ۲۰۰ میلیون تومان", t(1_200n * MILLION)],
  ["۱ میلیارد ۲۰۰ میلیون ۳۰۰ هزار", t(1_200_300_000n)],
  ["2 million 500 thousand", t(2_500_000n)],
  ["1.5 million and 200 thousand", t(1_700_000n)],
  // English
  ["3 million", t(3n * MILLION)],
  ["3 Million", t(3n * MILLION)],
  ["500 million tomans", t(500n * MILLION)],
  ["2 billion toman", t(2n * BILLION)],
  ["two million", t(2n * MILLION)],
  ["five hundred thousand", t(500_000n)],
  ["twenty-five million", t(25n * MILLION)],
  ["twenty five million", t(25n * MILLION)],
  ["two hundred and fifty million", t(250n * MILLION)],
  ["two hundred fifty-three thousand", t(253_000n)],
  ["a hundred million", t(100n * MILLION)],
  ["a million", t(MILLION)],
  ["five hundred millions", t(500n * MILLION)],
  ["ninety nine thousand", t(99_000n)],
  ["500k", t(500_000n)],
  ["500K tomans", t(500_000n)],
  ["1.5m", t(1_500_000n)],
  ["1.5 M", t(1_500_000n)],
  ["2.5mn", t(2_500_000n)],
  ["2b", t(2n * BILLION)],
  ["2bn IRT", t(2n * BILLION)],
  ["5 hundred thousand", t(500_000n)],
  // units: rials
  ["۵۰ میلیون ریال", 50n * MILLION],
  ["5,000,000,000 rials", 5n * BILLION],
  ["5,000,000,000 Rials", 5n * BILLION],
  ["IRR 5,000,000", 5n * MILLION],
  ["5,000,000 IRR", 5n * MILLION],
  ["ریال ۵۰۰٬۰۰۰", 500_000n],
  ["۵ میلیارد ریال", 5n * BILLION],
  ["ريال ٥٠٠ مليون", 500n * MILLION],
  ["۵۰۰ میلیون﷼", 500n * MILLION],
  ["Rls. 2,500,000", 2_500_000n],
  ["۲٫۵ میلیون ریال", 2_500_000n],
  ["۱۵ ریال", "rial-fraction"],
  ["۱۲۳۴۵ ریال", "rial-fraction"],
  ["1.5 rials", "rial-fraction"],
  ["۱۲٫۵ ریال", "rial-fraction"],
  // units: tomans, before and after
  ["تومان ۵۰۰ میلیون", t(500n * MILLION)],
  ["۵۰۰ میلیون تومن", t(500n * MILLION)],
  ["۵۰۰ میلیون ت", t(500n * MILLION)],
  ["۵۰۰ت", t(500n)],
  ["۵۰۰ هزارت", t(500_000n)],
  ["IRT 500,000", t(500_000n)],
  ["toman 500", t(500n)],
  // hedges and punctuation around the answer
  ["حدود ۵۰۰ میلیون", t(500n * MILLION)],
  ["حدوداً ۲ میلیارد", t(2n * BILLION)],
  ["تقریباً ۳۰۰ میلیون تومان", t(300n * MILLION)],
  ["about 500 million", t(500n * MILLION)],
  ["~500m", t(500n * MILLION)],
  ["۵۰۰ میلیون.", t(500n * MILLION)],
  ["«۵۰۰ میلیون»", t(500n * MILLION)],
  ['"500,000,000"', t(500n * MILLION)],
  ["۵۰۰ میلیون!", t(500n * MILLION)],
  ["1,500,000,", t(1_500_000n)],
  ["+500", t(500n)],
  ["  ۵۰۰   میلیون  ", t(500n * MILLION)],
  ["۵۰۰\nمیلیون", t(500n * MILLION)],
  // mixed scripts
  ["۵00 میلیون", t(500n * MILLION)],
  ["٥۰0 million", t(500n * MILLION)],
  ["500 million تومان", t(500n * MILLION)],
  ["۵۰۰ million", t(500n * MILLION)],
  ["５００ میلیون", t(500n * MILLION)],
  // fractions of a toman
  ["1.5", "toman-fraction"],
  ["۱٫۵", "toman-fraction"],
  ["۱۲۳۴٫۵ تومان", "toman-fraction"],
  ["نیم", "toman-fraction"],
  ["یک و نیم", "toman-fraction"],
  // ambiguous separators
  ["1,5", "ambiguous-separator"],
  ["1,5 میلیون", "ambiguous-separator"],
  ["۱٬۵ میلیون", "ambiguous-separator"],
  ["۱،۵ میلیارد", "ambiguous-separator"],
  ["12,34", "ambiguous-separator"],
  ["1.500", "ambiguous-separator"],
  ["۱٫۵۰۰", "ambiguous-separator"],
  ["۲/۵۰۰ میلیارد", "ambiguous-separator"],
  ["1.255 million", "ambiguous-separator"],
  ["125.000", "ambiguous-separator"],
  ["1.234,5", "ambiguous-separator"],
  ["1,500.000", "ambiguous-separator"],
  ["1,00,000", "ambiguous-separator"],
  ["1.000,000", "ambiguous-separator"],
  ["۱۴۰۵/۰۹/۱۵", "ambiguous-separator"],
  // too precise for a multiplier
  ["1.2555 million", "too-precise"],
  ["0.125 میلیارد", "too-precise"],
  ["۱٫۲۳۴ ۵ میلیون", "ambiguous-separator"],
  ["۰٫۰۰۱ میلیارد", "too-precise"],
  // several numbers
  ["۲ ۳ میلیون", "several-numbers"],
  ["10 20", "several-numbers"],
  ["دو میلیون پونصد", "several-numbers"],
  ["دو میلیون و پانصد", "several-numbers"],
  ["۵۰۰ میلیون ۲ میلیارد", "several-numbers"],
  ["۲ میلیون و ۲۰۰۰ هزار", "several-numbers"],
  ["یک و یک", "several-numbers"],
  ["500 million 300 million", "several-numbers"],
  ["پانصد ششصد", "several-numbers"],
  // ranges and bounds
  ["۲ یا ۳ میلیون", "range-or-bound"],
  ["۲ تا ۳ میلیون", "range-or-bound"],
  ["۲-۳ میلیون", "range-or-bound"],
  ["۲ – ۳ میلیون", "range-or-bound"],
  ["بین ۱۰ و ۲۰ میلیون", "range-or-bound"],
  ["۲۰۰ الی ۳۰۰ میلیون", "range-or-bound"],
  ["بیش از ۵۰۰ میلیون", "range-or-bound"],
  ["کمتر از ۱۰ میلیون", "range-or-bound"],
  ["حداقل ۵۰ میلیون", "range-or-bound"],
  ["تا ۵۰۰ میلیون", "range-or-bound"],
  ["10 to 20 million", "range-or-bound"],
  ["10-20m", "range-or-bound"],
  ["2 or 3 million", "range-or-bound"],
  ["at least 50 million", "range-or-bound"],
  ["up to 500m", "range-or-bound"],
  ["more than 1 billion", "range-or-bound"],
  // negative
  ["-500", "negative"],
  ["−۵۰۰ میلیون", "negative"],
  ["- 500 000", "negative"],
  ["منفی ۵۰۰", "negative"],
  ["minus 3 million", "negative"],
  // foreign currency
  ["500$", "currency"],
  ["$500", "currency"],
  ["۵۰۰ دلار", "currency"],
  ["۱۰ هزار یورو", "currency"],
  ["1000 USD", "currency"],
  ["€2m", "currency"],
  ["5000 dirhams", "currency"],
  // units twice
  ["۵۰۰ تومان ریال", "several-units"],
  ["IRR 500 تومان", "several-units"],
  ["۲ میلیون تومان و ۵۰۰ هزار تومان", "several-units"],
  // not an amount
  ["", "not-understood"],
  ["   ", "not-understood"],
  ["\u2068\u2069", "not-understood"],
  ["abc", "not-understood"],
  ["زیاد", "not-understood"],
  ["نمیدونم", "not-understood"],
  ["تومان", "not-understood"],
  ["1e9", "not-understood"],
  ["NaN", "not-understood"],
  ["Infinity", "not-understood"],
  ["۵۰۰م", "not-understood"],
  ["500T", "not-understood"],
  ["۵ بیلیون", "not-understood"],
  ["five k", "not-understood"],
  ["k500", "not-understood"],
  ["۵۰۰ میلیون تومان است", "not-understood"],
  ["سرمایه: ۵۰۰ میلیون", "not-understood"],
  ["۵۰۰ میلیون 👍", "not-understood"],
  ["۵۰۰ تومان میلیون", "not-understood"],
  ["۵۰٪", "not-understood"],
  ["بیست و", "not-understood"],
  ["و ۵۰۰", "not-understood"],
  ["میلیون هزار", "not-understood"],
  ["1".repeat(200), "not-understood"],
];

describe("amounts typed by people", () => {
  it.each(TYPED)("%j", (input, expected) => check([input, expected]));

  it("reads exact amounts: no floating point on the way", () => {
    for (const [input, tomans] of [
      ["۱٫۱ میلیون", 1_100_000n],
      ["0.3 million", 300_000n],
      ["۲٫۳ میلیارد", 2_300_000_000n],
      ["4.35 billion", 4_350_000_000n],
      ["۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹ میلیارد", 999_999_999_999_999n * BILLION],
    ] as const)
      check([input, t(tomans)]);
  });

  it("says which unit it read and whether the person wrote it", () => {
    expect(readAmount("۵۰۰ میلیون", "toman")).toEqual({ ok: true, rials: t(500n * MILLION), unit: "toman", unitWritten: false });
    expect(readAmount("۵۰۰ میلیون تومان", "toman")).toEqual({ ok: true, rials: t(500n * MILLION), unit: "toman", unitWritten: true });
    expect(readAmount("۵۰ میلیون ریال", "toman")).toEqual({ ok: true, rials: 50n * MILLION, unit: "rial", unitWritten: true });
    expect(readAmount("۵۰۰۰", "rial")).toEqual({ ok: true, rials: 5000n, unit: "rial", unitWritten: false });
  });

  it("explains every refusal in both languages, with an example", () => {
    for (const file of ["locales/fa.ftl", "locales/en.ftl"]) {
      const text = readFileSync(file, "utf8");
      for (const reason of AMOUNT_REFUSALS)
        expect(text, `${file}: ${amountRefusalKey(reason)}`).toMatch(new RegExp(`^${amountRefusalKey(reason)} = .*[«"].+[»"]`, "m"));
    }
  });
});

// Every written form of two amounts, generated: digit script × thousands separator × unit, before and after.
const SCRIPTS: [string, (s: string) => string][] = [
  ["Latin", (s) => s],
  ["Persian", (s) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)))],
  ["Arabic-Indic", (s) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))],
];
const THOUSANDS = ["", ",", "٬", "،", "'", "’", " ", ".", "/", "٫"];
const UNITS: [string, bigint][] = [
  ["", TOMAN],
  ["تومان", TOMAN],
  ["تومن", TOMAN],
  ["toman", TOMAN],
  ["Tomans", TOMAN],
  ["IRT", TOMAN],
  ["ریال", 1n],
  ["ريال", 1n],
  ["rial", 1n],
  ["rials", 1n],
  ["IRR", 1n],
];
const group = (n: bigint, sep: string) => (sep === "" ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep));

describe("generated: every digit script × separator × unit", () => {
  const cases: Case[] = [];
  for (const value of [2_500_000n, 500_000_000n, 12_345_670n])
    for (const [, script] of SCRIPTS)
      for (const sep of THOUSANDS)
        for (const [unit, rialsPer] of UNITS) {
          const number = script(group(value, sep));
          const expected = value * rialsPer;
          cases.push([unit ? `${number} ${unit}` : number, expected]);
          if (unit) cases.push([`${unit} ${number}`, expected]);
        }
  it(`reads all ${cases.length} of them exactly`, () => cases.forEach(check));
});

describe("generated: decimals × multipliers × spacing", () => {
  const MULTIPLIERS: [string, bigint][] = [
    ["هزار", 1_000n],
    ["میلیون", MILLION],
    ["میلیارد", BILLION],
    ["thousand", 1_000n],
    ["million", MILLION],
    ["billion", BILLION],
    ["k", 1_000n],
    ["m", MILLION],
    ["bn", BILLION],
  ];
  const cases: Case[] = [];
  for (const [, script] of SCRIPTS)
    for (const point of [".", "٫", "/"])
      for (const [word, factor] of MULTIPLIERS)
        for (const space of ["", " ", "\u200c"]) {
          if (space === "\u200c" && /^[a-z]/.test(word)) continue;
          cases.push([`${script(`2${point}5`)}${space}${word}`, t(25n * factor) / 10n]);
          cases.push([`${script(`1${point}25`)}${space}${word}`, t(125n * factor) / 100n]);
          cases.push([`${script(`1${point}500`)}${space}${word}`, "ambiguous-separator"]);
          cases.push([`${script(`0${point}1255`)}${space}${word}`, "too-precise"]);
          cases.push([`${script(`1${point}5`)}${space}${word} ریال`, (15n * factor) / 10n]);
        }
  it(`reads or refuses all ${cases.length} of them`, () => cases.forEach(check));
});

describe("generated: refusals in every script", () => {
  const cases: Case[] = [];
  for (const [, script] of SCRIPTS) {
    for (const comma of [",", "٬", "،"]) cases.push([`${script(`1${comma}5`)} میلیون`, "ambiguous-separator"]);
    for (const [a, b] of [
      ["2", "3"],
      ["10", "20"],
      ["500", "700"],
    ]) {
      for (const between of [" تا ", " یا ", "-", " – ", " to ", " or "]) cases.push([`${script(a!)}${between}${script(b!)} میلیون`, "range-or-bound"]);
    }
    for (const minus of ["-", "−", "منفی "]) cases.push([`${minus}${script("500")} میلیون`, "negative"]);
    for (let last = 1n; last <= 9n; last++) cases.push([`${script(String(1_234_560n + last))} ریال`, "rial-fraction"]);
  }
  it(`refuses all ${cases.length} of them with the right reason`, () => cases.forEach(check));
});

describe("generated: invisible and direction marks anywhere change nothing", () => {
  const MARKS = [
    "\u200e",
    "\u200f",
    "\u061c",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u0000",
    "\u0007",
    "\u001b",
    "\u007f",
    "\u009b",
  ];
  it("reads 2,000 marked answers as their clean originals", () => {
    const r = prng(SEED);
    const readable = TYPED.filter(([input]) => input.length > 0 && input.length < 60);
    for (let i = 0; i < 2_000; i++) {
      const [input, expected] = r.pick(readable);
      const chars = [...input];
      for (let k = 1 + r.int(4); k > 0; k--) chars.splice(r.int(chars.length + 1), 0, r.pick(MARKS));
      const marked = chars.join("");
      const reading = readAmount(marked, "toman");
      expect(reading.ok ? reading.rials : reading.reason, `seed ${SEED}: ${JSON.stringify(marked)}`).toBe(expected);
    }
  });

  it("never throws on hostile text", () => {
    const r = prng(SEED + 1);
    const alphabet = [..."0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩,.٫٬،/' -−+$~میلیونهزارتومانریال و نیم k m b a half and million", "\u2068", "\u200c", "😀"];
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: r.int(30) }, () => r.pick(alphabet)).join("");
      const reading = readAmount(text, "toman");
      if (reading.ok) expect(reading.rials % 10n, `seed ${SEED + 1}: ${JSON.stringify(text)}`).toBe(0n);
      else expect(AMOUNT_REFUSALS).toContain(reading.reason);
    }
  });
});

describe("did you mean …?", () => {
  const capital = { min: t(10n * MILLION), max: t(10n * BILLION) };
  const loan = { min: t(50n * MILLION), max: t(500n * MILLION) };
  it.each([
    ["500 for a capital: 500 million", t(500n), capital, [t(500n * MILLION)]],
    ["12 for a capital: 12 million", t(12n), capital, [t(12n * MILLION)]],
    ["5 for a capital: only 5 billion fits", t(5n), capital, [t(5n * BILLION)]],
    ["200 thousand for a capital: 200 million", t(200_000n), capital, [t(200n * MILLION)]],
    ["500 billion for a capital: 500 million", t(500n * BILLION), capital, [t(500n * MILLION)]],
    ["rials read as tomans for a loan: a tenth", t(3n * BILLION), loan, [t(300n * MILLION)]],
    ["300 for a loan: 300 million", t(300n), loan, [t(300n * MILLION)]],
    ["10 thousand for a capital: 10 million, then 10 billion", t(10_000n), capital, [t(10n * MILLION), t(10n * BILLION)]],
    ["a little above a loan's range: perhaps rials", t(700n * MILLION), loan, [t(70n * MILLION)]],
    ["6 billion for a loan: neither a tenth nor a thousandth fits", t(6n * BILLION), loan, []],
    ["inside the range: nothing to ask", t(300n * MILLION), loan, []],
    ["a little below: plausible as typed", t(5n * MILLION), capital, []],
    ["nothing plausible", t(7_000_000n * BILLION), loan, []],
    ["zero", 0n, capital, []],
  ] as const)("%s", (_, rials, usual, expected) => expect(amountSuggestions(rials, usual)).toEqual(expected));

  it("suggests at most two, all whole tomans inside the range, for any amount", () => {
    const r = prng(SEED + 2);
    for (let i = 0; i < 2_000; i++) {
      const rials = BigInt(r.int(1_000_000)) * 10n ** BigInt(r.int(12)) * 10n;
      const suggestions = amountSuggestions(rials, capital);
      expect(suggestions.length, `seed ${SEED + 2}: ${rials}`).toBeLessThanOrEqual(2);
      for (const s of suggestions) {
        expect(s % 10n).toBe(0n);
        expect(s >= capital.min && s <= capital.max).toBe(true);
        expect(s).not.toBe(rials);
      }
    }
  });
});

describe("whole numbers (counts of jobs, of months)", () => {
  it.each([
    ["۱۲", 12],
    ["12", 12],
    ["٣", 3],
    ["سه", 3],
    ["twelve", 12],
    ["بیست و چهار", 24],
    ["1,000", 1_000],
    ["\u2068۱۲\u2069", 12],
    ["3 million", 3_000_000],
  ])("reads %j as %d", (input, value) => expect(parseWholeNumber(input)).toBe(value));
  it.each(["1.5", "۱٫۵", "-3", "12,34", "abc", "", "1e9", "99999999999999999999", "۱۲ تومان", "۲ یا ۳", "۳ نفر"])("refuses %j", (input) =>
    expect(parseWholeNumber(input)).toBeNull(),
  );
});

describe("generated: a kashida between digits parts two numbers, never joins them", () => {
  const DIGITS = ["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"];
  it("refuses 1,000 numbers with a kashida (perhaps beside invisible marks) inside, in every script, and reads them without it", () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const r = prng(seed);
      const script = r.pick(DIGITS);
      const digits = [...String(10 + r.int(99_990))].map((d) => script[Number(d)]!);
      const at = 1 + r.int(digits.length - 1);
      const mark = r.pick(["ـ", "ـــ", "\u200fـ", "ـ\u200c", "\u2068ـ\u2069"]);
      const typed = [...digits.slice(0, at), mark, ...digits.slice(at)].join("");
      expect(parseWholeNumber(typed), `seed ${seed}: ${JSON.stringify(typed)}`).toBeNull();
      expect(readAmount(typed, "toman").ok, `seed ${seed}: ${JSON.stringify(typed)}`).toBe(false);
      expect(parseWholeNumber(digits.join(""))).toBe(Number(digits.map((d) => script.indexOf(d)).join("")));
    }
    expect(parseWholeNumber("۱ـ۲")).toBeNull();
    // A kashida stretching a word, or after the number, stays harmless.
    expect(parseWholeNumber("۱۲ـ")).toBe(12);
    expect(readAmount("۵۰۰ میلیـــون", "toman")).toMatchObject({ ok: true, rials: 5_000_000_000n });
  });
});
