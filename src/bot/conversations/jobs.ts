import { InlineKeyboard } from "grammy";
import { parseWholeNumber } from "../../domain/input/amount.ts";
import { jobsReportForReview, reportJobs, verifyJobsReport, type JobsFigures } from "../../domain/jobs/reports.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { jobsAbout } from "../../shared/buttons.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, type Step } from "./ask.ts";
import { openFlow, type Flow } from "./flow.ts";
import { pickButton, singleChoiceStep } from "./steps.ts";

export const JOBS_REPORT = "jobs-report";
export const JOBS_CORRECT = "jobs-correct";

const MAX_PEOPLE = 999;

/** A number of people: a button per usual answer (0–6), or any other number typed. */
function peopleStep(question: (ctx: ConvContext) => string): Step<number> {
  const keyboard = () => {
    const k = new InlineKeyboard();
    for (let n = 0; n <= 6; n++) k.text(String(n), pickButton.pack("t", String(n)));
    return k;
  };
  return {
    prompt: (ctx) => ctx.reply(`${question(ctx)}\n${ctx.t("jobs-type-more")}`, { reply_markup: keyboard() }),
    read(ctx) {
      if (ctx.callbackQuery) {
        const button = pickButton.unpack(ctx.callbackQuery.data);
        return button?.[0] === "t" && /^[0-6]$/.test(button[1]) ? { value: Number(button[1]) } : { ignored: true };
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const n = parseWholeNumber(text);
      return n !== null && n <= MAX_PEOPLE ? { value: n } : { retry: "err-people-count" };
    },
  };
}

/** The three questions and a confirmation; "start again" forgets the answers. */
async function askFigures(flow: Flow, code: string): Promise<JobsFigures> {
  const self = await ask(
    flow,
    "self",
    singleChoiceStep(
      (c) => c.t("jobs-ask-self", { code }),
      [
        { id: "yes", label: flow.ctx.t("btn-jobs-self-yes") },
        { id: "no", label: flow.ctx.t("btn-jobs-self-no") },
      ],
    ),
  );
  const newJobs = await ask(
    flow,
    "new",
    peopleStep((c) => c.t("jobs-ask-new")),
  );
  const keptJobs = await ask(
    flow,
    "kept",
    peopleStep((c) => c.t("jobs-ask-kept")),
  );
  const figures = { selfWorks: self === "yes", newJobs, keptJobs };
  const decision = await ask(
    flow,
    "confirm",
    singleChoiceStep(
      (c) =>
        c.t("jobs-confirm", {
          code,
          self: c.t(figures.selfWorks ? "jobs-self-yes" : "jobs-self-no"),
          newJobs,
          keptJobs,
        }),
      [
        { id: "yes", label: flow.ctx.t("btn-jobs-send") },
        { id: "edit", label: flow.ctx.t("btn-bank-edit") },
      ],
    ),
  );
  if (decision === "edit") return flow.forget("self", "new", "kept", "confirm");
  return figures;
}

/** The applicant's answer to a follow-up, from its button. */
export function jobsReportConversation(deps: BotDeps) {
  return async function jobsReport(conversation: Conv, ctx: ConvContext, applicationId: number, monthsAfter: number): Promise<void> {
    const code = await conversation.external(async () =>
      formatTrackingCode((await deps.db.application.findUnique({ where: { id: applicationId } }))?.trackingCode ?? ""),
    );
    const flow = await openFlow(conversation, ctx, {
      name: JOBS_REPORT,
      keepWhenLeft: true,
      left: (c) => c.t("jobs-left"),
      about: jobsAbout(applicationId, monthsAfter),
    });
    const figures = await askFigures(flow, code);
    const applicantId = flow.ctx.user.id;
    await flow.end();
    const result = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        await reportJobs(deps, applicantId, { applicationId, monthsAfter, ...figures });
        deps.onOutboxChanged?.();
      }),
    );
    await flow.ctx.reply(result.ok ? flow.ctx.t("jobs-thanks") : result.text);
  };
}

/** A coordinator's correction: the same questions, then verified with these figures. */
export function jobsCorrectConversation(deps: BotDeps) {
  return async function jobsCorrect(conversation: Conv, ctx: ConvContext, reportId: number): Promise<void> {
    const actorId = ctx.user.id;
    const report = await conversation.external(() => jobsReportForReview(deps, actorId, reportId));
    const code = formatTrackingCode(report.trackingCode);
    const flow = await openFlow(conversation, ctx, { name: JOBS_CORRECT, keepWhenLeft: false, left: (c) => c.t("jobs-correct-left", { code }) });
    const figures = await askFigures(flow, code);
    await flow.end();
    const result = await conversation.external(() => orRefusal(flow.ctx, () => verifyJobsReport(deps, actorId, reportId, figures)));
    await flow.ctx.reply(result.ok ? flow.ctx.t(result.value.corrected ? "jobs-corrected" : "jobs-verified") : result.text);
  };
}
