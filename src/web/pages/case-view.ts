import { html } from "hono/html";
import type { ApplicationStatus } from "../../domain/catalog.ts";
import { BANKS, RETURN_REASONS } from "../../domain/loans/bank.ts";
import type { CaseDetails } from "../../domain/review/cases.ts";
import type { RequiredDocument } from "../../domain/documents/checklist.ts";
import { identityWarning } from "../../domain/review/identity.ts";
import type { Transition } from "../../domain/review/transitions.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { CONFIRMED_MOVES } from "../../shared/buttons.ts";
import type { Html } from "../layout.ts";
import type { View } from "../view.ts";

/** The bot's button words for each move; a move added to the state machine later shows as its status until it gets one. */
const MOVE_LABELS: Partial<Record<ApplicationStatus, string>> = {
  under_review: "btn-case-review",
  approved: "btn-case-approve",
  issued: "btn-case-issue",
  awaiting_second_body: "btn-case-send-second-body",
  second_body_refused: "btn-case-second-body-refused",
  referred_to_bank: "btn-case-refer",
  paid: "btn-case-paid",
  documents_requested: "btn-case-docs",
  rejected: "btn-case-reject",
};

/** Today in Tehran as a Jalali date, "1405/09/11", the form's default day. */
function jalaliToday(timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    new Date(),
  );
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}/${part("month")}/${part("day")}`;
}

const row = (label: string, value: Html | string) =>
  html`<tr>
    <th>${label}</th>
    <td>${value}</td>
  </tr>`;

/** Applicant, business, loan and permit: the facts of the case (the national ID and mobile only on the case page and its print). */
export function caseFacts(view: View, c: CaseDetails): Html {
  const lang = view.language;
  const warning = identityWarning(c.identityMatches);
  return html`<div class="facts">
    <section>
      <h2>${view.t("web-case-applicant")}</h2>
      <table class="kv">
        ${row(view.t("web-col-applicant"), c.applicant.fullName)} ${row(view.t("web-national-id"), html`<bdi>${c.applicant.nationalId}</bdi>`)}
        ${row(view.t("web-phone"), html`<bdi>${c.applicant.phone.replace(/^\+98/, "0")}</bdi>`)}
      </table>
      ${
        warning
          ? html`<p class="warning">
              ${view.t(warning.key, warning.args)}
              ${c.identityMatches.filter((m) => m.openable).map((m) => html` <a href="/web/cases/${m.applicationId}"><bdi>${formatTrackingCode(m.trackingCode)}</bdi></a>`)}
            </p>`
          : ""
      }
    </section>
    <section>
      <h2>${view.t("web-case-business")}</h2>
      <table class="kv">
        ${row(view.t("web-col-business"), c.business.name)} ${row(view.t("web-category"), view.t(`category-${c.business.category}`))}
        ${row(view.t("web-col-county"), c.county[lang])} ${row(view.t("web-village"), c.business.village)}
        ${row(view.t("web-workplace"), view.t(`workplace-${c.business.workplaceKind}`))} ${row(view.t("web-jobs"), view.number(c.business.plannedJobs))}
        ${row(view.t("web-capital"), view.money(c.business.capitalRials))} ${row(view.t("web-description"), c.business.description)}
      </table>
    </section>
    ${c.portal ? portalSection(view, c) : ""}
    ${
      c.loan
        ? html`<section>
            <h2>${view.t("kind-loan")}</h2>
            <table class="kv">
              ${row(view.t("web-col-program"), c.loan.program[lang])} ${row(view.t("web-amount"), view.money(c.loan.amountRials))}
              ${row(view.t("web-repayment"), view.t("months-count", { count: c.loan.repaymentMonths }))} ${row(view.t("web-purpose"), c.loan.purpose)}
            </table>
          </section>`
        : ""
    }
    ${
      c.permit
        ? html`<section>
            <h2>${view.t("web-permit")}</h2>
            <table class="kv">
              ${row(view.t("web-permit-number"), html`<bdi>${c.permit.number}</bdi>`)} ${row(view.t("web-permit-issued"), view.date(c.permit.issuedAt))}
              ${row(view.t("web-permit-expires"), view.date(c.permit.expiresAt))}
            </table>
          </section>`
        : ""
    }
  </div>`;
}

export function caseHeading(view: View, c: CaseDetails): Html {
  return html`<h1>${view.t("web-case-title", { code: formatTrackingCode(c.trackingCode) })}</h1>
    <p class="summary">
      <span>${view.t(`kind-${c.kind}`)}</span> · <span class="status status-${c.status}">${view.t(`status-${c.status}`)}</span> ·
      <span>${view.t("web-submitted-on", { date: view.dateTime(c.submittedAt) })}</span> ·
      <span>${view.t("web-assignee", { name: c.assignedTo ?? view.t("case-nobody") })}</span>
    </p>
    ${secondBodyNote(view, c)}`;
}

/** A starred field's second body: waiting for its approval, its refusal and why, or that the field needs it (as the bot says it). */
function secondBodyNote(view: View, c: CaseDetails): Html {
  const body = c.secondBody;
  if (!body || c.status === "issued") return html``;
  const name = body.name[view.language];
  const text =
    c.status === "awaiting_second_body"
      ? view.t("app-second-body-waiting", { body: name })
      : c.status === "second_body_refused" && body.refusal
        ? view.t("app-second-body-refused", { body: name, reason: body.refusal.name[view.language] })
        : view.t("app-second-body-needed", { body: name });
  return html`<p class="second-body">${text}</p>`;
}

export function caseHistory(view: View, c: CaseDetails): Html {
  return html`<section>
    <h2>${view.t("app-history-title")}</h2>
    <ol class="history">
      ${c.history.map(
        (h) =>
          html`<li>
            <time>${view.dateTime(h.at)}</time> <strong>${view.t(`status-${h.to}`)}</strong>
            ${h.actor ? html`<span>${view.t("history-by", { name: h.actor })}</span>` : ""} ${h.note ? html`<q>${h.note}</q>` : ""}
          </li>`,
      )}
    </ol>
  </section>`;
}

/** Every document received, shown in the page: images inline, PDFs in a frame. */
export function caseDocuments(view: View, c: CaseDetails, options: { frames: boolean }): Html {
  const names = new Map(c.checklist.map((d) => [d.code, d.name[view.language]]));
  const checklist =
    c.checklist.length === 0
      ? ""
      : html`<ul class="checklist">
          ${c.checklist.map(
            (d) =>
              html`<li class="${d.received > 0 ? "received" : d.requested ? "requested" : "missing"}">
                ${d.name[view.language]} —
                ${d.received > 0 ? view.t("web-doc-received", { count: d.received }) : view.t(d.requested ? "web-doc-requested" : "web-doc-missing")}
              </li>`,
          )}
        </ul>`;
  return html`<section>
    <h2>${view.t("web-case-documents")}</h2>
    ${checklist} ${c.files.length === 0 ? html`<p class="empty">${view.t("web-no-documents")}</p>` : ""}
    <div class="documents">
      ${c.files.map((f) => {
        const src = `/web/cases/${c.id}/files/${f.id}`;
        const name = names.get(f.documentCode) ?? f.documentCode;
        const preview =
          f.kind === "pdf"
            ? options.frames
              ? html`<iframe src="${src}" title="${name}"></iframe>`
              : ""
            : html`<img src="${src}" alt="${name}" loading="lazy" />`;
        return html`<figure class="document" data-document="${f.documentCode}">
          ${preview}
          <figcaption><a href="${src}" target="_blank" rel="noopener">${name}</a> · <time>${view.dateTime(f.createdAt)}</time></figcaption>
        </figure>`;
      })}
    </div>
  </section>`;
}

/** The same actions as the bot's buttons: what the state machine lets this reader do now (the server checks again). */
export function caseActions(view: View, c: CaseDetails, moves: Transition[], requestable: RequiredDocument[], me: number): Html {
  // The bank steps ask for what the bot's conversation asks: the bank and branch, the day, the amount, the reason.
  const asksMore = (m: Transition) =>
    m.needsDocuments || m.needsNote || m.needsBankIntroduction || m.needsPayment || m.needsReturnReason || m.needsSecondBodyReason;
  const today = jalaliToday(view.timeZone);
  const dayField = html`<label>${view.t("web-bank-day")}<input name="day" value="${today}" inputmode="numeric" pattern="[0-9۰-۹/-]{8,10}" required /></label>`;
  const version = html`<input type="hidden" name="version" value="${c.version}" />`;
  const forms = moves.map((m) => {
    const label = view.t(m.from === "awaiting_second_body" && m.to === "issued" ? "btn-case-second-body-ok" : (MOVE_LABELS[m.to] ?? `status-${m.to}`));
    const head = html`<input type="hidden" name="to" value="${m.to}" />${version}`;
    if (m.needsDocuments) {
      return html`<form method="post" action="/web/cases/${c.id}/status" class="action docs">
        ${head}
        <fieldset>
          <legend>${label}</legend>
          ${requestable.map((d) => html`<label class="check"><input type="checkbox" name="documents" value="${d.code}" /> ${d.name[view.language]}</label>`)}
          <label>${view.t("web-note-optional")}<textarea name="note" rows="2" maxlength="500"></textarea></label>
          <button type="submit">${label}</button>
        </fieldset>
      </form>`;
    }
    if (m.needsBankIntroduction) {
      return html`<form method="post" action="/web/cases/${c.id}/status" class="action bank">
        ${head}
        <fieldset>
          <legend>${label}</legend>
          <label
            >${view.t("web-bank")}<select name="bank" required>
              ${BANKS.map((b) => html`<option value="${b}">${view.t(`bank-${b}`)}</option>`)}
            </select></label
          >
          <label>${view.t("web-bank-branch")}<input name="branch" minlength="2" maxlength="80" required /></label>
          ${dayField}
          <button type="submit">${label}</button>
        </fieldset>
      </form>`;
    }
    if (m.needsPayment) {
      return html`<form method="post" action="/web/cases/${c.id}/status" class="action bank">
        ${head}
        <fieldset>
          <legend>${label}</legend>
          <label>${view.t("web-bank-amount")}<input name="amount" required /></label>
          ${dayField}
          <label class="check sure"><input type="checkbox" name="sure" value="1" required /> ${view.t("btn-case-sure", { action: label })}</label>
          <button type="submit">${label}</button>
        </fieldset>
      </form>`;
    }
    if (m.needsReturnReason) {
      return html`<form method="post" action="/web/cases/${c.id}/status" class="action bank">
        ${head}
        <fieldset>
          <legend>${label}</legend>
          <label
            >${view.t("web-bank-return-reason")}<select name="returnReason" required>
              ${RETURN_REASONS.map((r) => html`<option value="${r}">${view.t(`return-reason-${r}`)}</option>`)}
            </select></label
          >
          <label>${view.t("web-note-optional")}<textarea name="note" rows="2" maxlength="500"></textarea></label>
          <button type="submit" class="danger">${label}</button>
        </fieldset>
      </form>`;
    }
    if (m.needsSecondBodyReason) {
      // The reasons of this case's body only (data/second-bodies.json), in the reader's language.
      return html`<form method="post" action="/web/cases/${c.id}/status" class="action reject">
        ${head}
        <fieldset>
          <legend>${label}</legend>
          <label
            >${view.t("web-second-body-reason")}<select name="secondBodyReason" required>
              ${(c.secondBody?.reasons ?? []).map((r) => html`<option value="${r.code}">${r.name[view.language]}</option>`)}
            </select></label
          >
          <label>${view.t("web-note-optional")}<textarea name="note" rows="2" maxlength="500"></textarea></label>
          <button type="submit" class="danger">${label}</button>
        </fieldset>
      </form>`;
    }
    if (m.needsNote) {
      return html`<form method="post" action="/web/cases/${c.id}/status" class="action reject">
        ${head}
        <fieldset>
          <legend>${label}</legend>
          <label>${view.t("web-reason")}<textarea name="note" rows="2" minlength="3" maxlength="500" required></textarea></label>
          <button type="submit" class="danger">${label}</button>
        </fieldset>
      </form>`;
    }
    // What cannot be undone asks for one more tick, as the bot asks for one more tap.
    const sure = CONFIRMED_MOVES.includes(m.to as (typeof CONFIRMED_MOVES)[number])
      ? html`<label class="check sure"><input type="checkbox" name="sure" value="1" required /> ${view.t("btn-case-sure", { action: label })}</label>`
      : "";
    return html`<form method="post" action="/web/cases/${c.id}/status" class="action">
      ${sure}<button type="submit" name="to" value="${m.to}">${label}</button>${version}
    </form>`;
  });
  const assign =
    c.assignedToId !== me && moves.length > 0
      ? html`<form method="post" action="/web/cases/${c.id}/assign" class="action">${version}<button type="submit">${view.t("btn-case-assign")}</button></form>`
      : "";
  if (forms.length === 0 && !assign) return html``;
  return html`<section class="actions">
    <h2>${view.t("web-case-actions")}</h2>
    <div class="buttons">${forms.filter((_, i) => !asksMore(moves[i]!))} ${assign}</div>
    ${forms.filter((_, i) => asksMore(moves[i]!))}
  </section>`;
}

/** The jobs the applicant reported after payment, each to verify as it is or correct (as the bot's buttons do). */
export function caseJobs(view: View, c: CaseDetails): Html {
  if (c.jobs.length === 0) return html``;
  const number = (name: string, value: number) =>
    html`<label>${view.t(`web-jobs-${name}`)}<input type="number" name="${name}" min="0" max="500" value="${value}" required /></label>`;
  return html`<section class="jobs">
    <h2>${view.t("web-jobs-title")}</h2>
    ${c.jobs.map(
      (j) =>
        html`<div class="jobs-report">
          <p>
            ${view.t(c.kind === "home_permit" ? "web-jobs-line-permit" : "web-jobs-line", { months: j.monthsAfter, self: view.t(j.selfWorks ? "web-yes" : "web-no"), new: j.newJobs, kept: j.keptJobs })}
            · ${view.t(j.verified ? (j.corrected ? "web-jobs-corrected" : "web-jobs-verified") : "web-jobs-waiting")}
          </p>
          ${
            j.verified
              ? ""
              : html`<form method="post" action="/web/cases/${c.id}/jobs/${j.id}" class="action">
                    <button type="submit" name="action" value="verify">${view.t("web-jobs-verify")}</button>
                  </form>
                  <form method="post" action="/web/cases/${c.id}/jobs/${j.id}" class="action">
                    <fieldset>
                      <legend>${view.t("web-jobs-correct")}</legend>
                      <label class="check"
                        ><input type="checkbox" name="selfWorks" value="1" ${j.selfWorks ? "checked" : ""} /> ${view.t("web-jobs-self")}</label
                      >
                      ${number("newJobs", j.newJobs)} ${number("keptJobs", j.keptJobs)}
                      <button type="submit" name="action" value="correct">${view.t("web-jobs-correct")}</button>
                    </fieldset>
                  </form>`
          }
        </div>`,
    )}
  </section>`;
}

/** The permit's record as the national home-business permits portal asks for it (the case page only: its reader is authorized for the case). */
function portalSection(view: View, c: CaseDetails): Html {
  const p = c.portal!;
  const birth = p.birthDate ? view.date(new Date(`${p.birthDate}T12:00:00+03:30`)) : view.t("case-portal-not-given");
  return html`<section class="portal">
    <h2>${view.t("web-case-portal")}</h2>
    <table class="kv">
      ${row(view.t("web-col-applicant"), p.fullName)} ${row(view.t("web-national-id"), html`<bdi>${p.nationalId}</bdi>`)}
      ${row(view.t("web-phone"), html`<bdi>${p.phone.replace(/^\+98/, "0")}</bdi>`)} ${row(view.t("web-birth-date"), html`<bdi>${birth}</bdi>`)}
      ${row(view.t("web-activity-field"), view.t(`category-${p.activityField}`))} ${row(view.t("web-col-business"), p.businessName)}
      ${row(view.t("web-workplace"), view.t(`workplace-${p.workplaceKind}`))} ${row(view.t("web-col-county"), p.county[view.language])}
      ${row(view.t("web-village"), p.village)}
    </table>
  </section>`;
}
