import { Hono } from "hono";
import type { HtmlEscapedString } from "hono/utils/html";
import { html } from "hono/html";
import { applicationsCsv } from "../../bot/views/csv.ts";
import {
  hubReport,
  medianDays,
  REPORT_PERIODS,
  workingGroupReport,
  type Figures,
  type HubRow,
  type ReportPeriod,
  type WorkingGroupReport,
} from "../../domain/report/working-group.ts";
import { z } from "zod";
import { workingGroupExport } from "../../domain/report/cases.ts";
import { reportWorkbookFile } from "../../export/report-file.ts";
import { reportFileName } from "../../export/report-workbook.ts";
import { XLSX_TYPE } from "../../export/workbook.ts";
import { searchCases } from "../../domain/review/search.ts";
import type { Role } from "../../domain/catalog.ts";
import { applicationsForExport } from "../../domain/stats/export.ts";
import { applicationStats, type Count } from "../../domain/stats/stats.ts";
import { consoleSections } from "../../domain/web-sessions.ts";
import type { WebDeps } from "../deps.ts";
import type { WebEnv } from "../env.ts";
import { BASE, page, type Html } from "../layout.ts";
import type { View } from "../view.ts";
import { casesUrl } from "./case-filter.ts";

interface Bar {
  label: string;
  count: number;
  /** The queue showing exactly the cases counted (none where no filter can say which). */
  href?: string;
}

/** A bar chart in HTML: every bar and number is a link to the cases behind it. */
function chart(view: View, title: string, bars: Bar[]): Html {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return html`<section class="chart">
    <h2>${title}</h2>
    ${
      bars.length === 0
        ? html`<p class="empty">—</p>`
        : html`<ul>
            ${bars.map((b) => {
              // Widths in steps of 5% from the style sheet: the policy allows no inline style.
              const inner = html`<span class="label">${b.label}</span>
                <span class="bar"><span class="w-${Math.round((b.count / max) * 20) * 5}"></span></span>
                <span class="value">${view.number(b.count)}</span>`;
              return html`<li>${b.href ? html`<a href="${b.href}">${inner}</a>` : html`<span class="row">${inner}</span>`}</li>`;
            })}
          </ul>`
    }
  </section>`;
}

