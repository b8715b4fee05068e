import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { View } from "./view.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where the console lives on the HTTP server. */
export const BASE = "/web";

/** A page of the console: the header (sections, language, sign out) around `body`; `bare` for the sign-in pages and print. */
export function page(view: View, options: { title: string; body: Html; signedIn?: boolean; print?: boolean; path?: string }): Html {
  const other = view.language === "fa" ? "en" : "fa";
  const back = encodeURIComponent(options.path ?? `${BASE}/cases`);
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
                ${
                  options.signedIn
                    ? html`<nav>
                        <a href="${BASE}/cases">${view.t("web-nav-cases")}</a>
                        <a href="${BASE}/reports">${view.t("web-nav-reports")}</a>
                      </nav>`
                    : ""
                }
                <span class="spacer"></span>
                <a class="language" href="${BASE}/language/${other}?back=${back}" lang="${other}">${view.t("web-other-language")}</a>
                ${
                  options.signedIn
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
export function messagePage(view: View, title: string, message: string, signedIn = false): Html {
  return page(view, {
    title,
    signedIn,
    body: html`<section class="message">
      <h1>${title}</h1>
      <p>${message}</p>
    </section>`,
  });
}
