import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../../domain/catalog.ts";
import { formatMobile } from "../../domain/input/mobile.ts";
import type { County } from "../../domain/regions.ts";
import { registrationEnded } from "../../domain/registration/progress.ts";
import {
  LIMITS,
  REGISTRATION_FIELDS,
  textFields,
  USUAL_CAPITAL_RIALS,
  type RegistrationDraft,
  type RegistrationField,
} from "../../domain/registration/fields.ts";
import { submitRegistration } from "../../domain/registration/submit.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { categoryKeyboard, regButton, workplaceKeyboard } from "../keyboards/registration.ts";
import { summaryKeyboard } from "../keyboards/summary.ts";
import { money } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { amountStep } from "./amount-step.ts";
import { ask, textStep, type Step } from "./ask.ts";
import { openFlow } from "./flow.ts";
import { choiceStep, countyStep, phoneStep, summaryStep, villageStep, type SummaryAction } from "./steps.ts";

export const REGISTRATION = "registration";

type Draft = Partial<RegistrationDraft>;

/**
 * Registers a home business: one question at a time, a summary where any answer can be
 * changed, then one submit. The answers live in the flow's draft (encrypted in the chat's
 * state), so a restart, a menu tap or a week away resumes at the open question.
 */
export function registrationConversation(deps: BotDeps) {
  return async function registration(conversation: Conv, ctx: ConvContext): Promise<void> {
    const flow = await openFlow(conversation, ctx, { name: REGISTRATION, keepWhenLeft: true, left: (c) => c.t("reg-left") });
    const counties = deps.counties;
    if (!flow.has("intro")) {
      await flow.ctx.reply(flow.ctx.t("reg-intro", { count: REGISTRATION_FIELDS.length }), { reply_markup: { remove_keyboard: true } });
      await flow.once("intro", () => true);
    }
    // Drawn once and kept: it makes the final submit idempotent.
    const submissionKey = await flow.once("submissionKey", () => randomUUID());
    const draft: Draft = {};
    for (const field of REGISTRATION_FIELDS) (draft as Record<string, unknown>)[field] = await ask(flow, field, fieldStep(counties, field, draft));

    const action = await ask<SummaryAction<RegistrationField>>(
      flow,
      "summary",
      summaryStep<RegistrationField>(
        (c) => summaryText(c, counties, draft),
        (c) => summaryKeyboard(c, REGISTRATION_FIELDS, regButton.pack),
        regButton.unpack,
      ),
    );
    if (action === "cancel") {
      await conversation.external(() => registrationEnded(deps.db, ctx.user.id));
      await flow.end();
      await flow.ctx.reply(flow.ctx.t("cancel-done"), { reply_markup: mainMenu(flow.ctx) });
      return;
    }
    // A field to change: forgotten, so the replay asks it again and then shows the summary.
    // Another county has other villages: the village is asked again after it.
    if (action === "regionId") return flow.forget(action, "village", "summary");
    if (action !== "submit") return flow.forget(action, "summary");
    const applicantId = ctx.user.id;
    const result = await conversation.external(() =>
      orRefusal(ctx, async () => {
        const submitted = await submitRegistration(deps, applicantId, submissionKey, draft);
        deps.onOutboxChanged?.();
        return submitted.trackingCode;
      }),
    );
    await flow.end();
    const text = result.ok ? flow.ctx.t("reg-submitted", { code: formatTrackingCode(result.value) }) : result.text;
    await flow.ctx.reply(text, { reply_markup: mainMenu(flow.ctx) });
  };
}

/** The question for one field (the village's depends on the county answered before it). */
function fieldStep(counties: County[], field: RegistrationField, draft: Draft): Step<unknown, unknown> {
  switch (field) {
    case "phone":
      return confirmed(phoneStep(), (c, phone) => c.reply(`📱 ${formatMobile(phone)} ✅`, { reply_markup: { remove_keyboard: true } }));
    case "regionId":
      return countyStep(counties);
    case "village":
      return villageStep(counties.find((c) => c.id === draft.regionId)?.villages ?? []);
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

function summaryText(ctx: ConvContext, counties: County[], draft: Draft): string {
  const lang = ctx.user.language;
  const county = counties.find((c) => c.id === draft.regionId);
  const values: Record<RegistrationField, string> = {
    fullName: draft.fullName ?? "",
    nationalId: draft.nationalId ?? "",
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
