import { describe, expect, it } from "vitest";
import { jalaliDay, writeWorkbook, sheet } from "../../src/export/workbook.ts";
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
});
