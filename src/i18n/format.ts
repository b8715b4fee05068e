import type { Language } from "../domain/catalog.ts";

// Intl formatters are costly to build and cheap to reuse.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** Jalali calendar with Persian digits for fa, Gregorian for en; always in `timeZone`. */
export function formatDateTime(date: Date, language: Language, timeZone: string): string {
  const locale = language === "fa" ? "fa-IR-u-ca-persian" : "en-GB";
  return cached(`dt:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone })).format(date);
}

/** Grouped digits: ۱۲٬۳۴۵ in fa, 12,345 in en. */
export function formatInteger(value: number | bigint, language: Language): string {
  const locale = language === "fa" ? "fa-IR" : "en-US";
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/**
 * "a, b and c" (conjunction) or "a or b" (disjunction). Persian is written "الف، ب و ج":
 * ICU's Persian pattern puts a comma before «و» and direction marks between the items.
 */
export function formatList(items: string[], language: Language, type: "conjunction" | "disjunction" = "conjunction"): string {
  if (language === "en") return new Intl.ListFormat("en", { type }).format(items);
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("، ")} ${type === "conjunction" ? "و" : "یا"} ${items.at(-1)}`;
}

/** The day alone, in the language's calendar. */
export function formatDate(date: Date, language: Language, timeZone: string): string {
  const locale = language === "fa" ? "fa-IR-u-ca-persian" : "en-GB";
  return cached(`d:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone })).format(date);
}
