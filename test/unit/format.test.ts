import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatInteger, formatList } from "../../src/i18n/format.ts";

describe("formatting for people", () => {
  const date = new Date("2026-11-29T08:30:00Z"); // 12:00 in Tehran, 8 Azar 1405
  it("uses the Jalali calendar and Persian digits in Persian, Tehran time", () => {
    expect(formatDate(date, "fa", "Asia/Tehran")).toBe("۸ آذر ۱۴۰۵");
    expect(formatDateTime(date, "fa", "Asia/Tehran")).toContain("۱۲:۰۰");
  });
  it("uses the Gregorian calendar in English", () => {
    expect(formatDate(date, "en", "Asia/Tehran")).toBe("29 Nov 2026");
  });
  it("groups digits the way each language does", () => {
    expect(formatInteger(5_000_000_000n, "fa")).toBe("۵٬۰۰۰٬۰۰۰٬۰۰۰");
    expect(formatInteger(5_000_000_000n, "en")).toBe("5,000,000,000");
  });
  it("writes lists as Persian and English readers expect", () => {
    expect(formatList(["الف", "ب", "ج"], "fa")).toBe("الف، ب و ج");
    expect(formatList(["عکس", "فایل PDF"], "fa", "disjunction")).toBe("عکس یا فایل PDF");
    expect(formatList(["a", "b", "c"], "en")).toBe("a, b, and c");
    expect(formatList(["photo", "PDF file"], "en", "disjunction")).toBe("photo or PDF file");
    expect(formatList(["تنها"], "fa")).toBe("تنها");
  });
});
