import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { FundStatement } from "../../domain/funds/funds.ts";
import type { LoanState } from "../../domain/funds/book.ts";
import type { Progress } from "../../domain/funds/thresholds.ts";
import { formatDate, formatInteger } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BaseContext } from "../context.ts";
import { money } from "./program.ts";

const id = z.coerce.number().int().positive();
/** A fund's page and its keepers' actions: open, new entries, correct, trustees, add a person, a new join link, the statement as a spreadsheet; creating one. */
export const fundButton = callbackFamily(
  "fund",
  z.union([
    z.tuple([z.enum(["open", "contribution", "loan", "repayment", "correct", "trustees", "add", "link", "convert", "convsure", "xlsx"]), id]),
    z.tuple([z.enum(["undo", "addp"]), id, id]),
    /** Make a member a trustee ("on") or a member again ("off"): what the button showed, so a press on an older list does what it said. */
    z.tuple([z.literal("trustee"), id, id, z.enum(["on", "off"])]),
    z.tuple([z.literal("new")]),
  ]),
);

/** A coordinator forms a union of a county's cooperatives: "form" asks, "sure" records it (the county's id). */
export const unionButton = callbackFamily("union", z.tuple([z.enum(["form", "sure"]), id]));

/** The statement: balance, money lent out, repayment on time, members (trustees marked) with their savings. */
export function fundStatementText(ctx: BaseContext, s: FundStatement): string {
  const lang = ctx.user.language;
  const f = s.figures;
  const lines = [
    ctx.t("fund-statement", {
      name: s.fund.name,
      stage: ctx.t(`fund-stage-${s.fund.stage}`),
      village: s.fund.village[lang],
      county: s.fund.county[lang],
      balance: money(ctx, f.balanceRials),
      contributed: money(ctx, f.contributedRials),
      lentOut: money(ctx, f.lentOutRials),
      loans: formatInteger(f.openLoans, lang),
      onTime: f.onTimePercent === null ? ctx.t("fund-on-time-none") : `${formatInteger(f.onTimePercent, lang)}٪`,
      members: formatInteger(s.members.length, lang),
      trustees: formatInteger(s.trustees, lang),
    }),
  ];
  if (s.trustees !== 3) lines.push(ctx.t("fund-trustees-usual", { count: s.trustees }));
  for (const m of s.members) {
    lines.push(ctx.t(m.role === "trustee" ? "fund-member-trustee" : "fund-member-line", { name: m.name, contributed: money(ctx, m.contributedRials) }));
  }
  return lines.join("\n");
}

/** How far the fund is toward its next stage, one line per threshold ("6 of 7 members"), and its history. */
export function progressText(
  ctx: BaseContext,
  p: Progress,
  history: { toStage: string; decidedAt: Date }[],
  timeZone: string,
  union: FundStatement["fund"]["union"] = null,
): string {
  const lang = ctx.user.language;
  const lines = history.map((h) => ctx.t("fund-history-line", { stage: ctx.t(`fund-stage-${h.toStage}`), date: formatDate(h.decidedAt, lang, timeZone) }));
  if (union) lines.push(ctx.t("fund-union-line", { name: union.name, date: formatDate(union.since, lang, timeZone) }));
  if (p.next === null) return lines.join("\n");
  lines.push(ctx.t(p.ready ? "fund-progress-ready" : "fund-progress-title", { stage: ctx.t(`fund-stage-${p.next}`) }));
  for (const m of p.measures) {
    const shown = (v: number | string | null) => (v === null ? "—" : m.measure === "capital" ? money(ctx, BigInt(v)) : formatInteger(Number(v), lang));
    lines.push(`${m.met ? "✅" : "⏳"} ${ctx.t(`fund-progress-${m.measure}`, { have: shown(m.have), need: shown(m.need) })}`);
  }
  return lines.join("\n");
}

/** A fund's page: the keepers' actions; for a coordinator of its county, the conversion once it is ready; for every reader, the statement as a spreadsheet. */
export function fundKeyboard(ctx: BaseContext, s: FundStatement, progress?: Progress): InlineKeyboard {
  const k = new InlineKeyboard();
  const reviewer = (ctx.user.role === "coordinator" || ctx.user.role === "admin") && progress?.ready === true;
  if (reviewer) k.text(ctx.t("btn-fund-convert", { stage: ctx.t(`fund-stage-${progress.next}`) }), fundButton.pack("convert", s.fund.id)).row();
  else if (s.keeps) {
    k.text(ctx.t("btn-fund-contribution"), fundButton.pack("contribution", s.fund.id)).text(ctx.t("btn-fund-loan"), fundButton.pack("loan", s.fund.id)).row();
    k.text(ctx.t("btn-fund-repayment"), fundButton.pack("repayment", s.fund.id)).text(ctx.t("btn-fund-correct"), fundButton.pack("correct", s.fund.id)).row();
    k.text(ctx.t("btn-fund-trustees"), fundButton.pack("trustees", s.fund.id)).text(ctx.t("btn-fund-add"), fundButton.pack("add", s.fund.id)).row();
    k.text(ctx.t("btn-fund-link"), fundButton.pack("link", s.fund.id)).row();
  }
  return k.text(ctx.t("btn-fund-xlsx"), fundButton.pack("xlsx", s.fund.id));
}

/** One loan as its borrower sees it: amount, repaid, what remains and the next installment. */
export function loanLine(ctx: BaseContext, loan: LoanState, timeZone: string): string {
  const lang = ctx.user.language;
  if (!loan.next) return ctx.t("fund-loan-repaid", { amount: money(ctx, loan.amountRials) });
  return ctx.t("fund-loan-line", {
    amount: money(ctx, loan.amountRials),
    repaid: money(ctx, loan.repaidRials),
    remaining: money(ctx, loan.remainingRials),
    next: money(ctx, loan.next.dueRials),
    due: formatDate(loan.next.dueAt, lang, timeZone),
  });
}
