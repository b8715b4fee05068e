import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Role } from "../domain/catalog.ts";
import { consoleSections, type WebSession } from "../domain/web-sessions.ts";
import type { View } from "./view.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where the console lives on the HTTP server. */
export const BASE = "/web";

/** Where a session lands: the first section its role opens (the queue for staff, the reports for observers). */
export function homePath(role: Role): string {
  return consoleSections(role)[0] === "reports" ? `${BASE}/reports` : `${BASE}/cases`;
}

/**
 * A page of the console: the header (the sections this reader may open, language, sign out)
 * around `body`; no session for the sign-in pages, `print` for the printable case file.
 */
export function page(view: View, options: { title: string; body: Html; session?: WebSession; print?: boolean; path?: string }): Html {
  const other = view.language === "fa" ? "en" : "fa";
  const back = encodeURIComponent(options.path ?? homePath(options.session?.role ?? "coordinator"));
  return html`<!doctype html>
    <html lang="${view.language}" dir="${view.dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${view.t("web-title")}</title>
        <link rel="stylesheet" href="${BASE}/assets/console.css" />
      </head>
      <body class="${options.print ? "print" : ""}">
        ${
          options.print
            ? ""
            : html`<header class="top">
                <strong class="brand">${view.t("web-title")}</strong>
                ${options.session ? nav(view, options.session) : ""}
                <span class="spacer"></span>
                <a class="language" href="${BASE}/language/${other}?back=${back}" lang="${other}">${view.t("web-other-language")}</a>
                ${
                  options.session
                    ? html`<form method="post" action="${BASE}/sign-out" class="inline">
                        <button type="submit" class="link">${view.t("web-sign-out")}</button>
                      </form>`
                    : ""
                }
              </header>`
        }
        <main>${options.body}</main>
      </body>
    </html>`;
}

/** A short page with one message (signed out, a refused link, not found). */
export function messagePage(view: View, title: string, message: string, session?: WebSession): Html {
  return page(view, {
    title,
    session,
    body: html`<section class="message">
      <h1>${title}</h1>
      <p>${message}</p>
    </section>`,
  });
}

/** The sections this reader may open (the domain's consoleSections): no link to any other. */
function nav(view: View, session: WebSession): Html {
  const sections = consoleSections(session.role);
  return html`<nav>
    ${sections.includes("cases") ? html`<a href="${BASE}/cases">${view.t("web-nav-cases")}</a>` : ""}
    ${sections.includes("reports") ? html`<a href="${BASE}/reports">${view.t("web-nav-reports")}</a>` : ""}
    ${
      sections.includes("admin")
        ? html`<a href="${BASE}/staff">${view.t("web-nav-staff")}</a> <a href="${BASE}/broadcasts">${view.t("web-nav-broadcasts")}</a>
            <a href="${BASE}/catalog">${view.t("web-nav-catalog")}</a>`
        : ""
    }
  </nav>`;
}
