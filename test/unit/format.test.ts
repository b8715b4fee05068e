import { describe, expect, it } from "vitest";
import { isQuiet, localTime } from "../../src/domain/local-time.ts";
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

describe("local time and quiet hours", () => {
  const quiet = { from: 22 * 60, to: 8 * 60, timeZone: "Asia/Tehran" };
  it("reads the wall clock in Tehran", () => {
    expect(localTime(new Date("2026-11-28T20:45:00Z"), "Asia/Tehran")).toEqual({ day: "2026-11-29", minutes: 15, weekday: 0 });
  });
  it.each([
    ["2026-11-29T18:29:00Z", false], // 21:59
    ["2026-11-29T18:30:00Z", true], // 22:00
    ["2026-11-29T23:00:00Z", true], // 02:30
    ["2026-11-30T04:29:00Z", true], // 07:59
    ["2026-11-30T04:30:00Z", false], // 08:00
  ])("at %s quiet is %s", (iso, expected) => {
    expect(isQuiet(quiet, new Date(iso))).toBe(expected);
  });
  it("a window within one day, and none at all", () => {
    expect(isQuiet({ from: 13 * 60, to: 15 * 60, timeZone: "Asia/Tehran" }, new Date("2026-11-29T10:00:00Z"))).toBe(true);
    expect(isQuiet(undefined, new Date("2026-11-29T20:00:00Z"))).toBe(false);
  });
});
