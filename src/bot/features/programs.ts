import { Composer } from "grammy";
import { applicantProfile, fitProgramsFor, programHubsFor } from "../../domain/programs/eligibility.ts";
import { findProgram, listPrograms } from "../../domain/programs/programs.ts";
import type { BotContext } from "../context.ts";
import { APPLY } from "../conversations/apply.ts";
import { FIT } from "../conversations/fit.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";
import { fitAnswersOf } from "../conversations/fit.ts";
import { pageButton } from "../views/pager.ts";
import { fitResults, programButton, programListPage, programPage } from "../views/program.ts";

/** The catalog: a paged list, each program's page, applying, and "which programs fit me". */
export function programsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();

  const list = async (ctx: BotContext) => {
    const programs = await listPrograms(deps.db);
    if (programs.length === 0) return ctx.reply(ctx.t("programs-empty"));
    const { text, keyboard } = programListPage(ctx, programs, 0);
    return ctx.reply(text, { reply_markup: keyboard });
  };
  feature.command("programs", list);
  feature.filter(menuButton("menu-programs"), list);

  const fit = async (ctx: BotContext) => {
    const profile = await applicantProfile(deps.db, ctx.user.id);
    if (profile.businesses.length === 0) return ctx.conversation.enter(FIT);
    const { text, keyboard } = fitResults(ctx, await fitProgramsFor(deps.db, ctx.user.id, deps.clock.now()));
    return ctx.reply(text, { reply_markup: keyboard });
  };
  const counties = (ctx: BotContext) => new Map(deps.counties.map((c) => [c.code, ctx.user.language === "fa" ? c.nameFa : c.nameEn]));

  feature.callbackQuery(pageButton.pattern, async (ctx, next) => {
    const button = pageButton.unpack(ctx.callbackQuery.data);
    if (button?.[0] !== "fit" && button?.[0] !== "program") return next();
    const [view, key, page] = button;
    await ctx.answerCallbackQuery();
    if (view === "program") {
      const program = await findProgram(deps.db, key);
      if (!program) return ctx.reply(ctx.t("err-program-not-found"));
      const shown = programPage(ctx, program, deps.config.timeZone, counties(ctx), await programHubsFor(deps.db, ctx.user.id, program), page);
      return ctx.editMessageText(shown.text, { reply_markup: shown.keyboard }).catch(() => undefined);
    }
    const shown = fitResults(ctx, await fitProgramsFor(deps.db, ctx.user.id, deps.clock.now(), fitAnswersOf(key, deps.counties)), page, key);
    return ctx.editMessageText(shown.text, { reply_markup: shown.keyboard }).catch(() => undefined);
  });
  feature.command("fit", fit);
  feature.filter(menuButton("menu-fit"), fit);

  feature.callbackQuery(programButton.pattern, async (ctx, next) => {
    const button = programButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    if (button[0] === "page") {
      const { text, keyboard } = programListPage(ctx, await listPrograms(deps.db), button[1]);
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(text, { reply_markup: keyboard });
    }
    const program = await findProgram(deps.db, button[1]);
    if (!program) return ctx.answerCallbackQuery({ text: ctx.t("err-program-not-found") });
    await ctx.answerCallbackQuery();
    if (button[0] === "apply") return ctx.conversation.enter(APPLY, program.code);
    // Shown in place of the list it was opened from; "back" brings the list again.
    const shown = programPage(ctx, program, deps.config.timeZone, counties(ctx), await programHubsFor(deps.db, ctx.user.id, program));
    return ctx.editMessageText(shown.text, { reply_markup: shown.keyboard });
  });
  return feature;
}
