import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import { medianDays, REPORT_PERIODS, requireReportReader, type Figures, type WorkingGroupReport } from "../../domain/report/working-group.ts";
import { workingGroupExport } from "../../domain/report/cases.ts";
import { reportWorkbookFile } from "../../export/report-file.ts";
import { reportFileName } from "../../export/report-workbook.ts";
import { formatDate, formatInteger } from "../../i18n/format.ts";
import { PLATFORMS } from "../../platform.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import { renderBarChart } from "../charts/bar-chart.ts";
import type { BaseContext, BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { money } from "../views/program.ts";
import { communityText } from "../views/community-stats.ts";
import { orRefusal } from "../views/refusal.ts";

const reportButton = callbackFamily("rep", z.tuple([z.enum(REPORT_PERIODS)]));
const CHART_BARS = 12;
const RANKED = 15;

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

/** One block of figures (the province, a county or a body), in the reader's digits. */
function figuresText(ctx: BaseContext, f: Figures): string {
  const n = (value: number) => formatInteger(value, ctx.user.language);
  const median = medianDays(f.daysHistogram);
  return ctx.t("report-figures", {
    registered: n(f.registered),
    requested: money(ctx, f.requestedRials),
    introduced: n(f.introduced),
    paid: n(f.paid),
    paidAmount: money(ctx, f.paidRials),
    returned: n(f.returned),
    median: median === null ? "—" : n(Math.round(median)),
    within: n(percent(f.paidWithinRule, f.paid)),
    committed: n(f.committedJobs),
    realized: n(f.realizedJobs),
    realizedShare: n(percent(f.realizedJobs, f.committedJobs)),
    newJobs: n(f.newJobs),
    keptJobs: n(f.keptJobs),
    employers: n(f.employers),
    selfEmployed: n(f.selfEmployed),
    perPlan: f.paid > 0 ? (f.committedJobs / f.paid).toLocaleString(ctx.user.language === "fa" ? "fa-IR" : "en-US", { maximumFractionDigits: 1 }) : "—",
    permits: n(f.permitsIssued),
    // The permits' yearly answers (businesses with no paid loan), apart from the loans' follow-ups above.
    permitsReported: n(f.permitsReported),
    permitJobs: n(f.permitJobs),
    permitEmployers: n(f.permitEmployers),
    permitSelfEmployed: n(f.permitSelfEmployed),
  });
}

function reportText(ctx: BaseContext, r: WorkingGroupReport, timeZone: string): string {
  const lang = ctx.user.language;
  const n = (value: number) => formatInteger(value, lang);
  const head = ctx.t("report-title", {
    period: ctx.t(`report-period-${r.period}`),
    from: formatDate(r.range.from, lang, timeZone),
    to: formatDate(new Date(r.range.to.getTime() - 1), lang, timeZone),
    days: n(r.ruleDays),
  });
  const counties = r.counties
    .slice(0, RANKED)
    .map((c, i) =>
      ctx.t("report-county-line", { rank: n(i + 1), county: c.county[lang], paid: n(c.paid), realized: n(c.realizedJobs), committed: n(c.committedJobs) }),
    );
  const bodies = r.bodies.map((b) =>
    ctx.t("report-body-line", {
      body: b.body ? ctx.t(`body-${b.body}`) : ctx.t("report-no-body"),
      registered: n(b.registered),
      paid: n(b.paid),
      realized: n(b.realizedJobs),
    }),
  );
  const groups = r.groupTotals.map((g) =>
    ctx.t("report-group-line", { group: ctx.t(`group-${g.group}`), registered: n(g.registered), introduced: n(g.introduced), paid: n(g.paid) }),
  );
  // Ranked like the counties, so the message stays within one (the rest are counted).
  const hubs = r.hubs
    .slice(0, RANKED)
    .map((h) => ctx.t("report-hub-line", { name: h.name[lang], businesses: n(h.businesses), planned: n(h.plannedJobs), realized: n(h.realizedJobs) }));
  return [
    head,
    "",
    figuresText(ctx, r.total),
    "",
    ctx.t("report-counties"),
    ...counties,
    "",
    ctx.t("report-bodies"),
    ...bodies,
    ...(groups.length > 0 ? ["", ctx.t("report-groups"), ...groups] : []),
    "",
    ctx.t("report-hubs"),
    ...(hubs.length > 0 ? hubs : [ctx.t("report-hubs-none")]),
    ...(r.hubs.length > RANKED ? [ctx.t("report-hubs-more", { count: r.hubs.length - RANKED })] : []),
  ].join("\n");
}

/** Several charts, each readable on a phone: paid loans by county, jobs realized of committed by county, paid by introducing body. */
function reportCharts(ctx: BaseContext, r: WorkingGroupReport): { name: string; png: Buffer }[] {
  const lang = ctx.user.language;
  const n = (value: number) => formatInteger(value, lang);
  const rtl = lang === "fa";
  const counties = r.counties.slice(0, CHART_BARS);
  const charts = [
    {
      name: "paid-by-county.png",
      title: ctx.t("report-chart-paid"),
      bars: counties.map((c) => ({ label: c.county[lang], value: c.paid, shown: n(c.paid) })),
    },
    {
      name: "jobs-by-county.png",
      title: ctx.t("report-chart-jobs"),
      bars: counties.map((c) => ({
        label: c.county[lang],
        value: percent(c.realizedJobs, c.committedJobs),
        shown: `${n(c.realizedJobs)}/${n(c.committedJobs)}`,
      })),
    },
    {
      name: "paid-by-body.png",
      title: ctx.t("report-chart-bodies"),
      bars: r.bodies.slice(0, CHART_BARS).map((b) => ({ label: b.body ? ctx.t(`body-${b.body}`) : ctx.t("report-no-body"), value: b.paid, shown: n(b.paid) })),
    },
    {
      name: "cases-by-group.png",
      title: ctx.t("report-chart-groups"),
      bars: r.groupTotals.slice(0, CHART_BARS).map((g) => ({ label: ctx.t(`group-${g.group}`), value: g.registered, shown: n(g.registered) })),
    },
  ];
  return charts.filter((c) => c.bars.length > 0).map((c) => ({ name: c.name, png: renderBarChart({ title: c.title, rtl, bars: c.bars }) }));
}

/** /report: the working group's report for this Jalali month, season or year (admins: the province; coordinators: their counties), with charts and the spreadsheet. */
export function reportFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  // With the alerts off (0), the report still counts against the rule itself.
  const ruleDays = deps.bankPaymentDays || undefined;
  feature.command("report", async (ctx) => {
    const allowed = await orRefusal(ctx, () => requireReportReader(deps, ctx.user.id));
    if (!allowed.ok) return ctx.reply(allowed.text);
    return ctx.reply(ctx.t("report-ask-period"), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("report-period-month"), reportButton.pack("month"))
        .text(ctx.t("report-period-season"), reportButton.pack("season"))
        .text(ctx.t("report-period-year"), reportButton.pack("year")),
    });
  });
  feature.callbackQuery(reportButton.pattern, async (ctx, next) => {
    const button = reportButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    // One reading for the text, the charts and the spreadsheet (names in it for staff only).
    const result = await orRefusal(ctx, () => workingGroupExport(deps, ctx.user.id, button[0], ruleDays));
    if (!result.ok) return ctx.answerCallbackQuery({ text: result.text, show_alert: true });
    await ctx.answerCallbackQuery();
    const { report } = result.value;
    await ctx.reply(reportText(ctx, report, deps.config.timeZone));
    // Facilitators' cases and the funds, cooperatives and unions per county: now, not for the period.
    const { community } = result.value;
    if (community.byFacilitator.length > 0 || community.byCounty.length > 0)
      await ctx.reply(communityText(ctx, { ...community, byCounty: community.byCounty.slice(0, RANKED) }));
    for (const chart of reportCharts(ctx, report)) await ctx.replyWithPhoto(new InputFile(chart.png, chart.name));
    const xlsx = await reportWorkbookFile(result.value, { t: deps.translate, language: ctx.user.language, timeZone: deps.config.timeZone });
    if (xlsx.length > PLATFORMS[deps.config.platform].maxDocumentBytes) return ctx.reply(ctx.t("report-xlsx-too-large"));
    await ctx.replyWithDocument(new InputFile(xlsx, reportFileName(report)), { caption: ctx.t("report-xlsx-caption") });
  });
  return feature;
}
