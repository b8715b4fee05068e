import { InlineKeyboard } from "grammy";
import { APPLICATION_KINDS, type ApplicationKind, type ApplicationStatus } from "../../domain/catalog.ts";
import type { CaseDetails, PortalRecord, QueueItem } from "../../domain/review/cases.ts";
import { formatBirthDate } from "./my-data.ts";
import { identityButton, identityWarning } from "../../domain/review/identity.ts";
import type { CaseSecondBody } from "../../domain/review/second-body.ts";
import { OPEN_STATUSES } from "../../domain/review/transitions.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { DAY_MS } from "../../domain/local-time.ts";
import { caseButton, queueButton, type CASE_FLOWS, type CASE_MOVES } from "../../shared/buttons.ts";
import { formatDate, formatDateTime, formatInteger } from "../../i18n/format.ts";
import type { BaseContext } from "../context.ts";
import { checklistView } from "./checklist.ts";
import { paginate, type Page } from "./pager.ts";
import { money } from "./program.ts";

/**
 * Everything a responsible coordinator needs to decide, national ID included (shown only
 * here), one page at a time: the history grows with every request and note, so the page is
 * laid out in blocks (src/bot/views/pager.ts).
 */
export function casePage(ctx: BaseContext, c: CaseDetails, timeZone: string, page = 0): Page {
  const lang = ctx.user.language;
  const blocks = [
    ctx.t("case-page", {
      code: formatTrackingCode(c.trackingCode),
      kind: ctx.t(`kind-${c.kind}`),
      status: ctx.t(`status-${c.status}`),
      assignee: c.assignedTo ?? ctx.t("case-nobody"),
      date: formatDateTime(c.submittedAt, lang, timeZone),
      name: c.applicant.fullName,
      nationalId: c.applicant.nationalId,
      phone: c.applicant.phone.replace(/^\+98/, "0"),
      business: c.business.name,
      category: ctx.t(`category-${c.business.category}`),
      county: c.county[lang],
      village: c.business.village,
      workplace: ctx.t(`workplace-${c.business.workplaceKind}`),
      jobs: formatInteger(c.business.plannedJobs, lang),
      capital: money(ctx, c.business.capitalRials),
      description: c.business.description,
    }),
  ];
  if (c.filedBy) {
    const consent = c.filedBy.consentKind ? ctx.t(`consent-${c.filedBy.consentKind}`) : ctx.t("consent-unknown");
    const date = c.filedBy.consentAt ? formatDate(c.filedBy.consentAt, lang, timeZone) : "";
    blocks.push(ctx.t(c.filedBy.stillHeld ? "case-filed-by" : "case-filed-by-taken", { name: c.filedBy.name, consent, date }));
  }
  const warning = identityWarning(c.identityMatches);
  if (warning) blocks.push(ctx.t(warning.key, warning.args));
  if (c.loan) {
    blocks.push(
      ctx.t("app-loan-details", {
        program: c.loan.program[lang],
        amount: money(ctx, c.loan.amountRials),
        months: ctx.t("months-count", { count: c.loan.repaymentMonths }),
        purpose: c.loan.purpose,
      }),
    );
    if (c.loan.introducingBody) blocks.push(ctx.t("app-introducing-body", { body: ctx.t(`body-${c.loan.introducingBody}`) }));
    if (c.targetGroup) blocks.push(ctx.t("case-target-group", { group: ctx.t(`group-${c.targetGroup}`) }));
  }
  if (c.portal) blocks.push(portalBlock(ctx, c.portal, timeZone));
  if (c.referral) blocks.push(referralBlock(ctx, c.referral, timeZone));
  const second = secondBodyLine(ctx, c);
  if (second) blocks.push(second);
  for (const j of c.jobs) {
    blocks.push(
      ctx.t(c.kind === "home_permit" ? "case-jobs-permit" : "case-jobs", {
        months: j.monthsAfter,
        self: ctx.t(j.selfWorks ? "jobs-self-yes" : "jobs-self-no"),
        newJobs: j.newJobs,
        keptJobs: j.keptJobs,
        state: ctx.t(j.corrected ? "case-jobs-corrected" : j.verified ? "case-jobs-verified" : "case-jobs-unverified"),
      }),
    );
  }
  if (c.permit) {
    blocks.push(
      ctx.t("case-permit", {
        number: c.permit.number,
        issued: formatDate(c.permit.issuedAt, lang, timeZone),
        expires: formatDate(c.permit.expiresAt, lang, timeZone),
      }),
    );
  }
  blocks.push(...caseHubLines(ctx, c));
  if (c.checklist.length > 0) blocks.push("", checklistView(ctx, c.trackingCode, c.checklist).text);
  if (c.files.length > 0) blocks.push(ctx.t("case-files", { count: c.files.length }));
  blocks.push("", ctx.t("app-history-title"));
  for (const h of c.history) {
    const parts = [ctx.t("app-history-item", { date: formatDateTime(h.at, lang, timeZone), status: ctx.t(`status-${h.to}`) })];
    if (h.actor) parts.push(ctx.t("history-by", { name: h.actor }));
    if (h.note) parts.push(ctx.t("app-history-note", { note: h.note }));
    blocks.push(parts.join(" "));
  }
  return paginate("", blocks, page, ctx.t("case-continued", { code: formatTrackingCode(c.trackingCode) }));
}

