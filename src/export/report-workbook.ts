import { medianDays, type Figures, type WorkingGroupReport } from "../domain/report/working-group.ts";
import type { ReportCase, ReportExport } from "../domain/report/cases.ts";
import { figuresSheet, jalaliDay, percentCell, rialsCell, sheet, writeWorkbook, type CellValue, type Column, type WorkbookReader } from "./workbook.ts";

/** The report's file name: karyar-report-1405-09.xlsx (a month), -1405-s3 (a season), -1405 (a year). */
export function reportFileName(report: WorkingGroupReport): string {
  const { year, month, season } = report.range;
  const part = report.period === "month" ? `-${String(month).padStart(2, "0")}` : report.period === "season" ? `-s${season}` : "";
  return `karyar-report-${year}${part}.xlsx`;
}

/** The working group's figures as columns, the same for the province, a county, a body or both. */
function figureColumns<R extends Figures>(): Column<R>[] {
  return [
    { key: "xlsx-registered", value: (f) => f.registered },
    { key: "xlsx-requested-rials", width: 20, value: (f) => rialsCell(f.requestedRials) },
    { key: "xlsx-introduced", value: (f) => f.introduced },
    { key: "xlsx-paid", value: (f) => f.paid },
    { key: "xlsx-paid-rials", width: 20, value: (f) => rialsCell(f.paidRials) },
    { key: "xlsx-paid-within", value: (f) => f.paidWithinRule },
    { key: "xlsx-within-percent", value: (f) => percentCell(f.paidWithinRule, f.paid) },
    { key: "xlsx-median-days", value: (f) => medianDays(f.daysHistogram) },
    { key: "xlsx-returned", value: (f) => f.returned },
    { key: "xlsx-committed-jobs", value: (f) => f.committedJobs },
    { key: "xlsx-reported-loans", value: (f) => f.reportedLoans },
    { key: "xlsx-realized-jobs", value: (f) => f.realizedJobs },
    { key: "xlsx-realized-percent", value: (f) => percentCell(f.realizedJobs, f.committedJobs) },
    { key: "xlsx-new-jobs", value: (f) => f.newJobs },
    { key: "xlsx-kept-jobs", value: (f) => f.keptJobs },
    { key: "xlsx-employers", value: (f) => f.employers },
    { key: "xlsx-self-employed", value: (f) => f.selfEmployed },
    { key: "xlsx-jobs-per-plan", value: (f) => (f.paid > 0 ? Math.round((10 * f.committedJobs) / f.paid) / 10 : null) },
    { key: "xlsx-permits", value: (f) => f.permitsIssued },
    // The permits' yearly jobs answers (businesses with no paid loan), apart from the loans' follow-ups.
    { key: "xlsx-permits-reported", width: 18, value: (f) => f.permitsReported },
    { key: "xlsx-permit-jobs", width: 18, value: (f) => f.permitJobs },
    { key: "xlsx-permit-employers", width: 18, value: (f) => f.permitEmployers },
    { key: "xlsx-permit-self-employed", width: 18, value: (f) => f.permitSelfEmployed },
  ];
}

/**
 * The report as a workbook: the period and the province's figures, one sheet per table of the
 * report (counties ranked, introducing bodies, county by body) and one row per case. Names only
 * when the export carries them (the reader's role may see them); never national IDs or phones.
 */
