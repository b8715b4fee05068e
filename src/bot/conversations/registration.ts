import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../../domain/catalog.ts";
import { formatMobile } from "../../domain/input/mobile.ts";
import type { County } from "../../domain/regions.ts";
import { registrationEnded } from "../../domain/registration/progress.ts";
import {
  LIMITS,
  MIN_REGISTRATION_AGE,
  REGISTRATION_FIELDS,
  textFields,
  USUAL_CAPITAL_RIALS,
  type RegistrationDraft,
  type RegistrationField,
} from "../../domain/registration/fields.ts";
import { reusableBirthDate, submitRegistration } from "../../domain/registration/submit.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { categoryKeyboard, regButton, workplaceKeyboard } from "../keyboards/registration.ts";
import { summaryKeyboard } from "../keyboards/summary.ts";
import { formatBirthDate } from "../views/my-data.ts";
import { money } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { amountStep } from "./amount-step.ts";
import { ask, textStep, type Step } from "./ask.ts";
import { openFlow } from "./flow.ts";
import { birthDateStep, choiceStep, countyStep, phoneStep, singleChoiceStep, summaryStep, villageStep, type SummaryAction } from "./steps.ts";
import { CONSENT_KINDS, registerOnBehalf } from "../../domain/facilitators/on-behalf.ts";
import { facilitatorVillages, type FacilitatorVillage } from "../../domain/facilitators/scope.ts";
import { takeoverInstructions } from "../views/takeover.ts";

export const REGISTRATION = "registration";
/** A facilitator registers a person on their behalf: the same questions, after the person's consent. */
export const REGISTER_FOR = "register-for";

type Draft = Partial<RegistrationDraft>;

/**
 * Registers a home business: one question at a time, a summary where any answer can be
 * changed, then one submit. The answers live in the flow's draft (encrypted in the chat's
 * state), so a restart, a menu tap or a week away resumes at the open question.
 * `onBehalf`: a facilitator registers someone else — their consent first, the mobile typed,
 * only the facilitator's counties and villages, and a take-over code at the end.
 */
export function registrationConversation(deps: BotDeps, { onBehalf = false } = {}) {
  return async function registration(conversation: Conv, ctx: ConvContext): Promise<void> {
    // The domain reads days in the bot's time zone, as the questions do.
    const domainDeps = { ...deps, timeZone: deps.config.timeZone };
    // A facilitator's villages, read once on entry (before the flow's checkpoint).
    const scope = onBehalf ? await conversation.external(() => facilitatorVillages(deps.db, ctx.user.id)) : null;
    const name = onBehalf ? REGISTER_FOR : REGISTRATION;
    const flow = await openFlow(conversation, ctx, { name, keepWhenLeft: true, left: (c) => c.t(onBehalf ? "regfor-left" : "reg-left") });
    const counties = scope ? countiesOf(deps.counties, scope) : deps.counties;
    if (scope && counties.length === 0) {
      await flow.end();
      return void (await flow.ctx.reply(flow.ctx.t("err-no-villages"), { reply_markup: mainMenu(flow.ctx) }));
    }
    // A date of birth already on the applicant's profile (an earlier application) is not asked again, only shown in the summary.
    const knownBirthDate = onBehalf ? null : await flow.once("knownBirthDate", () => reusableBirthDate(domainDeps, ctx.user.id));
    if (!flow.has("intro")) {
      const intro = onBehalf ? "regfor-intro" : "reg-intro";
      const count = REGISTRATION_FIELDS.length - (knownBirthDate === null ? 0 : 1);
      await flow.ctx.reply(flow.ctx.t(intro, { count }), { reply_markup: { remove_keyboard: true } });
      await flow.once("intro", () => true);
    }
    const consent = onBehalf
      ? await ask(
          flow,
          "consent",
          singleChoiceStep(
            (c) => c.t("regfor-ask-consent"),
            CONSENT_KINDS.map((kind) => ({ id: kind, label: flow.ctx.t(`consent-${kind}`) })),
          ),
        )
      : undefined;
    // Drawn once and kept: it makes the final submit idempotent.
    const submissionKey = await flow.once("submissionKey", () => randomUUID());
    const draft: Draft = {};
    for (const field of REGISTRATION_FIELDS) {
      if (field === "birthDate" && knownBirthDate !== null && !flow.has(field)) draft.birthDate = knownBirthDate;
      else (draft as Record<string, unknown>)[field] = await ask(flow, field, fieldStep(deps, counties, field, draft, onBehalf));
    }

    const action = await ask<SummaryAction<RegistrationField>>(
      flow,
      "summary",
      summaryStep<RegistrationField>(
        (c) => summaryText(c, deps, counties, draft),
        (c) => summaryKeyboard(c, REGISTRATION_FIELDS, regButton.pack),
        regButton.unpack,
      ),
    );
    if (action === "cancel") {
      if (!onBehalf) await conversation.external(() => registrationEnded(deps.db, ctx.user.id));
      await flow.end();
      await flow.ctx.reply(flow.ctx.t("cancel-done"), { reply_markup: mainMenu(flow.ctx) });
      return;
    }
    // A field to change: forgotten, so the replay asks it again and then shows the summary.
    // Another county has other villages: the village is asked again after it.
    if (action === "regionId") return flow.forget(action, "village", "summary");
    // The profile's date of birth is to be changed: asked from now on.
    if (action === "birthDate") await flow.change((d) => void (d.answers.knownBirthDate = null));
    if (action !== "submit") return flow.forget(action, "summary");
    const userId = ctx.user.id;
    if (consent) {
      const filed = await conversation.external(() =>
        orRefusal(ctx, async () => {
          const submitted = await registerOnBehalf(domainDeps, userId, submissionKey, draft, consent);
          deps.onOutboxChanged?.();
          return { trackingCode: submitted.trackingCode, takeover: submitted.takeover?.code ?? null };
        }),
      );
      if (!filed.ok) return flow.refused(filed.text, "summary");
      await flow.end();
      const code = formatTrackingCode(filed.value.trackingCode);
      const lines = [flow.ctx.t("regfor-submitted", { code, name: draft.fullName ?? "" })];
      if (filed.value.takeover) lines.push("", takeoverInstructions(flow.ctx, filed.value.takeover));
      return void (await flow.ctx.reply(lines.join("\n"), { reply_markup: mainMenu(flow.ctx) }));
    }
    const result = await conversation.external(() =>
      orRefusal(ctx, async () => {
        const submitted = await submitRegistration(domainDeps, userId, submissionKey, draft);
        deps.onOutboxChanged?.();
        return submitted.trackingCode;
      }),
    );
    if (!result.ok) return flow.refused(result.text, "summary");
    await flow.end();
    await flow.ctx.reply(flow.ctx.t("reg-submitted", { code: formatTrackingCode(result.value) }), { reply_markup: mainMenu(flow.ctx) });
  };
}

