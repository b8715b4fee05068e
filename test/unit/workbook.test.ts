import { describe, expect, it } from "vitest";
import type { ReportExport } from "../../src/domain/report/cases.ts";
import type { Figures } from "../../src/domain/report/working-group.ts";
import { reportWorkbookFile } from "../../src/export/report-file.ts";
import { jalaliDay, writeWorkbook, sheet } from "../../src/export/workbook.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { readWorkbook, workbookText } from "../support/xlsx.ts";

describe("the workbook writer", () => {
  it("writes Jalali days as sortable text in Tehran time", () => {
    expect(jalaliDay(new Date("2026-11-29T08:30:00Z"), "Asia/Tehran")).toBe("1405/09/08");
    // 20:45 UTC is already the next day (00:15) in Tehran.
    expect(jalaliDay(new Date("2026-03-20T20:45:00Z"), "Asia/Tehran")).toBe("1405/01/01");
    expect(jalaliDay(null, "Asia/Tehran")).toBeNull();
  });

  it("keeps tab names to Excel's rules, numbers as numbers and text that looks like a formula as text", async () => {
    const t = (_: string, key: string) => key;
    const long = "a/b:c*d?e[f]g\\h and a name much longer than thirty-one characters";
    const file = await writeWorkbook({ t, language: "fa", timeZone: "Asia/Tehran" }, [
      sheet({
        name: long,
        columns: [
          { key: "n", value: (r: { n: number; s: string }) => r.n },
          { key: "s", value: (r) => r.s },
        ],
        rows: [{ n: 12_345_678_901, s: "=SUM(A1)" }],
      }),
      sheet({ name: long, columns: [], rows: [] }),
    ]);
    const sheets = await readWorkbook(file);
    expect(sheets.map((s) => s.name)).toEqual(["a b c d e f g h and a name much", "a b c d e f g h and a name m 2"]);
    expect(sheets[0]!.rows).toEqual([
      ["n", "s"],
      [12_345_678_901, "=SUM(A1)"],
    ]);
    expect(workbookText(file)).not.toContain("<f>");
  });

  it("writes a big report in a worker thread, the same file as in the caller's thread", async () => {
    const figures: Figures = {
      ...{ registered: 2, requestedRials: 2_000_000_000n, introduced: 2, paid: 1, paidRials: 900_000_000n, paidWithinRule: 1, returned: 0 },
      ...{ committedJobs: 3, reportedLoans: 0, realizedJobs: 0, newJobs: 0, keptJobs: 0, employers: 0, selfEmployed: 0, permitsIssued: 0 },
      ...{ permitsReported: 2, permitJobs: 3, permitEmployers: 1, permitSelfEmployed: 1 },
      daysHistogram: new Map([[6, 1]]),
    };
    const county = { regionId: 1, county: { fa: "شیراز", en: "Shiraz" }, body: "welfare", ...figures };
    const kase = (i: number) => ({
      ...{ trackingCode: `K${i}`, kind: "loan", status: "paid", county: county.county, village: null, introducingBody: "welfare", program: null },
      ...{ submittedAt: new Date("2026-10-01T08:00:00Z"), requestedRials: 1_000_000_000n, plannedJobs: 1, bank: null, paidAt: null, paidRials: null },
      ...{ daysToPayment: null, jobs: null, permitIssuedAt: null },
    });
    const data: ReportExport = {
      report: {
        ...{ period: "month", range: { from: new Date("2026-09-22T20:30:00Z"), to: new Date("2026-10-22T20:30:00Z"), year: 1405, month: 7, season: 3 } },
        ...{ ruleDays: 15, rows: [county], counties: [county], bodies: [county], total: figures, hubs: [], groups: [], groupTotals: [] },
      },
      cases: [kase(1), kase(2)],
      casesTotal: 2,
      names: false,
      community: { byFacilitator: [{ name: "سارا", cases: 2 }], byCounty: [] },
    };
    const reader = { t: createTranslate(), language: "fa" as const, timeZone: "Asia/Tehran" };
    const [here, there] = await Promise.all([reportWorkbookFile(data, reader), reportWorkbookFile(data, reader, 0)]);
    const [a, b] = await Promise.all([readWorkbook(here), readWorkbook(there)]);
    expect(b).toEqual(a);
    expect(b[1]!.rows[1]!.slice(0, 4)).toEqual([1, "شیراز", 2, 2_000_000_000]);
    // The permits' yearly answers: Persian headers, numbers as numbers, in the summary and each figures sheet, right to left.
    expect(b[0]!.rtl && b[1]!.rtl).toBe(true);
    expect(b[0]!.rows.slice(-6, -1)).toEqual([
      ["مجوزهای صادرشده", 0],
      ["مجوزهای بدون وام با پاسخ سالانه", 2],
      ["اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)", 3],
      ["مجوزهای بدون وام: کارفرما", 1],
      ["مجوزهای بدون وام: خوداشتغال", 1],
    ]);
    expect(b[1]!.rows[0]!.slice(-4)).toEqual([
      "مجوزهای بدون وام با پاسخ سالانه",
      "اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)",
      "مجوزهای بدون وام: کارفرما",
      "مجوزهای بدون وام: خوداشتغال",
    ]);
    expect(b[1]!.rows[1]!.slice(-4)).toEqual([2, 3, 1, 1]);
    expect(b[6]!.rows).toEqual([
      ["تسهیل‌گر", "پرونده‌های ثبت‌شده از سوی او (تا امروز)"],
      ["سارا", 2],
    ]);
  });
});
