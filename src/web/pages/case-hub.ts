import { html } from "hono/html";
import { hubContact, hubHeading } from "../../bot/views/hub.ts";
import { feedsOf } from "../../domain/hubs/hubs.ts";
import type { CaseDetails } from "../../domain/review/cases.ts";
import type { Html } from "../layout.ts";
import type { View } from "../view.ts";

/** The county's conversion-industry hub on a case page: what it buys from the business's field, whom to contact, and the link (a form). */
export function caseHub(view: View, c: CaseDetails): Html {
  const ctx = { t: view.t, user: { language: view.language } };
  const lang = view.language;
  const { countyHub, linked } = c.hub;
  const form = (action: "link" | "unlink", label: string) =>
    html`<form method="post" action="/web/cases/${c.id}/hub" class="action">
      <button type="submit" name="action" value="${action}">${label}</button>
    </form>`;
  const what = countyHub ? feedsOf(countyHub, c.business.category)[0]?.what[lang] : undefined;
  return html`<section class="hub">
    <h2>${view.t("web-hub-title")}</h2>
    ${linked ? html`<p>${view.t("case-hub-linked", { name: linked.name[lang] })}</p>` : ""}
    ${
      countyHub
        ? html`${hubHeading(ctx, countyHub).map((line) => html`<p>${line}</p>`)}
            <p>
              ${
                what
                  ? view.t("case-hub-feeds", { name: countyHub.name[lang], what })
                  : view.t("case-hub-not-fed", { name: countyHub.name[lang], field: view.t(`category-${c.business.category}`) })
              }
            </p>
            <p>${hubContact(ctx, countyHub)}</p>`
        : html`<p>${view.t("web-hub-none")}</p>`
    }
    ${linked ? form("unlink", view.t("btn-case-hub-unlink")) : countyHub ? form("link", view.t("btn-case-hub-link")) : ""}
  </section>`;
}
