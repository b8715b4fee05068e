import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { DocumentKind } from "../../domain/programs/catalog-file.ts";
import type { FitResult, Reason } from "../../domain/programs/eligibility.ts";
import type { HubAdvice } from "../../domain/hubs/hubs.ts";
import type { ProgramView } from "../../domain/programs/programs.ts";
import { formatDate, formatList } from "../../i18n/format.ts";
import { formatMoney } from "../../i18n/translator.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BaseContext } from "../context.ts";
import { hubAdviceLines } from "./hub.ts";
import { paginate, withPageRow } from "./pager.ts";

const CODE = z.string().regex(/^[a-z0-9-]{2,32}$/);
export const programButton = callbackFamily(
  "prog",
  z.union([z.tuple([z.literal("page"), z.coerce.number().int().min(0).max(99)]), z.tuple([z.literal("open"), CODE]), z.tuple([z.literal("apply"), CODE])]),
);

export const PROGRAMS_PER_PAGE = 5;

/** Money in the user's language: rials with tomans beside. */
export function money(ctx: BaseContext, rials: number | bigint): string {
  return formatMoney((_, key, params) => ctx.t(key, params), ctx.user.language, BigInt(rials));
}

export function documentKinds(ctx: BaseContext, kinds: DocumentKind[]): string {
  return formatList(
    kinds.map((k) => ctx.t(`doc-kind-${k}`)),
    ctx.user.language,
    "disjunction",
  );
}

function conditions(ctx: BaseContext, p: ProgramView, countyNames: Map<string, string>): string {
  const lang = ctx.user.language;
  const parts: string[] = [];
  if (p.rules.categories)
    parts.push(
      ctx.t("cond-categories", {
        list: formatList(
          p.rules.categories.map((c) => ctx.t(`category-${c}`)),
          lang,
        ),
      }),
    );
  if (p.rules.counties)
    parts.push(
      ctx.t("cond-counties", {
        list: formatList(
          p.rules.counties.map((c) => countyNames.get(c) ?? c),
          lang,
        ),
      }),
    );
  if (p.rules.deprivedAreasOnly) parts.push(ctx.t("cond-deprived"));
  if (p.rules.requiresBusiness) parts.push(ctx.t("cond-business"));
  if (p.rules.requiresPermit) parts.push(ctx.t("cond-permit"));
  return parts.length > 0 ? parts.join("؛ ") : ctx.t("cond-none");
}

/** Everything about one program, in plain words, a page at a time (the catalog's texts can be long); the reader's county hubs last. */
export function programPage(ctx: BaseContext, p: ProgramView, timeZone: string, countyNames: Map<string, string>, hubs: HubAdvice[], page = 0) {
  const lines = [...programText(ctx, p, timeZone, countyNames).split("\n"), ...note16Lines(ctx, p), ...programHubLines(ctx, p, hubs)];
  const shown = paginate("", lines, page, p.name[ctx.user.language]);
  return { text: shown.text, keyboard: withPageRow(ctx, programPageKeyboard(ctx, p), "program", p.code, shown)! };
}

function programText(ctx: BaseContext, p: ProgramView, timeZone: string, countyNames: Map<string, string>): string {
  const lang = ctx.user.language;
  const period =
    p.activeFrom === null
      ? ctx.t("program-period-always")
      : p.activeTo === null
        ? ctx.t("program-period-open", { from: formatDate(new Date(p.activeFrom), lang, timeZone) })
        : ctx.t("program-period", { from: formatDate(new Date(p.activeFrom), lang, timeZone), to: formatDate(new Date(p.activeTo), lang, timeZone) });
  return ctx.t("program-page", {
    name: p.name[lang],
    kind: ctx.t(`program-kind-${p.kind}`),
    provider: p.provider[lang],
    amount:
      p.maxAmountRials > 0 ? ctx.t("program-amount", { min: money(ctx, p.minAmountRials), max: money(ctx, p.maxAmountRials) }) : ctx.t("program-no-amount"),
    terms: p.repaymentMonths > 0 ? ctx.t("program-terms", { rate: p.ratePercent, months: p.repaymentMonths, grace: p.graceMonths }) : ctx.t("program-no-terms"),
    conditions: conditions(ctx, p, countyNames),
    documents: p.documents.map((d) => ctx.t("doc-line", { name: d.name[lang], kinds: documentKinds(ctx, d.accepts) })).join("\n"),
    how: p.howToApply[lang],
    period,
  });
}

function programPageKeyboard(ctx: BaseContext, p: ProgramView): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-apply"), programButton.pack("apply", p.code))
    .row()
    .text(ctx.t("btn-back-to-list"), programButton.pack("page", 0));
}

