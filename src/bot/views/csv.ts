import type { ExportRow } from "../../domain/stats/export.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { formatDateTime } from "../../i18n/format.ts";
import type { Language } from "../../domain/catalog.ts";

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | bigint | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = [
  "csv-code",
  "csv-kind",
  "csv-status",
  "csv-submitted",
  "csv-submitted-iso",
  "csv-county",
  "csv-village",
  "csv-applicant",
  "csv-business",
  "csv-category",
  "csv-jobs",
  "csv-capital",
  "csv-program",
  "csv-amount",
  "csv-permit",
] as const;

/** UTF-8 with a byte-order mark, so spreadsheet programs show Persian correctly (the bot's /export and the console's download). */
export function applicationsCsv(ctx: { t(key: string): string; user: { language: Language } }, rows: ExportRow[], timeZone: string): Buffer {
  const lang = ctx.user.language;
  const lines = [
    COLUMNS.map((c) => csvCell(ctx.t(c))).join(","),
    ...rows.map((r) =>
      [
        formatTrackingCode(r.trackingCode),
        ctx.t(`kind-${r.kind}`),
        ctx.t(`status-${r.status}`),
        formatDateTime(r.submittedAt, lang, timeZone),
        r.submittedAt.toISOString(),
        r.county[lang],
        r.village,
        r.applicant,
        r.businessName,
        ctx.t(`category-${r.category}`),
        r.plannedJobs,
        r.capitalRials,
        r.program?.[lang] ?? null,
        r.amountRials,
        r.permitNumber,
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}
