import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../../domain/catalog.ts";
import { formatMobile } from "../../domain/input/mobile.ts";
import type { County } from "../../domain/regions.ts";
import { REGISTRATION_FIELDS, textFields, type RegistrationDraft, type RegistrationField } from "../../domain/registration/fields.ts";
import { submitRegistration } from "../../domain/registration/submit.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { money } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { categoryKeyboard, regButton, workplaceKeyboard } from "../keyboards/registration.ts";
import { summaryKeyboard } from "../keyboards/summary.ts";
import { ask, textStep } from "./ask.ts";
import { choiceStep, countyStep, phoneStep, summaryStep } from "./steps.ts";

export const REGISTRATION = "registration";

type Draft = Partial<RegistrationDraft>;

/**
 * Registers a home business: one question at a time, a summary where any answer can be
 * changed, then one submit. Its state lives in the database (conversations storage), so a
 * restart resumes at the same question.
 */
export function registrationConversation(deps: BotDeps) {
  return async function registration(conversation: Conv, ctx: ConvContext): Promise<void> {
    // Drawn once and replayed: it makes the final submit idempotent.
    const submissionKey = await conversation.external(() => randomUUID());
    const counties = deps.counties;
    const applicantId = ctx.user.id;

    await ctx.reply(ctx.t("reg-intro", { count: REGISTRATION_FIELDS.length }), {
      reply_markup: { remove_keyboard: true },
    });
    const draft: Draft = {};
    for (const field of REGISTRATION_FIELDS) {
      await askField(conversation, ctx, counties, draft, field);
    }

    for (;;) {
      const action = await ask(
        conversation,
        ctx,
        summaryStep<RegistrationField>(
          (c) => summaryText(c, counties, draft),
          (c) => summaryKeyboard(c, REGISTRATION_FIELDS, regButton.pack),
          regButton.unpack,
        ),
      );
      if (action === "cancel") {
        await ctx.reply(ctx.t("cancel-done"), { reply_markup: mainMenu(ctx) });
        return;
      }
      if (action !== "submit") {
        await askField(conversation, ctx, counties, draft, action);
        continue;
      }
      const result = await conversation.external(() =>
        orRefusal(ctx, async () => {
          const submitted = await submitRegistration(deps, applicantId, submissionKey, draft);
          deps.onOutboxChanged?.();
          return submitted.trackingCode;
        }),
      );
      const text = result.ok ? ctx.t("reg-submitted", { code: formatTrackingCode(result.value) }) : result.text;
      await ctx.reply(text, { reply_markup: mainMenu(ctx) });
      return;
    }
  };
}

async function askField(conversation: Conv, ctx: ConvContext, counties: County[], draft: Draft, field: RegistrationField) {
  const prompt = (c: ConvContext) => c.reply(c.t(`reg-ask-${field}`), { reply_markup: { remove_keyboard: true } });
  switch (field) {
    case "phone":
      draft.phone = await ask(conversation, ctx, phoneStep());
      await ctx.reply(`📱 ${formatMobile(draft.phone)} ✅`, { reply_markup: { remove_keyboard: true } });
      return;
    case "regionId":
      draft.regionId = await ask(conversation, ctx, countyStep(counties));
      return;
    case "category":
      draft.category = await ask(conversation, ctx, choiceStep("reg-ask-category", categoryKeyboard, "cat", BUSINESS_CATEGORIES));
      return;
    case "workplaceKind":
      draft.workplaceKind = await ask(conversation, ctx, choiceStep("reg-ask-workplaceKind", workplaceKeyboard, "wp", WORKPLACE_KINDS));
      return;
    default: {
      // Each text field's schema yields exactly that field's type.
      const schema = textFields[field] as z.ZodType<RegistrationDraft[typeof field], string>;
      (draft as Record<string, unknown>)[field] = await ask(conversation, ctx, textStep(prompt, schema));
    }
  }
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
    capitalTomans: money(ctx, BigInt(draft.capitalTomans ?? 0) * 10n),
  };
  const lines = REGISTRATION_FIELDS.map((field) => ctx.t("reg-summary-line", { label: ctx.t(`field-${field}`), value: values[field] }));
  return [ctx.t("reg-summary-title"), "", ...lines].join("\n");
}
