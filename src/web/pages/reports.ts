import { Hono } from "hono";
import { html } from "hono/html";
import { applicationsCsv } from "../../bot/views/csv.ts";
import { hubReport, type HubRow } from "../../domain/report/working-group.ts";
import { searchCases } from "../../domain/review/search.ts";
import { applicationsForExport } from "../../domain/stats/export.ts";
import { applicationStats, type Count } from "../../domain/stats/stats.ts";
import type { WebDeps } from "../deps.ts";
import type { WebEnv } from "../env.ts";
import { page, type Html } from "../layout.ts";
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

/** Reports: the working group's figures (the same as /stats), drill-down to the cases, and the spreadsheet. */
export function reportRoutes(deps: WebDeps) {
  return new Hono<WebEnv>()
    .get("/", async (c) => {
      const view = c.var.view;
      const me = c.var.session.userId;
      const [stats, overdue, hubs] = await Promise.all([
        applicationStats(deps, me),
        searchCases(deps, me, { status: "all", overdue: true, pageSize: 1 }, deps.config.reminders.slaDays),
        hubReport(deps, me),
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
      const body = html`<h1>${view.t("web-reports-title")}</h1>
        <p>${view.t("web-report-scope", { scope: view.t(c.var.session.role === "admin" ? "stats-scope-all" : "stats-scope-mine") })}</p>
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
        </div>
        ${hubTable(view, hubs)}`;
      return c.html(page(view, { title: view.t("web-reports-title"), body, session: c.var.session, path: "/web/reports" }));
    })
    .get("/export.csv", async (c) => {
      const view = c.var.view;
      const rows = await applicationsForExport(deps, c.var.session.userId);
      const name = `karyar-applications-${deps.clock.now().toISOString().slice(0, 10)}.csv`;
      const csv = applicationsCsv({ t: view.t, user: { language: view.language } }, rows, deps.config.timeZone);
      return c.body(new Uint8Array(csv), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` });
    });
}