/** Staff only: the figures of the cases they may see, each bar a link to the queue showing those cases, and the spreadsheet. */
async function caseFigures(deps: WebDeps, view: View, me: number, role: Role): Promise<HtmlEscapedString> {
  const [stats, overdue] = await Promise.all([
    applicationStats(deps, me),
    searchCases(deps, me, { status: "all", overdue: true, pageSize: 1 }, deps.config.reminders.slaDays),
  ]);
  const bars = <K>(counts: Count<K>[], label: (k: K) => string, query: (k: K) => Parameters<typeof casesUrl>[0]) =>
    counts.map((x) => ({ label: label(x.key), count: x.count, href: casesUrl({ status: "all", ...query(x.key) }) }));
  const figure = (label: string, value: number, href?: string) =>
    html`<div class="figure">
      <span class="value">${href ? html`<a href="${href}">${view.number(value)}</a>` : view.number(value)}</span><span class="label">${label}</span>
    </div>`;
  const weeks = stats.approvalsPerWeek.map((w) => ({
    label: view.date(w.weekStart),
    count: w.count,
    href: casesUrl({ status: "all", approved: w.weekStart.toISOString() }),
  }));
  return html`<p>${view.t("web-report-scope", { scope: view.t(role === "admin" ? "stats-scope-all" : "stats-scope-mine") })}</p>
    <div class="figures">
      ${figure(view.t("web-report-total"), stats.total, casesUrl({ status: "all" }))}
      ${figure(view.t("web-report-overdue"), overdue.total, casesUrl({ status: "all", overdue: "1" }))}
      ${figure(view.t("web-report-jobs"), stats.plannedJobs, casesUrl({ status: "all" }))}
    </div>
    <p><a class="button" href="/web/reports/export.csv" download>${view.t("web-export")}</a></p>
    <div class="charts">
      ${chart(
        view,
        view.t("web-report-by-status"),
        bars(
          stats.byStatus,
          (s) => view.t(`status-${s}`),
          (s) => ({ status: s }),
        ),
      )}
      ${chart(
        view,
        view.t("web-report-by-county"),
        bars(
          stats.byCounty,
          (k) => k[view.language],
          (k) => ({ county: k.id }),
        ),
      )}
      ${chart(
        view,
        view.t("web-report-by-kind"),
        bars(
          stats.byKind,
          (k) => view.t(`kind-${k}`),
          (k) => ({ kind: k }),
        ),
      )}
      ${chart(
        view,
        view.t("web-report-by-category"),
        bars(
          stats.byCategory,
          (k) => view.t(`category-${k}`),
          (k) => ({ category: k }),
        ),
      )}
      ${chart(view, view.t("web-report-approvals"), weeks)}
    </div>`;
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

/** The working group's figures in the columns of one table row: counts, amounts, days and jobs. */
function figureCells(view: View, f: Figures): Html {
  const median = medianDays(f.daysHistogram);
  return html`<td>${view.number(f.registered)}</td>
    <td>${view.number(f.introduced)}</td>
    <td>${view.number(f.paid)}</td>
    <td>${view.money(f.paidRials)}</td>
    <td>${view.number(f.returned)}</td>
    <td>${median === null ? "—" : view.number(Math.round(median))}</td>
    <td>${view.t("web-wg-percent", { n: view.number(percent(f.paidWithinRule, f.paid)) })}</td>
    <td>${view.number(f.committedJobs)}</td>
    <td>${view.number(f.realizedJobs)} (${view.t("web-wg-percent", { n: view.number(percent(f.realizedJobs, f.committedJobs)) })})</td>
    <td>${view.number(f.permitsIssued)}</td>`;
}

const FIGURE_COLUMNS = ["registered", "introduced", "paid", "paid-amount", "returned", "median", "within", "committed", "realized", "permits"] as const;

/** One row per county or body (a label, then its figures); a dash when the period had none. */
function figuresTable(view: View, name: string, first: string, rows: { label: string; figures: Figures }[]): Html {
  if (rows.length === 0) return html`<p class="empty">—</p>`;
  return html`<div class="wide">
    <table class="cases ${name}">
      <thead>
        <tr>
          <th>${first}</th>
          ${FIGURE_COLUMNS.map((k) => html`<th>${view.t(`web-wg-col-${k}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th>${row.label}</th>
              ${figureCells(view, row.figures)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The working group's report (the bot's /report) for a Jalali month, season or year: the
 * province's figures, the counties ranked, the introducing bodies. Figures only: no case behind them.
 */
function workingGroupSection(view: View, r: WorkingGroupReport): Html {
  const lang = view.language;
  const t = r.total;
  const figure = (label: string, value: string) => html`<div class="figure"><span class="value">${value}</span><span class="label">${label}</span></div>`;
  return html`<section class="working-group">
    <h2>${view.t("web-wg-title")}</h2>
    <nav class="periods" aria-label="${view.t("web-wg-period")}">
      ${REPORT_PERIODS.map((p) =>
        p === r.period
          ? html`<strong>${view.t(`report-period-${p}`)}</strong>`
          : html`<a href="${BASE}/reports?period=${p}">${view.t(`report-period-${p}`)}</a>`,
      )}
    </nav>
    <p>
      ${view.t("web-wg-range", {
        from: view.date(r.range.from),
        to: view.date(new Date(r.range.to.getTime() - 1)),
        days: view.number(r.ruleDays),
      })}
    </p>
    <section class="downloads">
      <h3>${view.t("web-report-xlsx-title")}</h3>
      <p>
        ${REPORT_PERIODS.map(
          (p) =>
            html`<a class="button" href="${BASE}/reports/report.xlsx?period=${p}" download
              >${view.t("web-report-xlsx", { period: view.t(`report-period-${p}`) })}</a
            > `,
        )}
      </p>
    </section>
    <div class="figures">
      ${figure(view.t("web-wg-col-registered"), view.number(t.registered))} ${figure(view.t("web-wg-col-introduced"), view.number(t.introduced))}
      ${figure(view.t("web-wg-col-paid"), view.number(t.paid))} ${figure(view.t("web-wg-col-paid-amount"), view.money(t.paidRials))}
      ${figure(view.t("web-wg-col-returned"), view.number(t.returned))}
      ${figure(view.t("web-wg-col-within"), view.t("web-wg-percent", { n: view.number(percent(t.paidWithinRule, t.paid)) }))}
      ${figure(view.t("web-wg-col-committed"), view.number(t.committedJobs))} ${figure(view.t("web-wg-col-realized"), view.number(t.realizedJobs))}
      ${figure(view.t("web-wg-new-jobs"), view.number(t.newJobs))} ${figure(view.t("web-wg-kept-jobs"), view.number(t.keptJobs))}
      ${figure(view.t("web-wg-employers"), view.number(t.employers))} ${figure(view.t("web-wg-self-employed"), view.number(t.selfEmployed))}
      ${figure(view.t("web-wg-col-permits"), view.number(t.permitsIssued))} ${figure(view.t("web-wg-permit-jobs"), view.number(t.permitJobs))}
      ${figure(view.t("web-wg-permit-employers"), view.number(t.permitEmployers))}
      ${figure(view.t("web-wg-permit-self-employed"), view.number(t.permitSelfEmployed))}
    </div>
    <h3>${view.t("web-wg-counties")}</h3>
    ${figuresTable(
      view,
      "report-counties",
      view.t("web-wg-county"),
      r.counties.map((c, i) => ({ label: `${view.number(i + 1)}. ${c.county[lang]}`, figures: c })),
    )}
    <h3>${view.t("web-wg-bodies")}</h3>
    ${figuresTable(
      view,
      "report-bodies",
      view.t("web-wg-body"),
      r.bodies.map((b) => ({ label: b.body ? view.t(`body-${b.body}`) : view.t("report-no-body"), figures: b })),
    )}
    ${
      r.groups.length === 0
        ? ""
        : html`<h3>${view.t("report-groups")}</h3>
            <table class="cases report-groups">
              <thead>
                <tr>
                  ${["web-wg-county", "xlsx-group", "web-wg-col-registered", "web-wg-col-introduced", "web-wg-col-paid"].map((k) => html`<th>${view.t(k)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${r.groups.map(
                  (g) =>
                    html`<tr>
                      <td>${g.county[lang]}</td>
                      <td>${view.t(`group-${g.group}`)}</td>
                      <td>${view.number(g.registered)}</td>
                      <td>${view.number(g.introduced)}</td>
                      <td>${view.number(g.paid)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
    }
    <div class="charts">
      ${chart(
        view,
        view.t("report-chart-paid"),
        r.counties.map((c) => ({ label: c.county[lang], count: c.paid })),
      )}
      ${chart(
        view,
        view.t("report-chart-bodies"),
        r.bodies.map((b) => ({ label: b.body ? view.t(`body-${b.body}`) : view.t("report-no-body"), count: b.paid })),
      )}
    </div>
  </section>`;
}

/** The businesses linked to each conversion-industry hub and their jobs, as things stand. */
function hubTable(view: View, hubs: HubRow[]): Html {
  return html`<section class="hubs">
    <h2>${view.t("web-report-hubs")}</h2>
    ${
      hubs.length === 0
        ? html`<p class="empty">${view.t("report-hubs-none")}</p>`
        : html`<table class="cases">
            <thead>
              <tr>
                ${["name", "county", "businesses", "planned", "realized"].map((k) => html`<th>${view.t(`web-report-hub-${k}`)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${hubs.map(
                (h) =>
                  html`<tr>
                    <td>${h.name[view.language]}</td>
                    <td>${h.county[view.language]}</td>
                    <td>${view.number(h.businesses)}</td>
                    <td>${view.number(h.plannedJobs)}</td>
                    <td>${view.number(h.realizedJobs)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

const periodQuery = z.object({ period: z.enum(REPORT_PERIODS).default("month") });

const isPeriod = (value: string | undefined): value is ReportPeriod => REPORT_PERIODS.includes(value as ReportPeriod);

/**
 * Reports: the working group's report for whoever may read it (observers too), and for staff
 * the figures of their cases (the same as /stats) with drill-down to those cases and the
 * spreadsheet. An observer reads figures only: no case, no link to one.
 */
export function reportRoutes(deps: WebDeps) {
  // With the alerts off (0), the report still counts against the rule itself (as /report).
  const ruleDays = deps.config.reminders.bankPaymentDays || undefined;
  return new Hono<WebEnv>()
    .get("/", async (c) => {
      const view = c.var.view;
      const me = c.var.session.userId;
      const period = c.req.query("period");
      const report = await workingGroupReport(deps, me, isPeriod(period) ? period : "year", ruleDays);
      const readsCases = consoleSections(c.var.session.role).includes("cases");
      const hubs = await hubReport(deps, me);
      const body = html`<h1>${view.t("web-reports-title")}</h1>
        ${readsCases ? await caseFigures(deps, view, me, c.var.session.role) : ""} ${workingGroupSection(view, report)} ${hubTable(view, hubs)}`;
      return c.html(page(view, { title: view.t("web-reports-title"), body, session: c.var.session, path: "/web/reports" }));
    })
    .get("/report.xlsx", async (c) => {
      // The same spreadsheet as /report in the bot, through the same use case: a coordinator gets their counties only.
      const view = c.var.view;
      const query = periodQuery.safeParse(c.req.query());
      if (!query.success) return c.notFound();
      const data = await workingGroupExport(deps, c.var.session.userId, query.data.period, ruleDays);
      const xlsx = await reportWorkbookFile(data, { t: deps.translate, language: view.language, timeZone: deps.config.timeZone });
      return c.body(new Uint8Array(xlsx), 200, { "content-type": XLSX_TYPE, "content-disposition": `attachment; filename="${reportFileName(data.report)}"` });
    })
    .get("/export.csv", async (c) => {
      const view = c.var.view;
      const rows = await applicationsForExport(deps, c.var.session.userId);
      const name = `karyar-applications-${deps.clock.now().toISOString().slice(0, 10)}.csv`;
      const csv = applicationsCsv({ t: view.t, user: { language: view.language } }, rows, deps.config.timeZone);
      return c.body(new Uint8Array(csv), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` });
    });
}
