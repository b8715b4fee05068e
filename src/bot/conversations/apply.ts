import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  EDUCATION_LEVELS,
  factReasons,
  factsMissing,
  saveFacts,
  SEXES,
  type ApplicantFacts,
  type Fact,
  type FactAnswers,
} from "../../domain/applicant/facts.ts";
import { checklistFor } from "../../domain/documents/checklist.ts";
import { MIN_REGISTRATION_AGE } from "../../domain/registration/fields.ts";
import type { TargetGroup } from "../../domain/programs/catalog-file.ts";
import { parseWholeNumber } from "../../domain/input/amount.ts";
import { bodyCap, purposeSchema, submitLoanApplication, type LoanDraft } from "../../domain/loans/submit.ts";
import { applicantProfile, whyNot, type ApplicantProfile } from "../../domain/programs/eligibility.ts";
import { findProgram, type ProgramView } from "../../domain/programs/programs.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { formatInteger } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { summaryKeyboard } from "../keyboards/summary.ts";
import { twoPerRow } from "../keyboards/two-per-row.ts";
import { checklistView } from "../views/checklist.ts";
import { money, reasonsText } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { amountStep } from "./amount-step.ts";
import { ask, textStep, type Outcome, type Step } from "./ask.ts";
import { openFlow, type Flow } from "./flow.ts";
import { birthDateStep, singleChoiceStep, summaryStep } from "./steps.ts";

export const APPLY = "apply";

const APPLY_FIELDS = ["business", "body", "group", "amount", "purpose", "months"] as const;
type ApplyField = (typeof APPLY_FIELDS)[number];

export const applyButton = callbackFamily(
  "ap",
  z.union([
    z.tuple([z.literal("biz"), z.coerce.number().int().positive()]),
    z.tuple([z.literal("edit"), z.enum(APPLY_FIELDS)]),
    z.tuple([z.literal("submit")]),
    z.tuple([z.literal("cancel")]),
  ]),
  { during: "answer" },
);

type Business = ApplicantProfile["businesses"][number];

/** A whole number typed by the user within [min, max], explained with the limits when not. */
function boundedNumberStep(question: string, min: number, max: number, rangeKey: string, params: (ctx: ConvContext) => Record<string, string>): Step<number> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t(question, params(ctx))),
    read(ctx): Outcome<number> {
      if (!ctx.message) return { ignored: true };
      if (ctx.message.text === undefined) return { retry: "err-text-expected" };
      const value = parseWholeNumber(ctx.message.text);
      if (value === null) return { retry: "err-number" };
      return value < min || value > max ? { retry: rangeKey, params: params(ctx) } : { value };
    },
  };
}

function businessStep(businesses: Business[]): Step<number> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t("apply-ask-business"), { reply_markup: twoPerRow(businesses, (b) => [b.name, applyButton.pack("biz", b.id)]) }),
    read(ctx) {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = applyButton.unpack(ctx.callbackQuery.data);
      return button?.[0] === "biz" && businesses.some((b) => b.id === button[1]) ? { value: button[1] } : { ignored: true };
    },
  };
}

/**
 * Applies for one program: which business, how much, for what, over how many months;
 * a summary where any answer can be changed; submit → tracking code and the checklist.
 */
