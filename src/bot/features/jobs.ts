import { Composer } from "grammy";
import { jobsReportForReview, verifyJobsReport } from "../../domain/jobs/reports.ts";
import { jobsAskButton, jobsReviewButton } from "../../shared/buttons.ts";
import type { BotContext } from "../context.ts";
import { JOBS_CORRECT, JOBS_REPORT } from "../conversations/jobs.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";

/** Jobs actually created: the applicant's follow-up button, and the coordinator's verify or correct. */
export function jobsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.callbackQuery(jobsAskButton.pattern, async (ctx, next) => {
    const button = jobsAskButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    await ctx.answerCallbackQuery();
    // The domain checks, when the answer is sent, that the loan is theirs and the follow-up due.
    await ctx.conversation.enter(JOBS_REPORT, button[0], button[1]);
  });
  feature.callbackQuery(jobsReviewButton.pattern, async (ctx, next) => {
    const button = jobsReviewButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [action, reportId] = button;
    if (action === "fix") {
      const check = await orRefusal(ctx, () => jobsReportForReview(deps, ctx.user.id, reportId));
      if (!check.ok) return ctx.answerCallbackQuery({ text: check.text, show_alert: true });
      await ctx.answerCallbackQuery();
      return ctx.conversation.enter(JOBS_CORRECT, reportId);
    }
    const done = await orRefusal(ctx, () => verifyJobsReport(deps, ctx.user.id, reportId));
    await ctx.answerCallbackQuery({ text: done.ok ? ctx.t("jobs-verified") : done.text, show_alert: !done.ok });
    if (done.ok) await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  });
  return feature;
}