export async function reportWorkbook(data: ReportExport, reader: WorkbookReader): Promise<Buffer> {
  const { t, language: lang, timeZone } = reader;
  const { report, cases } = data;
  const tr = (key: string) => t(lang, key);
  const body = (b: string | null) => (b ? tr(`body-${b}`) : tr("report-no-body"));
  const figures = figureColumns();
  // The period and the rule, then the province's figures: one label and one value a row.
  const summary: { label: string; value: CellValue }[] = [
    { label: tr("xlsx-period"), value: tr(`report-period-${report.period}`) },
    { label: tr("xlsx-from"), value: jalaliDay(report.range.from, timeZone) },
    { label: tr("xlsx-to"), value: jalaliDay(new Date(report.range.to.getTime() - 1), timeZone) },
    { label: tr("xlsx-rule-days"), value: report.ruleDays },
    ...figures.map((c) => ({ label: tr(c.key), value: c.value(report.total) })),
    { label: tr("xlsx-cases-total"), value: data.casesTotal },
    // A sheet of the oldest cases only, when there are more than a sheet keeps: said, not hidden.
    ...(cases.length < data.casesTotal ? [{ label: tr("xlsx-cases-shown"), value: cases.length }] : []),
  ];
  const caseColumns: Column<ReportCase>[] = [
    { key: "csv-code", width: 12, value: (c) => c.trackingCode },
    { key: "csv-kind", value: (c) => tr(`kind-${c.kind}`) },
    { key: "csv-status", width: 18, value: (c) => tr(`status-${c.status}`) },
    { key: "csv-county", value: (c) => c.county[lang] },
    { key: "xlsx-village", value: (c) => c.village?.[lang] ?? null },
    ...(data.names
      ? [
          { key: "csv-applicant", width: 20, value: (c: ReportCase) => c.named?.applicant ?? null },
          { key: "csv-business", width: 20, value: (c: ReportCase) => c.named?.business ?? null },
        ]
      : []),
    { key: "xlsx-body", width: 22, value: (c) => (c.kind === "loan" ? body(c.introducingBody) : null) },
    { key: "csv-program", width: 22, value: (c) => c.program?.[lang] ?? null },
    { key: "xlsx-submitted", width: 12, value: (c) => jalaliDay(c.submittedAt, timeZone) },
    { key: "xlsx-requested-rials", width: 18, value: (c) => rialsCell(c.requestedRials) },
    { key: "xlsx-committed-jobs", value: (c) => c.plannedJobs },
    { key: "xlsx-bank", width: 18, value: (c) => (c.bank ? tr(`bank-${c.bank.bank}`) : null) },
    { key: "xlsx-branch", value: (c) => c.bank?.branch ?? null },
    { key: "xlsx-introduced-on", width: 12, value: (c) => jalaliDay(c.bank?.introducedAt, timeZone) },
    { key: "xlsx-paid-on", width: 12, value: (c) => jalaliDay(c.paidAt, timeZone) },
    { key: "xlsx-paid-rials", width: 18, value: (c) => rialsCell(c.paidRials) },
    { key: "xlsx-days-to-payment", value: (c) => c.daysToPayment },
    { key: "xlsx-return-reason", width: 22, value: (c) => (c.bank?.returnReason ? tr(`return-reason-${c.bank.returnReason}`) : null) },
    { key: "xlsx-jobs-months", value: (c) => c.jobs?.monthsAfter ?? null },
    { key: "xlsx-self-works", value: (c) => (c.jobs ? tr(c.jobs.selfWorks ? "xlsx-yes" : "xlsx-no") : null) },
    { key: "xlsx-new-jobs", value: (c) => c.jobs?.newJobs ?? null },
    { key: "xlsx-kept-jobs", value: (c) => c.jobs?.keptJobs ?? null },
    { key: "xlsx-realized-jobs", value: (c) => (c.jobs ? (c.jobs.selfWorks ? 1 : 0) + c.jobs.newJobs + c.jobs.keptJobs : null) },
    { key: "xlsx-jobs-verified", value: (c) => (c.jobs ? tr(c.jobs.verified ? "xlsx-yes" : "xlsx-no") : null) },
    { key: "xlsx-permit-issued", width: 12, value: (c) => jalaliDay(c.permitIssuedAt, timeZone) },
    ...(data.names ? [{ key: "csv-permit", width: 16, value: (c: ReportCase) => c.named?.permitNumber ?? null }] : []),
  ];
  return writeWorkbook(reader, [
    figuresSheet("xlsx-sheet-summary", summary),
    sheet({
      name: "xlsx-sheet-counties",
      columns: [
        { key: "xlsx-rank", width: 6, value: (r: WorkingGroupReport["counties"][number]) => report.counties.indexOf(r) + 1 },
        { key: "csv-county", value: (r) => r.county[lang] },
        ...figureColumns<WorkingGroupReport["counties"][number]>(),
      ],
      rows: report.counties,
    }),
    sheet({
      name: "xlsx-sheet-bodies",
      columns: [
        { key: "xlsx-body", width: 24, value: (r: WorkingGroupReport["bodies"][number]) => body(r.body) },
        ...figureColumns<WorkingGroupReport["bodies"][number]>(),
      ],
      rows: report.bodies,
    }),
    sheet({
      name: "xlsx-sheet-county-body",
      columns: [
        { key: "csv-county", value: (r: WorkingGroupReport["rows"][number]) => r.county[lang] },
        { key: "xlsx-body", width: 24, value: (r) => body(r.body) },
        ...figureColumns<WorkingGroupReport["rows"][number]>(),
      ],
      rows: [...report.rows].sort((a, b) => a.county.en.localeCompare(b.county.en) || (a.body ?? "").localeCompare(b.body ?? "")),
    }),
    sheet({ name: "xlsx-sheet-cases", columns: caseColumns, rows: cases }),
    // Today's community figures (not the period's), as /report shows them.
    sheet({
      name: "xlsx-sheet-funds",
      columns: [
        { key: "csv-county", value: (r: ReportExport["community"]["byCounty"][number]) => r.county[lang] },
        { key: "xlsx-funds", value: (r) => r.funds },
        { key: "xlsx-cooperatives", value: (r) => r.cooperatives },
        { key: "xlsx-unions", value: (r) => r.unions },
        { key: "xlsx-member-jobs", width: 20, value: (r) => r.jobs },
      ],
      rows: data.community.byCounty,
    }),
    sheet({
      name: "xlsx-sheet-facilitators",
      columns: [
        { key: "xlsx-facilitator", width: 24, value: (r: ReportExport["community"]["byFacilitator"][number]) => r.name },
        { key: "xlsx-facilitator-cases", width: 18, value: (r) => r.cases },
      ],
      rows: data.community.byFacilitator,
    }),
    // Cases per county and target group (the groups the programs list, as the cases applied as), the period's.
    sheet({
      name: "xlsx-sheet-groups",
      columns: [
        { key: "csv-county", value: (r: WorkingGroupReport["groups"][number]) => r.county[lang] },
        { key: "xlsx-group", width: 24, value: (r) => tr(`group-${r.group}`) },
        { key: "xlsx-registered", value: (r) => r.registered },
        { key: "xlsx-requested-rials", width: 20, value: (r) => rialsCell(r.requestedRials) },
        { key: "xlsx-introduced", value: (r) => r.introduced },
        { key: "xlsx-paid", value: (r) => r.paid },
        { key: "xlsx-paid-rials", width: 20, value: (r) => rialsCell(r.paidRials) },
      ],
      rows: report.groups,
    }),
  ]);
}