export function applyConversation(deps: BotDeps) {
  return async function apply(conversation: Conv, ctx: ConvContext, programCode: string): Promise<void> {
    const applicantId = ctx.user.id;
    // Read once, on entry (before the flow's checkpoint).
    const found = await conversation.external(async () => {
      const program = await findProgram(deps.db, programCode);
      const profile = await applicantProfile(deps.db, applicantId);
      if (!program) return null;
      const situation = (b: Business) => ({
        registered: true,
        category: b.category,
        countyCode: b.countyCode,
        deprived: b.deprived,
        hasPermit: profile.hasPermit,
      });
      const verdicts = profile.businesses.map((b) => ({ business: b, reasons: whyNot(program, situation(b), deps.clock.now()) }));
      return { program, businesses: profile.businesses.length, verdicts, facts: profile.facts };
    });
    const flow = await openFlow(conversation, ctx, {
      name: APPLY,
      keepWhenLeft: false,
      left: (c) => c.t("apply-left", { program: found?.program.name[c.user.language] ?? "" }),
    });
    const lang = flow.ctx.user.language;
    if (!found) return void (await flow.ctx.reply(flow.ctx.t("err-program-not-found")));
    const { program } = found;
    if (found.businesses === 0) return void (await flow.ctx.reply(flow.ctx.t("apply-no-business"), { reply_markup: mainMenu(flow.ctx) }));
    const eligible = found.verdicts.filter((v) => v.reasons.length === 0).map((v) => v.business);
    if (eligible.length === 0) {
      const closest = found.verdicts.reduce((a, b) => (b.reasons.length < a.reasons.length ? b : a));
      return void (await flow.ctx.reply(flow.ctx.t("apply-not-eligible", { program: program.name[lang], reasons: reasonsText(flow.ctx, closest.reasons) })));
    }

    const lends = program.maxAmountRials > 0;
    const fields = APPLY_FIELDS.filter(
      (f) =>
        (f !== "business" || eligible.length > 1) &&
        (f !== "body" || program.terms.bodies.length > 0) &&
        (f !== "group" || program.terms.targetGroups.length > 0) &&
        (f !== "amount" || lends) &&
        (f !== "months" || program.repaymentMonths > 0),
    );
    const submissionKey = await flow.once("submissionKey", () => randomUUID());
    const draft: LoanDraft = { businessId: eligible[0]!.id, programCode, amountRials: 0, purpose: "", repaymentMonths: 0 };
    for (const field of fields) {
      if (field === "business") draft.businessId = await ask(flow, field, businessStep(eligible));
      if (field === "body") {
        const options = program.terms.bodies.map((b) => ({
          id: b.code,
          label: flow.ctx.t(`body-${b.code}`),
        }));
        draft.introducingBody = await ask(
          flow,
          field,
          singleChoiceStep((c) => c.t("apply-ask-body"), options),
        );
      }
      if (field === "group") {
        const options = program.terms.targetGroups.map((g) => ({ id: g, label: flow.ctx.t(`group-${g}`) }));
        draft.targetGroup = await ask(
          flow,
          field,
          singleChoiceStep((c) => c.t("apply-ask-group"), options),
        );
      }
      if (field === "group" || (field === fields[0] && !fields.includes("group"))) {
        // What the program checks of the person, asked once (kept on the profile) and only when it checks it.
        // A flow opened before facts were read on entry has none: every needed fact is then asked.
        const facts = await askFacts(flow, deps, program, draft.targetGroup, found.facts ?? NO_FACTS);
        const refusals = factReasons(program, draft.targetGroup, facts, deps.clock.now());
        if (refusals.length > 0) {
          await flow.end();
          return void (await flow.ctx.reply(flow.ctx.t("apply-not-eligible", { program: program.name[lang], reasons: reasonsText(flow.ctx, refusals) }), {
            reply_markup: mainMenu(flow.ctx),
          }));
        }
      }
      if (field === "amount") {
        // A profile read before businesses carried their jobs (a flow open across the upgrade) has no cap: the submit checks it.
        const jobs = eligible.find((b) => b.id === draft.businessId)?.plannedJobs;
        const body = program.terms.bodies.find((b) => b.code === draft.introducingBody);
        draft.amountRials = await ask(flow, field, loanAmountStep(program, jobs === undefined ? null : bodyCap(body, jobs)));
      }
      if (field === "purpose")
        draft.purpose = await ask(
          flow,
          field,
          textStep((c) => c.reply(c.t("apply-ask-purpose")), purposeSchema),
        );
      if (field === "months") {
        const max = program.repaymentMonths;
        const params = (c: ConvContext) => ({ max: formatInteger(max, c.user.language) });
        draft.repaymentMonths = await ask(flow, field, boundedNumberStep("apply-ask-months", 1, max, "err-months-range", params));
      }
    }

    const action = await ask(
      flow,
      "summary",
      summaryStep<ApplyField>(
        (c) => summaryText(c, program, eligible, draft, fields),
        (c) => summaryKeyboard(c, fields, applyButton.pack),
        applyButton.unpack,
      ),
    );
    if (action === "cancel") {
      await flow.end();
      return void (await flow.ctx.reply(flow.ctx.t("cancel-done"), { reply_markup: mainMenu(flow.ctx) }));
    }
    if (action !== "submit") return flow.forget(action, "summary");
    const result = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        const filed = await submitLoanApplication(deps, applicantId, submissionKey, draft);
        deps.onOutboxChanged?.();
        return { code: filed.trackingCode, checklist: await checklistFor(deps.db, filed.applicationId) };
      }),
    );
    if (!result.ok) return flow.refused(result.text, "summary");
    await flow.end();
    const { code, checklist } = result.value;
    const filedText = flow.ctx.t("apply-submitted", { program: program.name[lang], code: formatTrackingCode(code) });
    if (checklist.length === 0) return void (await flow.ctx.reply(filedText, { reply_markup: mainMenu(flow.ctx) }));
    const view = checklistView(flow.ctx, code, checklist);
    await flow.ctx.reply(`${filedText}\n\n${view.text}`, { reply_markup: view.keyboard });
  };
}

/**
 * The program's own range, lowered to the introducing body's cap for the plan's jobs, is both
 * the limit and where amounts usually lie ("did you mean …?" outside it). A cap below the
 * program's minimum leaves the range as it is: the submit then says why no amount fits.
 */