export function programListPage(ctx: BaseContext, programs: ProgramView[], page: number) {
  const pages = Math.max(1, Math.ceil(programs.length / PROGRAMS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const keyboard = new InlineKeyboard();
  for (const p of programs.slice(current * PROGRAMS_PER_PAGE, (current + 1) * PROGRAMS_PER_PAGE)) {
    keyboard.text(`💼 ${p.name[ctx.user.language]}`, programButton.pack("open", p.code)).row();
  }
  if (current > 0) keyboard.text(ctx.t("btn-prev"), programButton.pack("page", current - 1));
  if (current < pages - 1) keyboard.text(ctx.t("btn-next"), programButton.pack("page", current + 1));
  return { text: ctx.t("programs-title", { page: current + 1, pages }), keyboard };
}

export function reasonsText(ctx: BaseContext, reasons: Reason[]): string {
  return formatList(
    reasons.map((r) => reasonText(ctx, r)),
    ctx.user.language,
  );
}

function reasonText(ctx: BaseContext, r: Reason): string {
  if ("rials" in r) return ctx.t(`why-${r.code}`, { amount: money(ctx, r.rials) });
  if (r.code === "too-young" || r.code === "too-old") return ctx.t(`why-${r.code}`, { age: r.age });
  if (r.code === "prior-loan") return ctx.t("why-prior-loan", { years: r.years });
  if (r.code === "not-in-group") return ctx.t("why-not-in-group", { group: ctx.t(`group-${r.group}`) });
  if (r.code === "field-closed") return r.why ? ctx.t("why-field-closed", { why: r.why[ctx.user.language] }) : ctx.t("why-field-full", { quota: r.quota ?? 0 });
  return ctx.t(`why-${r.code}`);
}

/** Note 16's particulars: the funding line, each introducing body's rate and cap per job, target groups, closed fields. */
function note16Lines(ctx: BaseContext, p: ProgramView): string[] {
  const lang = ctx.user.language;
  const lines: string[] = [];
  if (p.fundingLine) lines.push(ctx.t("program-funding", { line: ctx.t(`funding-${p.fundingLine}`) }));
  for (const b of p.terms.bodies) {
    lines.push(ctx.t("program-body", { body: ctx.t(`body-${b.code}`), rate: b.ratePercent, cap: money(ctx, b.capPerJobRials) }));
  }
  if (p.terms.targetGroups.length > 0) {
    lines.push(
      ctx.t("program-groups", {
        list: formatList(
          p.terms.targetGroups.map((g) => ctx.t(`group-${g}`)),
          lang,
        ),
      }),
    );
  }
  for (const c of p.closedFields) {
    const why = c.why ? c.why[lang] : ctx.t("why-field-full", { quota: c.quota ?? 0 });
    lines.push(ctx.t("program-field-closed", { field: ctx.t(`category-${c.category}`), why }));
  }
  if (p.terms.provisional) lines.push(ctx.t("program-provisional"));
  return lines;
}

/** The chains a program favours, and the reader's county hubs (with how their business can sell to each). */
function programHubLines(ctx: BaseContext, p: ProgramView, hubs: HubAdvice[]): string[] {
  const lang = ctx.user.language;
  const lines: string[] = [];
  if (p.favoursChains.length > 0) {
    lines.push(
      ctx.t("program-favours-chains", {
        list: formatList(
          p.favoursChains.map((c) => ctx.t(`chain-${c}`)),
          lang,
        ),
      }),
    );
  }
  for (const a of hubs.filter((h) => h.feeds.length > 0 && p.favoursChains.includes(h.hub.chain))) {
    lines.push(ctx.t("program-favours-your-hub", { name: a.hub.name[lang], chain: ctx.t(`chain-${a.hub.chain}`) }));
  }
  return [...lines, ...hubAdviceLines(ctx, hubs)];
}

/**
 * "Which programs fit me": fitting first (those favouring the county hub's chain before the
 * rest, with buttons), the county's hub and how to sell to it, then the others and why not,
 * a page at a time; `key` says whose answers (src/bot/views/pager.ts).
 */
export function fitResults(ctx: BaseContext, result: FitResult, page = 0, key = "-") {
  const lang = ctx.user.language;
  const { fits, hubs } = result;
  const fitting = fits.filter((f) => f.reasons.length === 0);
  const others = fits.filter((f) => f.reasons.length > 0);
  const lines =
    fitting.length > 0
      ? [
          ctx.t("fit-fits"),
          ...fitting.map((f) =>
            f.favours
              ? ctx.t("fit-line-favoured", { name: f.program.name[lang], hub: f.favours.name[lang], chain: ctx.t(`chain-${f.favours.chain}`) })
              : ctx.t("fit-line", { name: f.program.name[lang] }),
          ),
        ]
      : [ctx.t("fit-none-fit")];
  lines.push(...hubAdviceLines(ctx, hubs));
  if (others.length > 0) {
    lines.push("", ctx.t("fit-others"), ...others.map((f) => ctx.t("fit-why", { name: f.program.name[lang], reasons: reasonsText(ctx, f.reasons) })));
  }
  const keyboard = new InlineKeyboard();
  for (const f of fitting) keyboard.text(`💼 ${f.program.name[lang]}`, programButton.pack("open", f.program.code)).row();
  const shown = paginate("", lines, page, ctx.t("list-continued"));
  return { text: shown.text, keyboard: withPageRow(ctx, keyboard, "fit", key, shown)! };
}
