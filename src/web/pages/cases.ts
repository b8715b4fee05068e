import { Hono } from "hono";
import { html } from "hono/html";
import { APPLICATION_KINDS, APPLICATION_STATUSES, BUSINESS_CATEGORIES } from "../../domain/catalog.ts";
import { caseFilterChoices, CASES_PAGE_SIZE, searchCases, type CaseRow } from "../../domain/review/search.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { WebDeps } from "../deps.ts";
import type { WebEnv } from "../env.ts";
import { page, type Html } from "../layout.ts";
import type { View } from "../view.ts";
import { caseQuery, casesUrl, SEARCH_MAX_LENGTH, toCaseFilter, tooLongSearches, type CaseQuery } from "./case-filter.ts";

const option = (value: string | number, label: string, selected: string | number | undefined) =>
  html`<option value="${value}" ${String(selected ?? "") === String(value) ? "selected" : ""}>${label}</option>`;

/** The queue: filters, search, sorting and paging over searchCases (the domain scopes it to the reader). */
export function casesRoutes(deps: WebDeps) {
  return new Hono<WebEnv>().get("/", async (c) => {
    const view = c.var.view;
    const raw = c.req.query();
    const query = caseQuery.parse(raw);
    const actorId = c.var.session.userId;
    const tooLong = tooLongSearches(raw);
    const [result, choices] = await Promise.all([
      tooLong.length > 0 ? { items: [], total: 0 } : searchCases(deps, actorId, toCaseFilter(query), deps.config.reminders.slaDays),
      caseFilterChoices(deps, actorId),
    ]);
    // What was typed stays in the box, to be shortened.
    const typed = (name: "q" | "village") => (tooLong.includes(name) ? raw[name] : query[name]) ?? "";
    const lang = view.language;
    const pages = Math.max(1, Math.ceil(result.total / CASES_PAGE_SIZE));
    const current = query.page ?? 0;
    const filters = html`<form method="get" class="filters" role="search">
      <input type="search" name="q" value="${typed("q")}" placeholder="${view.t("web-search-placeholder")}" aria-label="${view.t("web-search")}" />
      <select name="county" aria-label="${view.t("web-filter-county")}">
        ${option("", view.t("web-filter-county-all"), query.county)} ${choices.counties.map((r) => option(r.id, r[lang], query.county))}
      </select>
      <select name="kind" aria-label="${view.t("web-filter-kind")}">
        ${option("", view.t("web-filter-kind-all"), query.kind)} ${APPLICATION_KINDS.map((k) => option(k, view.t(`kind-${k}`), query.kind))}
      </select>
      <select name="status" aria-label="${view.t("web-filter-status")}">
        ${option("open", view.t("web-filter-status-open"), query.status ?? "open")} ${option("all", view.t("web-filter-status-all"), query.status)}
        ${APPLICATION_STATUSES.map((s) => option(s, view.t(`status-${s}`), query.status))}
      </select>
      <select name="program" aria-label="${view.t("web-filter-program")}">
        ${option("", view.t("web-filter-program-all"), query.program)} ${choices.programs.map((p) => option(p.id, p[lang], query.program))}
      </select>
      <select name="category" aria-label="${view.t("web-filter-category")}">
        ${option("", view.t("web-filter-category-all"), query.category)} ${BUSINESS_CATEGORIES.map((k) => option(k, view.t(`category-${k}`), query.category))}
      </select>
      <input
        type="search"
        name="village"
        value="${typed("village")}"
        placeholder="${view.t("web-filter-village")}"
        aria-label="${view.t("web-filter-village")}"
      />
      ${
        choices.facilitators.length > 0
          ? html`<select name="facilitator" aria-label="${view.t("web-filter-facilitator")}">
              ${option("", view.t("web-filter-facilitator-all"), query.facilitator)} ${choices.facilitators.map((f) => option(f.id, f.name, query.facilitator))}
            </select>`
          : ""
      }
      <label class="check"><input type="checkbox" name="overdue" value="1" ${query.overdue ? "checked" : ""} /> ${view.t("web-filter-overdue")}</label>
      ${query.sort ? html`<input type="hidden" name="sort" value="${query.sort}" />` : ""}
      ${query.desc ? html`<input type="hidden" name="desc" value="1" />` : ""}
      <button type="submit">${view.t("web-filter-apply")}</button>
      <a href="/web/cases">${view.t("web-filter-clear")}</a>
    </form>`;
    const body = html`<h1>${view.t("web-cases-title")}</h1>
      ${filters}
      ${tooLong.length > 0 ? html`<p class="notice refused" role="alert">${view.t("web-search-too-long", { max: view.number(SEARCH_MAX_LENGTH) })}</p>` : ""}
      <p class="count">${view.t("web-cases-count", { count: view.number(result.total) })}</p>
      ${result.items.length === 0 ? html`<p class="empty">${view.t("web-cases-empty")}</p>` : casesTable(view, result.items, query)}
      ${pager(view, query, current, pages)}`;
    return c.html(page(view, { title: view.t("web-cases-title"), body, session: c.var.session, path: `${c.req.path}${new URL(c.req.url).search}` }));
  });
}