function loanAmountStep(program: ProgramView, cap: number | null) {
  const max = cap !== null && cap >= program.minAmountRials ? Math.min(cap, program.maxAmountRials) : program.maxAmountRials;
  const range = { min: BigInt(program.minAmountRials), max: BigInt(max) };
  const params = (ctx: ConvContext) => ({
    min: formatInteger(range.min / 10n, ctx.user.language),
    max: formatInteger(range.max / 10n, ctx.user.language),
  });
  return amountStep({
    prompt: (ctx) => ctx.reply(ctx.t("apply-ask-amount", params(ctx))),
    limits: range,
    rangeKey: "err-amount-range",
    rangeParams: params,
    usual: range,
  });
}

function summaryText(ctx: ConvContext, program: ProgramView, businesses: Business[], draft: LoanDraft, fields: readonly ApplyField[]): string {
  const lang = ctx.user.language;
  const values: Record<ApplyField, string> = {
    business: businesses.find((b) => b.id === draft.businessId)?.name ?? "",
    body: draft.introducingBody ? ctx.t(`body-${draft.introducingBody}`) : "",
    group: draft.targetGroup ? ctx.t(`group-${draft.targetGroup}`) : "",
    amount: money(ctx, draft.amountRials),
    purpose: draft.purpose,
    months: ctx.t("months-count", { count: draft.repaymentMonths }),
  };
  const line = (label: string, value: string) => ctx.t("reg-summary-line", { label, value });
  return [
    ctx.t("apply-summary-title"),
    "",
    line(ctx.t("field-program"), program.name[lang]),
    line(ctx.t("field-business"), values.business),
    ...fields.filter((f) => f !== "business").map((f) => line(ctx.t(`field-${f}`), values[f])),
  ].join("\n");
}

const NO_FACTS: ApplicantFacts = { birthDate: null, sex: null, education: null, reliefClient: null, welfareClient: null, priorLoan: null };

const yesNo = (c: ConvContext) => [
  { id: "yes", label: c.t("btn-yes") },
  { id: "no", label: c.t("btn-no") },
];

/** One question per fact, with buttons for the closed choices; the date of birth typed in Jalali, any digits. */
function factStep(ctx: ConvContext, fact: Fact, program: ProgramView, deps: BotDeps, intro: boolean): Step<FactAnswers[Fact]> {
  const question = (c: ConvContext) => {
    const text = c.t(`fact-ask-${fact}`, { years: program.rules.noEmploymentLoanYears ?? 0 });
    return intro ? `${c.t("apply-facts-intro")}\n\n${text}` : text;
  };
  const choice = <T extends string>(ids: readonly T[], label: (id: T) => string) =>
    singleChoiceStep(
      question,
      ids.map((id) => ({ id, label: label(id) })),
    );
  const yn = (): Step<boolean> => {
    const step = singleChoiceStep(question, yesNo(ctx));
    return { prompt: step.prompt, read: async (c, ui) => mapValue(await step.read(c, ui), (v) => v === "yes") };
  };
  switch (fact) {
    case "birthDate":
      // Whoever applies has a registered business: the registration's minimum age holds here too.
      return birthDateStep(question, deps.clock, deps.config.timeZone, MIN_REGISTRATION_AGE);
    case "sex":
      return choice(SEXES, (id) => ctx.t(`sex-${id}`));
    case "education":
      return choice(EDUCATION_LEVELS, (id) => ctx.t(`education-${id}`));
    case "reliefClient":
    case "welfareClient":
      return yn();
    case "priorLoan": {
      const step = yn();
      const years = program.rules.noEmploymentLoanYears ?? 0;
      return { prompt: step.prompt, read: async (c, ui) => mapValue(await step.read(c, ui), (had) => ({ had, years })) };
    }
  }
}

function mapValue<T, R>(outcome: Outcome<T>, f: (v: T) => R): Outcome<R> {
  return "value" in outcome ? { value: f(outcome.value) } : outcome;
}

/**
 * Asks what the program checks of the person and is not known yet (nothing, when nothing is
 * missing), keeps the answers on their profile, and returns the facts as they now stand.
 */
async function askFacts(flow: Flow, deps: BotDeps, program: ProgramView, group: TargetGroup | undefined, known: ApplicantFacts): Promise<ApplicantFacts> {
  const missing = factsMissing(program, group, known);
  if (missing.length === 0) return known;
  const answers: FactAnswers = {};
  for (const [i, fact] of missing.entries()) {
    (answers as Record<Fact, unknown>)[fact] = await ask(flow, `fact-${fact}`, factStep(flow.ctx, fact, program, deps, i === 0));
  }
  const applicantId = flow.ctx.user.id;
  await flow.once(`facts-saved-${missing.join("-")}`, async () => {
    await saveFacts(deps, applicantId, answers);
    return true;
  });
  return {
    ...known,
    ...answers,
    reliefClient: answers.reliefClient ?? known.reliefClient,
    welfareClient: answers.welfareClient ?? known.welfareClient,
    priorLoan: answers.priorLoan ?? known.priorLoan,
  };
}
