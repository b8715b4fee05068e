import writeXlsxFile, { type Cell, type Sheet } from "write-excel-file/node";
import type { Language } from "../domain/catalog.ts";
import type { Translate } from "../i18n/translator.ts";

/** What a cell holds: text, a number (a real numeric cell), or nothing. */
export type CellValue = string | number | null;

/** A column: its header's i18n key (the unit named in it) and how a row fills it. */
export interface Column<R> {
  key: string;
  width?: number;
  value: (row: R) => CellValue;
}

export interface SheetSpec<R> {
  /** The sheet's tab: an i18n key. */
  name: string;
  columns: Column<R>[];
  rows: R[];
}

export interface WorkbookReader {
  t: Translate;
  language: Language;
  timeZone: string;
}

/** The spreadsheet's MIME type (sendDocument and the console's download name it). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Whole rials as a numeric cell (a province's sums stay far below 2^53). */
export const rialsCell = (rials: bigint | null | undefined): number | null => (rials === null || rials === undefined ? null : Number(rials));

/** A whole percent, or nothing when there is nothing to divide by. */
export const percentCell = (part: number, whole: number): number | null => (whole > 0 ? Math.round((100 * part) / whole) : null);

// A formatter is costly to build (a case row has several dates): one per time zone.
const jalaliFormats = new Map<string, Intl.DateTimeFormat>();

/** The Jalali day in `timeZone` as text, 1405/09/08 (Latin digits, so it sorts and filters in any spreadsheet). */
export function jalaliDay(date: Date | null | undefined, timeZone: string): string | null {
  if (!date) return null;
  let format = jalaliFormats.get(timeZone);
  if (!format)
    jalaliFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", { year: "numeric", month: "2-digit", day: "2-digit", timeZone })),
    );
  const parts = format.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}/${part("month")}/${part("day")}`;
}

/** Excel's rules for a tab's name: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
function sheetName(name: string, taken: Set<string>): string {
  const clean =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let unique = clean;
  for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${clean.slice(0, 28)} ${i}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/**
 * Writes sheets of typed columns with write-excel-file: headers in the reader's language in a
 * bold frozen first row, right-to-left sheets for Persian, numbers as numeric cells.
 */
export async function writeWorkbook(reader: WorkbookReader, sheets: SheetSpec<never>[]): Promise<Buffer> {
  const taken = new Set<string>();
  const book: Sheet<never>[] = sheets.map((spec) => {
    const columns = spec.columns as Column<unknown>[];
    const header: Cell[] = columns.map((c) => ({ value: reader.t(reader.language, c.key), fontWeight: "bold", wrap: true }));
    const rows: Cell[][] = (spec.rows as unknown[]).map((row) => columns.map((c) => c.value(row)));
    return {
      sheet: sheetName(reader.t(reader.language, spec.name), taken),
      data: [header, ...rows],
      columns: columns.map((c) => ({ width: c.width ?? 14 })),
      stickyRowsCount: 1,
      rightToLeft: reader.language === "fa",
    };
  });
  return writeXlsxFile(book).toBuffer();
}

/** A sheet of typed rows (the generic parameter is checked here, then erased for the writer). */
export const sheet = <R>(spec: SheetSpec<R>): SheetSpec<never> => spec as unknown as SheetSpec<never>;

/** A sheet of figures, one label and one value a row (a report's summary, a fund's statement). */
export const figuresSheet = (name: string, rows: { label: string; value: CellValue }[], widths: [number, number] = [36, 20]): SheetSpec<never> =>
  sheet({
    name,
    columns: [
      { key: "xlsx-figure", width: widths[0], value: (r: (typeof rows)[number]) => r.label },
      { key: "xlsx-value", width: widths[1], value: (r) => r.value },
    ],
    rows,
  });
