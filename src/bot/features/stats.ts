import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import { applicationsForExport } from "../../domain/stats/export.ts";
import { applicationStats, type Count } from "../../domain/stats/stats.ts";
import { communityStats, fundsForExport } from "../../domain/stats/community.ts";
import { fundsCsv } from "../views/funds-csv.ts";
import { communityText } from "../views/community-stats.ts";
import { formatDate, formatInteger } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import { renderBarChart } from "../charts/bar-chart.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { applicationsCsv } from "../views/csv.ts";
import { orRefusal } from "../views/refusal.ts";

const exportButton = callbackFamily("exp", z.tuple([z.literal("csv")]));
const CHART_BARS = 12;

/** /stats: figures and a chart (admins: the province; coordinators: their counties); /export: the CSV. */
export function statsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const tz = deps.config.timeZone;

  feature.command("stats", async (ctx) => {
    const result = await orRefusal(ctx, () => applicationStats(deps, ctx.user.id));
    if (!result.ok) return ctx.reply(result.text);
    const s = result.value;
    const lang = ctx.user.language;
    const n = (value: number) => formatInteger(value, lang);
    const list = <K>(items: Count<K>[], label: (k: K) => string) => items.map((i) => `${label(i.key)} ${n(i.count)}`).join("، ") || "—";
    const text = [
      ctx.t("stats-title", { scope: ctx.t(ctx.user.role === "admin" ? "stats-scope-all" : "stats-scope-mine") }),
      ctx.t("stats-body", {
        total: n(s.total),
        jobs: n(s.plannedJobs),
        kinds: list(s.byKind, (k) => ctx.t(`kind-${k}`)),
        statuses: list(s.byStatus, (k) => ctx.t(`status-${k}`)),
        categories: list(s.byCategory, (k) => ctx.t(`category-${k}`)),
        counties: list(s.byCounty, (k) => k[lang]),
        weeks: s.approvalsPerWeek.map((w) => `${formatDate(w.weekStart, lang, tz)}: ${n(w.count)}`).join("، "),
      }),
    ].join("\n");
    const community = communityText(ctx, await communityStats(deps, ctx.user.id));
    await ctx.reply(`${text}\n\n${community}`, { reply_markup: new InlineKeyboard().text(ctx.t("btn-export-csv"), exportButton.pack("csv")) });
    if (s.byCounty.length === 0) return;
    const chart = renderBarChart({
      title: ctx.t("stats-chart-title"),
      rtl: lang === "fa",
      bars: s.byCounty.slice(0, CHART_BARS).map((c) => ({ label: c.key[lang], value: c.count, shown: n(c.count) })),
    });
    await ctx.replyWithPhoto(new InputFile(chart, "stats.png"));
  });

  const exportCsv = async (ctx: BotContext) => {
    const result = await orRefusal(ctx, () => applicationsForExport(deps, ctx.user.id));
    if (!result.ok) return ctx.reply(result.text);
    const name = `karyar-applications-${deps.clock.now().toISOString().slice(0, 10)}.csv`;
    await ctx.replyWithDocument(new InputFile(applicationsCsv(ctx, result.value, tz), name), {
      caption: ctx.t("export-caption", { count: formatInteger(result.value.length, ctx.user.language) }),
    });
    const funds = await fundsForExport(deps, ctx.user.id);
    if (funds.length > 0) {
      await ctx.replyWithDocument(new InputFile(fundsCsv(ctx, funds), `karyar-funds-${deps.clock.now().toISOString().slice(0, 10)}.csv`), {
        caption: ctx.t("export-funds-caption", { count: formatInteger(funds.length, ctx.user.language) }),
      });
    }
  };
  feature.command("export", exportCsv);
  feature.callbackQuery(exportButton.pattern, async (ctx) => {
    await ctx.answerCallbackQuery();
    await exportCsv(ctx);
  });
  return feature;
}
