import type { FundExportRow } from "../../domain/stats/community.ts";
import type { BaseContext } from "../context.ts";
import { csvCell } from "./csv.ts";

const COLUMNS = [
  "csv-fund",
  "csv-county",
  "csv-village",
  "csv-fund-stage",
  "csv-fund-members",
  "csv-fund-trustees",
  "csv-fund-balance",
  "csv-fund-contributed",
  "csv-fund-lent-out",
  "csv-fund-open-loans",
  "csv-fund-on-time",
] as const;

/** The funds' statements, UTF-8 with a byte-order mark like the applications' CSV. */
export function fundsCsv(ctx: BaseContext, rows: FundExportRow[]): Buffer {
  const lang = ctx.user.language;
  const lines = [
    COLUMNS.map((c) => csvCell(ctx.t(c))).join(","),
    ...rows.map((r) =>
      [
        r.name,
        r.county[lang],
        r.village[lang],
        ctx.t(`fund-stage-${r.stage}`),
        r.members,
        r.trustees,
        r.balanceRials,
        r.contributedRials,
        r.lentOutRials,
        r.openLoans,
        r.onTimePercent,
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}