/** The county's hub on a case: linked or not, and what it buys from the business's field (or that it buys nothing from it). */
function caseHubLines(ctx: BaseContext, c: CaseDetails): string[] {
  const lang = ctx.user.language;
  const { countyHub, linked, feeds } = c.hub;
  const lines: string[] = [];
  if (linked) lines.push(ctx.t("case-hub-linked", { name: linked.name[lang] }));
  if (countyHub && countyHub.code !== linked?.code) {
    const what = feeds ? countyHub.buys.find((b) => b.category === c.business.category)!.what[lang] : null;
    lines.push(
      what
        ? ctx.t("case-hub-feeds", { name: countyHub.name[lang], what })
        : ctx.t("case-hub-not-fed", { name: countyHub.name[lang], field: ctx.t(`category-${c.business.category}`) }),
    );
  }
  return lines;
}

/** Where the loan is at the bank: introduced when and where, the decision, the payment (days after the introduction) or the return. */
export function referralBlock(ctx: BaseContext, r: NonNullable<CaseDetails["referral"]>, timeZone: string): string {
  const lang = ctx.user.language;
  const days = (from: Date, to: Date) => formatInteger(Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS)), lang);
  const head = ctx.t("case-bank-referral", {
    bank: ctx.t(`bank-${r.bank}`),
    branch: r.branch,
    introduced: formatDate(r.introducedAt, lang, timeZone),
    days: days(r.introducedAt, new Date()),
  });
  const lines = [r.decision === "approved" && r.decidedAt ? `${head} ${ctx.t("case-bank-approved", { date: formatDate(r.decidedAt, lang, timeZone) })}` : head];
  if (r.paidAt && r.paidAmountRials !== null) {
    lines.push(
      ctx.t("case-bank-paid", { amount: money(ctx, r.paidAmountRials), date: formatDate(r.paidAt, lang, timeZone), days: days(r.introducedAt, r.paidAt) }),
    );
  }
  if (r.returnReason && r.decidedAt)
    lines.push(ctx.t("case-bank-returned", { reason: ctx.t(`return-reason-${r.returnReason}`), date: formatDate(r.decidedAt, lang, timeZone) }));
  return lines.join("\n");
}

/**
 * A starred field's second body, for the applicant's tracking and the coordinator's page: waiting
 * for its approval, its refusal and why, or (before and after) that the field needs it.
 */
export function secondBodyLine(ctx: BaseContext, c: { status: ApplicationStatus; secondBody: CaseSecondBody | null }): string | null {
  const body = c.secondBody;
  if (!body) return null;
  const lang = ctx.user.language;
  if (c.status === "awaiting_second_body") return ctx.t("app-second-body-waiting", { body: body.name[lang] });
  if (c.status === "second_body_refused" && body.refusal) return ctx.t("app-second-body-refused", { body: body.name[lang], reason: body.refusal.name[lang] });
  if (c.status === "issued") return null;
  return ctx.t("app-second-body-needed", { body: body.name[lang] });
}

/** The second body's reasons in place of a case's buttons: one tap records the refusal, or back. */
export function refusalKeyboard(ctx: BaseContext, c: { id: number; version: number; secondBody: CaseSecondBody | null }): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const reason of c.secondBody?.reasons ?? []) keyboard.text(reason.name[ctx.user.language], caseButton.pack("sbr", reason.code, c.id, c.version)).row();
  return keyboard.text(ctx.t("btn-case-back"), caseButton.pack("keys", c.id));
}

const MOVE_LABELS: Record<(typeof CASE_MOVES)[number], string> = {
  under_review: "btn-case-review",
  approved: "btn-case-approve",
  issued: "btn-case-issue",
  awaiting_second_body: "btn-case-send-second-body",
  referred_to_bank: "btn-case-refer",
  bank_approved: "btn-case-bank-approved",
  paid: "btn-case-paid",
};

/** Moves that ask more first: the button opens its conversation. */
const FLOW_MOVES: Partial<Record<ApplicationStatus, { flow: (typeof CASE_FLOWS)[number]; label: string }>> = {
  rejected: { flow: "reject", label: "btn-case-reject" },
  documents_requested: { flow: "docs", label: "btn-case-docs" },
  referred_to_bank: { flow: "refer", label: "btn-case-refer" },
  paid: { flow: "pay", label: "btn-case-paid" },
  bank_returned: { flow: "return", label: "btn-case-bank-return" },
};

