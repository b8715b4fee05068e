import { normalizeDigits } from "./digits.ts";

// Control characters (C0, DEL, C1): line breaks and tabs become a space, the rest (NUL
// first: PostgreSQL refuses it in text) are dropped.
const CONTROL_SPACE = /[\t\n\v\f\r\u0085]/g;
const CONTROL = /\p{Cc}/gu;
// Format characters are invisible: direction marks, embeddings and isolates (Fluent wraps
// every placeable in U+2068…U+2069), zero-width space/joiners, word joiner, BOM, soft hyphen.
const FORMAT = /\p{Cf}/gu;
const FORMAT_BUT_ZWNJ = /(?!\u200c)\p{Cf}/gu;
// Arabic vowel marks (fathatan in «حدوداً», kasra …) and the kashida that stretches a word
// («میلیــــون»): never part of an identifier.
const ARABIC_MARKS = /\u0640|[\u064b-\u065f]|\u0670/g;
// A kashida between two digits («۱ـ۲») is a visible mark parting two numbers (a digit never
// stretches): the dash it looks like, for each parser to refuse or accept as it does dashes
// (a count refuses it; a space would not do: «۳۲ ۵۰۶» reads as thousands), never one number
// joined from both. Invisible marks between digits still vanish (copies from other apps carry them).
const DIGIT_BREAK = /(?<=\p{Nd}[\p{Cf}\u064b-\u065f\u0670]*)\u0640[\u0640\p{Cf}\u064b-\u065f\u0670]*(?=\p{Nd})/gu;
// The kashida only stretches a letter («زهـــرا» is «زهرا»): free text never needs it.
const KASHIDA = /\u0640/g;

/** Arabic letters a Persian text may arrive with (Arabic keyboards): ي ى → ی, ك → ک. */
function persianLetters(text: string): string {
  return text.replace(/[\u064a\u0649]/g, "\u06cc").replace(/\u0643/g, "\u06a9");
}

/**
 * The one cleaner every identifier parser calls first (national ID, mobile, tracking code,
 * amounts, county names): NFKC (full-width digits and presentation forms), no control or
 * invisible character at all (ZWNJ included: it never distinguishes an identifier), no
 * Arabic vowel marks or kashida, ASCII digits, Persian ye/kaf; a kashida between two
 * digits is a dash (two numbers, not one). Spaces are kept; each parser decides
 * which separators it accepts.
 */
export function cleanIdentifier(text: string): string {
  const visible = text
    .normalize("NFKC")
    .replace(CONTROL_SPACE, " ")
    .replace(CONTROL, "")
    .replace(DIGIT_BREAK, "-")
    .replace(FORMAT, "")
    .replace(ARABIC_MARKS, "");
  return persianLetters(normalizeDigits(visible));
}

/**
 * The canonical form of free text typed by a user: NFC, ASCII digits, Persian ye/kaf
 * instead of the Arabic letters, no control or invisible characters but the ZWNJ that
 * Persian spelling needs (between letters, once), no kashida, single spaces, trimmed.
 */
export function cleanText(text: string): string {
  const visible = text.normalize("NFC").replace(CONTROL_SPACE, " ").replace(CONTROL, "").replace(FORMAT_BUT_ZWNJ, "").replace(KASHIDA, "");
  return persianLetters(normalizeDigits(visible))
    .replace(/\s+/g, " ")
    .replace(/ *\u200c[\u200c ]*/g, (m) => (m.includes(" ") ? " " : "\u200c"))
    .replace(/^[\s\u200c]+|[\s\u200c]+$/g, "");
}

// What a copy of a word may carry between its letters and still be that word: invisible
// marks (ZWNJ, ZWJ, RLM, LRM, isolates…), kashida, Arabic vowel marks.
const IGNORABLE = "[\\p{Cf}\\u0640\\u064b-\\u065f\\u0670]*";
// Between a name's words: any spacing, ZWNJ or none («محمدرضا», «محمد رضا», «محمد‌رضا»).
const WORD_GAP = "[\\s\\p{Cf}\\u0640\\u064b-\\u065f\\u0670]*";
const LETTER_FORMS: Record<string, string> = { "\u06cc": "[\u06cc\u064a\u0649]", "\u06a9": "[\u06a9\u0643]" };

function letterSource(c: string): string {
  if (LETTER_FORMS[c]) return LETTER_FORMS[c];
  if (/^\d$/.test(c)) return `[${c}${String.fromCharCode(0x06f0 + Number(c))}${String.fromCharCode(0x0660 + Number(c))}]`;
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A regular expression source (use it with the flags "giu") that finds `text` however it
 * was written: with kashida, invisible marks or vowel marks between its letters, Arabic or
 * Persian ye/kaf, any digits, any letter case, and its words apart, joined or ZWNJ-joined.
 * Null when `text` has fewer than `minLetters` characters left (too short to look for safely);
 * `between` replaces what may stand between two characters of a word (a number's dashes).
 */
export function looseMatchSource(text: string, { minLetters = 2, between = IGNORABLE }: { minLetters?: number; between?: string } = {}): string | null {
  const words = text
    .split(/[\s\u200c]+/)
    .map((w) => [...cleanIdentifier(w).replace(/\s+/g, "")])
    .filter((w) => w.length > 0);
  if (words.flat().length < minLetters) return null;
  return words.map((w) => w.map(letterSource).join(between)).join(WORD_GAP);
}
