import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";

export interface ReadSheet {
  name: string;
  /** The cells as read-excel-file reads them: numbers as numbers, text as text, empty as null. */
  rows: (string | number | boolean | null)[][];
  /** The sheet view's right-to-left flag. */
  rtl: boolean;
  /** The sheet's XML, to look for what must not be in it. */
  xml: string;
}

/**
 * A written workbook opened by another library than the one that wrote it (read-excel-file for
 * the cells), and the package's XML read with fflate for what it does not expose (the RTL flag).
 */
export async function readWorkbook(file: Buffer): Promise<ReadSheet[]> {
  const sheets = await readXlsxFile(file);
  const zip = unzipSync(new Uint8Array(file));
  const text = (path: string) => strFromU8(zip[path]!);
  const rels = new Map([...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const targets = [...text("xl/workbook.xml").matchAll(/<sheet [^>]*r:id="([^"]+)"/g)].map((m) => `xl/${rels.get(m[1]!)!.replace(/^\/?xl\//, "")}`);
  return sheets.map((s, i) => {
    const xml = text(targets[i]!);
    return { name: s.sheet, rows: s.data as ReadSheet["rows"], rtl: /<sheetView [^>]*rightToLeft="1"/.test(xml), xml };
  });
}

/** Every text of the package (shared strings and sheets), to look for what must not be in it. */
export function workbookText(file: Buffer): string {
  const zip = unzipSync(new Uint8Array(file));
  return Object.values(zip)
    .map((bytes) => strFromU8(bytes))
    .join("\n");
}

/** A sheet's rows as objects keyed by its header row. */
export function records(sheet: ReadSheet): Record<string, string | number | boolean | null>[] {
  const [header, ...rows] = sheet.rows;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i] ?? null])));
}