/** The actions open to this coordinator now, each naming the version it was shown. */
export function caseKeyboard(ctx: BaseContext, c: CaseDetails): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const move of c.moves) {
    const flow = FLOW_MOVES[move.to];
    if (flow) keyboard.text(ctx.t(flow.label), caseButton.pack(flow.flow, c.id, c.version));
    else if (move.needsSecondBodyReason) keyboard.text(ctx.t("btn-case-second-body-refused"), caseButton.pack("sbno", c.id, c.version));
    else if (move.to === "issued" && move.from === "awaiting_second_body") {
      keyboard.text(ctx.t("btn-case-second-body-ok"), caseButton.pack("to", "issued", c.id, c.version));
    } else if (move.to in MOVE_LABELS) {
      const to = move.to as keyof typeof MOVE_LABELS;
      keyboard.text(ctx.t(MOVE_LABELS[to]), caseButton.pack("to", to, c.id, c.version));
    }
    keyboard.row();
  }
  if (c.assignedToId !== ctx.user.id && c.moves.length > 0) keyboard.text(ctx.t("btn-case-assign"), caseButton.pack("assign", c.id, c.version)).row();
  if (c.files.length > 0) keyboard.text(ctx.t("btn-case-files"), caseButton.pack("files", c.id)).row();
  if (c.hub.linked) keyboard.text(ctx.t("btn-case-hub-unlink"), caseButton.pack("hub", "unlink", c.id)).row();
  else if (c.hub.countyHub) keyboard.text(ctx.t("btn-case-hub-link"), caseButton.pack("hub", "link", c.id)).row();
  for (const match of c.identityMatches.filter((m) => m.openable)) {
    const { label, data } = identityButton(match);
    keyboard.text(label, data).row();
  }
  return keyboard;
}

/** "Are you sure?" in place of a case's buttons: the move (named as on its own button) or back. */
export function confirmKeyboard(ctx: BaseContext, move: (typeof CASE_MOVES)[number], applicationId: number, version: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-case-sure", { action: ctx.t(MOVE_LABELS[move]) }), caseButton.pack("sure", move, applicationId, version))
    .row()
    .text(ctx.t("btn-case-back"), caseButton.pack("keys", applicationId));
}

export interface QueueState {
  status: ApplicationStatus | "all";
  kind: ApplicationKind | "all";
  page: number;
}

function next<T>(options: readonly T[], current: T): T {
  return options[(options.indexOf(current) + 1) % options.length]!;
}

/** The queue page: one button per case, filters that cycle, and paging. */
export function queueView(ctx: BaseContext, items: QueueItem[], total: number, state: QueueState, pageSize: number, timeZone: string) {
  const lang = ctx.user.language;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const title = ctx.t("queue-title", {
    total: formatInteger(total, lang),
    page: state.page + 1,
    pages,
    status: state.status === "all" ? ctx.t("filter-all-statuses") : ctx.t(`status-${state.status}`),
    kind: state.kind === "all" ? ctx.t("filter-all-kinds") : ctx.t(`kind-${state.kind}`),
  });
  const lines = items.map((i) =>
    ctx.t("queue-item", {
      code: formatTrackingCode(i.trackingCode),
      kind: ctx.t(`kind-${i.kind}`),
      status: ctx.t(`status-${i.status}`),
      name: i.applicantName,
      business: i.businessName,
      county: i.county[lang],
      date: formatDate(i.submittedAt, lang, timeZone),
    }),
  );
  const keyboard = new InlineKeyboard();
  for (const i of items) keyboard.text(`📂 ${formatTrackingCode(i.trackingCode)}`, caseButton.pack("open", i.id)).row();
  keyboard
    .text(ctx.t("btn-filter-status"), queueButton.pack(next(["all", ...OPEN_STATUSES], state.status), state.kind, 0))
    .text(ctx.t("btn-filter-kind"), queueButton.pack(state.status, next(["all", ...APPLICATION_KINDS], state.kind), 0))
    .row();
  if (state.page > 0) keyboard.text(ctx.t("btn-prev"), queueButton.pack(state.status, state.kind, state.page - 1));
  if (state.page < pages - 1) keyboard.text(ctx.t("btn-next"), queueButton.pack(state.status, state.kind, state.page + 1));
  return { text: [title, ...(lines.length > 0 ? lines : [ctx.t("queue-empty")])].join("\n\n"), keyboard };
}

/** The permit's record as the national home-business permits portal asks for it, to copy there field by field. */
function portalBlock(ctx: BaseContext, p: PortalRecord, timeZone: string): string {
  return ctx.t("case-portal", {
    name: p.fullName,
    nationalId: p.nationalId,
    phone: p.phone.replace(/^\+98/, "0"),
    birthDate: p.birthDate ? formatBirthDate(ctx, p.birthDate, timeZone) : ctx.t("case-portal-not-given"),
    field: ctx.t(`category-${p.activityField}`),
    business: p.businessName,
    workplace: ctx.t(`workplace-${p.workplaceKind}`),
    county: p.county[ctx.user.language],
    village: p.village,
  });
}