/** The counties a facilitator works in, each with only their villages. */
function countiesOf(counties: County[], villages: FacilitatorVillage[]): County[] {
  return counties.map((c) => ({ ...c, villages: c.villages.filter((v) => villages.some((mine) => mine.id === v.id)) })).filter((c) => c.villages.length > 0);
}

/** The question for one field (the village's depends on the county answered before it). */
function fieldStep(deps: BotDeps, counties: County[], field: RegistrationField, draft: Draft, onBehalf: boolean): Step<unknown, unknown> {
  switch (field) {
    case "birthDate":
      return birthDateStep((c) => c.t("reg-ask-birthDate"), deps.clock, deps.config.timeZone, MIN_REGISTRATION_AGE);
    case "phone":
      // Someone else's mobile is typed: the share-contact button would send the facilitator's own.
      if (onBehalf) return textStep((c) => c.reply(c.t("regfor-ask-phone"), { reply_markup: { remove_keyboard: true } }), textFields.phone);
      return confirmed(phoneStep(), (c, phone) => c.reply(`📱 ${formatMobile(phone)} ✅`, { reply_markup: { remove_keyboard: true } }));
    case "regionId":
      return countyStep(counties);
    case "village":
      return villageStep(counties.find((c) => c.id === draft.regionId)?.villages ?? [], { onlyListed: onBehalf });
    case "category":
      return choiceStep("reg-ask-category", categoryKeyboard, "cat", BUSINESS_CATEGORIES);
    case "workplaceKind":
      return choiceStep("reg-ask-workplaceKind", workplaceKeyboard, "wp", WORKPLACE_KINDS);
    case "capitalRials":
      return amountStep({
        prompt: (c) => c.reply(c.t("reg-ask-capitalRials"), { reply_markup: { remove_keyboard: true } }),
        limits: LIMITS.capitalRials,
        rangeKey: "err-capital-range",
        usual: USUAL_CAPITAL_RIALS,
      });
    default: {
      const prompt = (c: ConvContext) => c.reply(c.t(`reg-ask-${field}`), { reply_markup: { remove_keyboard: true } });
      // Each text field's schema yields exactly that field's type.
      return textStep(prompt, textFields[field] as z.ZodType<unknown, string>);
    }
  }
}

/** A step whose accepted answer is acknowledged with a message of its own. */
function confirmed<T extends string>(step: Step<T>, acknowledge: (ctx: ConvContext, value: T) => Promise<unknown>): Step<T> {
  return {
    prompt: step.prompt,
    async read(ctx, ui) {
      const outcome = await step.read(ctx, ui);
      if ("value" in outcome) await acknowledge(ctx, outcome.value);
      return outcome;
    },
  };
}

function summaryText(ctx: ConvContext, deps: BotDeps, counties: County[], draft: Draft): string {
  const lang = ctx.user.language;
  const county = counties.find((c) => c.id === draft.regionId);
  const values: Record<RegistrationField, string> = {
    fullName: draft.fullName ?? "",
    nationalId: draft.nationalId ?? "",
    birthDate: draft.birthDate ? formatBirthDate(ctx, draft.birthDate, deps.config.timeZone) : "",
    phone: draft.phone ? formatMobile(draft.phone) : "",
    regionId: county ? (lang === "fa" ? county.nameFa : county.nameEn) : "",
    village: draft.village ?? "",
    category: draft.category ? ctx.t(`category-${draft.category}`) : "",
    businessName: draft.businessName ?? "",
    description: draft.description ?? "",
    workplaceKind: draft.workplaceKind ? ctx.t(`workplace-${draft.workplaceKind}`) : "",
    plannedJobs: ctx.t("jobs-count", { count: draft.plannedJobs ?? 0 }),
    capitalRials: money(ctx, BigInt(draft.capitalRials ?? 0)),
  };
  const lines = REGISTRATION_FIELDS.map((field) => ctx.t("reg-summary-line", { label: ctx.t(`field-${field}`), value: values[field] }));
  return [ctx.t("reg-summary-title"), "", ...lines].join("\n");
}