function sortLink(view: View, query: CaseQuery, sort: NonNullable<CaseQuery["sort"]>, label: string): Html {
  const active = (query.sort ?? "submitted") === sort;
  const desc = active && !query.desc ? "1" : undefined;
  const arrow = active ? (query.desc ? " ▼" : " ▲") : "";
  return html`<a href="${casesUrl({ ...query, sort, desc, page: undefined })}" aria-sort="${active ? (query.desc ? "descending" : "ascending") : "none"}"
    >${label}${arrow}</a
  >`;
}

function casesTable(view: View, items: CaseRow[], query: CaseQuery): Html {
  const lang = view.language;
  return html`<table class="cases">
    <thead>
      <tr>
        <th>${sortLink(view, query, "code", view.t("web-col-code"))}</th>
        <th>${view.t("web-col-applicant")}</th>
        <th>${view.t("web-col-business")}</th>
        <th>${view.t("web-col-county")}</th>
        <th>${view.t("web-col-kind")}</th>
        <th>${sortLink(view, query, "status", view.t("web-col-status"))}</th>
        <th>${sortLink(view, query, "submitted", view.t("web-col-submitted"))}</th>
        <th>${sortLink(view, query, "changed", view.t("web-col-changed"))}</th>
      </tr>
    </thead>
    <tbody>
      ${items.map(
        (r) =>
          html`<tr class="${r.overdue ? "overdue" : ""}" data-case="${r.trackingCode}">
            <td>
              <a href="/web/cases/${r.id}"><bdi>${formatTrackingCode(r.trackingCode)}</bdi></a>
            </td>
            <td>${r.applicantName}</td>
            <td>${r.businessName}</td>
            <td>${r.county[lang]}</td>
            <td>${view.t(`kind-${r.kind}`)}${r.program ? html`<br /><small>${r.program[lang]}</small>` : ""}</td>
            <td>
              <span class="status status-${r.status}">${view.t(`status-${r.status}`)}</span>
              ${r.overdue ? html`<span class="badge">${view.t("web-overdue")}</span>` : ""}
              ${r.permitNumber ? html`<br /><small><bdi>${r.permitNumber}</bdi></small>` : ""}
            </td>
            <td>${view.date(r.submittedAt)}</td>
            <td>${view.date(r.statusChangedAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function pager(view: View, query: CaseQuery, current: number, pages: number): Html {
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="${view.t("web-pages")}">
    ${current > 0 ? html`<a href="${casesUrl({ ...query, page: current - 1 })}" rel="prev">${view.t("web-page-previous")}</a>` : ""}
    <span>${view.t("web-page-of", { page: view.number(current + 1), pages: view.number(pages) })}</span>
    ${current + 1 < pages ? html`<a href="${casesUrl({ ...query, page: current + 1 })}" rel="next">${view.t("web-page-next")}</a>` : ""}
  </nav>`;
}
