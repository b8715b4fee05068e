import { normalizeDigits } from "./digits.ts";

// Invisible characters users paste in by accident: zero-width space/joiner, word joiner,
// BOM, direction marks and embeddings. ZWNJ (U+200C) is kept: Persian spelling needs it.
// eslint-disable-next-line no-misleading-character-class -- each invisible code point is listed on its own
const INVISIBLE = /[\u200b\u200d\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * The canonical form of free text typed by a user: NFC, ASCII digits, Persian ye/kaf
 * instead of the Arabic letters, no invisible characters, single spaces, trimmed.
 */
export function cleanText(text: string): string {
  return normalizeDigits(text.normalize("NFC"))
    .replace(INVISIBLE, "")
    .replace(/[\u064a\u0649]/g, "\u06cc")
    .replace(/\u0643/g, "\u06a9")
    .replace(/\s+/g, " ")
    .replace(/ *\u200c[\u200c ]*/g, (m) => (m.includes(" ") ? " " : "\u200c"))
    .replace(/^[\s\u200c]+|[\s\u200c]+$/g, "");
}
