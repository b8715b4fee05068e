import type { LoanState } from "../domain/funds/book.ts";
import type { FundStatement } from "../domain/funds/funds.ts";
import { figuresSheet, jalaliDay, rialsCell, sheet, writeWorkbook, type CellValue, type WorkbookReader } from "./workbook.ts";

/** A fund statement's file name: karyar-fund-12-1405-09-11.xlsx (the fund's number and the Jalali day it was drawn). */
export function fundFileName(s: FundStatement, now: Date, timeZone: string): string {
  return `karyar-fund-${s.fund.id}-${jalaliDay(now, timeZone)!.replaceAll("/", "-")}.xlsx`;
}

/**
 * A fund statement as a workbook: the figures the statement message shows (balance, money lent
 * out, repayment on time, members), the members with their savings, and the loans with what
 * remains and the next installment. The same names the statement shows its reader, nothing more.
 */
export async function fundWorkbook(s: FundStatement, now: Date, reader: WorkbookReader): Promise<Buffer> {
  const { t, language: lang, timeZone } = reader;
  const tr = (key: string) => t(lang, key);
  const f = s.figures;
  const summary: { label: string; value: CellValue }[] = [
    { label: tr("xlsx-fund"), value: s.fund.name },
    { label: tr("xlsx-fund-stage"), value: tr(`fund-stage-${s.fund.stage}`) },
    { label: tr("csv-county"), value: s.fund.county[lang] },
    { label: tr("xlsx-village"), value: s.fund.village[lang] },
    { label: tr("xlsx-fund-as-of"), value: jalaliDay(now, timeZone) },
    { label: tr("xlsx-fund-balance-rials"), value: rialsCell(f.balanceRials) },
    { label: tr("xlsx-fund-contributed-rials"), value: rialsCell(f.contributedRials) },
    { label: tr("xlsx-fund-lent-out-rials"), value: rialsCell(f.lentOutRials) },
    { label: tr("xlsx-fund-open-loans"), value: f.openLoans },
    { label: tr("xlsx-fund-on-time-percent"), value: f.onTimePercent },
    { label: tr("xlsx-fund-members"), value: s.members.length },
    { label: tr("xlsx-fund-trustees"), value: s.trustees },
  ];
  const name = (memberId: number) => s.members.find((m) => m.memberId === memberId)?.name ?? "—";
  return writeWorkbook(reader, [
    figuresSheet("xlsx-sheet-fund", summary, [32, 24]),
    sheet({
      name: "xlsx-sheet-members",
      columns: [
        { key: "xlsx-member", width: 24, value: (m: FundStatement["members"][number]) => m.name },
        { key: "xlsx-member-role", value: (m) => tr(m.role === "trustee" ? "xlsx-trustee" : "xlsx-member-plain") },
        { key: "xlsx-fund-contributed-rials", width: 18, value: (m) => rialsCell(m.contributedRials) },
      ],
      rows: s.members,
    }),
    sheet({
      name: "xlsx-sheet-loans",
      columns: [
        { key: "xlsx-member", width: 24, value: (l: LoanState) => name(l.memberId) },
        { key: "xlsx-loan-rials", width: 18, value: (l) => rialsCell(l.amountRials) },
        { key: "xlsx-repaid-rials", width: 18, value: (l) => rialsCell(l.repaidRials) },
        { key: "xlsx-remaining-rials", width: 18, value: (l) => rialsCell(l.remainingRials) },
        { key: "xlsx-next-due", width: 12, value: (l) => jalaliDay(l.next?.dueAt, timeZone) },
        { key: "xlsx-next-due-rials", width: 18, value: (l) => rialsCell(l.next?.dueRials) },
        { key: "xlsx-installments-due", value: (l) => l.due },
        { key: "xlsx-installments-on-time", value: (l) => l.onTime },
      ],
      rows: f.loans,
    }),
  ]);
}
