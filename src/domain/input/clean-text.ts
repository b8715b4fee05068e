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

/** Arabic letters a Persian text may arrive with (Arabic keyboards): ي ى → ی, ك → ک. */
function persianLetters(text: string): string {
  return text.replace(/[\u064a\u0649]/g, "\u06cc").replace(/\u0643/g, "\u06a9");
}

/**
 * The one cleaner every identifier parser calls first (national ID, mobile, tracking code,
 * amounts, county names): NFKC (full-width digits and presentation forms), no control or
 * invisible character at all (ZWNJ included: it never distinguishes an identifier), no
 * Arabic vowel marks or kashida, ASCII digits, Persian ye/kaf. Spaces are kept; each parser decides
 * which separators it accepts.
 */
export function cleanIdentifier(text: string): string {
  const visible = text.normalize("NFKC").replace(CONTROL_SPACE, " ").replace(CONTROL, "").replace(FORMAT, "").replace(ARABIC_MARKS, "");
  return persianLetters(normalizeDigits(visible));
}

/**
 * The canonical form of free text typed by a user: NFC, ASCII digits, Persian ye/kaf
 * instead of the Arabic letters, no control or invisible characters but the ZWNJ that
 * Persian spelling needs (between letters, once), single spaces, trimmed.
 */
export function cleanText(text: string): string {
  const visible = text.normalize("NFC").replace(CONTROL_SPACE, " ").replace(CONTROL, "").replace(FORMAT_BUT_ZWNJ, "");
  return persianLetters(normalizeDigits(visible))
    .replace(/\s+/g, " ")
    .replace(/ *\u200c[\u200c ]*/g, (m) => (m.includes(" ") ? " " : "\u200c"))
    .replace(/^[\s\u200c]+|[\s\u200c]+$/g, "");
}
