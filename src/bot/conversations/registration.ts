import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../../domain/catalog.ts";
import { DomainError } from "../../domain/errors.ts";
import { cleanText } from "../../domain/input/clean-text.ts";
import { formatMobile } from "../../domain/input/mobile.ts";
import { listCounties, type County } from "../../domain/regions.ts";
import { REGISTRATION_FIELDS, textFields, type RegistrationDraft, type RegistrationField } from "../../domain/registration/fields.ts";
import { submitRegistration } from "../../domain/registration/submit.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { formatMoney } from "../../i18n/translator.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import {
  categoryKeyboard,
  contactKeyboard,
  countyKeyboard,
  pageCount,
  regButton,
  summaryKeyboard,
  workplaceKeyboard,
} from "../keyboards/registration.ts";
import { ask, textStep, type Step } from "./ask.ts";

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
    const counties = await conversation.external(() => listCounties(deps.db));
    const applicantId = ctx.user.id;

    await ctx.reply(ctx.t("reg-intro", { count: REGISTRATION_FIELDS.length }), {
      reply_markup: { remove_keyboard: true },
    });
    const draft: Draft = {};
    for (const field of REGISTRATION_FIELDS) {
      await askField(conversation, ctx, counties, draft, field);
    }

    for (;;) {
      const action = await ask(conversation, ctx, summaryStep(counties, draft));
      if (action === "cancel") {
        await ctx.reply(ctx.t("cancel-done"), { reply_markup: mainMenu(ctx) });
        return;
      }
      if (action !== "submit") {
        await askField(conversation, ctx, counties, draft, action);
        continue;
      }
      const result = await conversation.external(async () => {
        try {
          const submitted = await submitRegistration(deps, applicantId, submissionKey, draft);
          deps.onOutboxChanged?.();
          return { code: submitted.trackingCode };
        } catch (error) {
          if (error instanceof DomainError) return { error: error.i18nKey };
          throw error;
        }
      });
      const text = result.code
        ? ctx.t("reg-submitted", { code: formatTrackingCode(result.code) })
        : ctx.t(result.error ?? "error-generic");
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
      draft.category = await ask(conversation, ctx, choiceStep(field, categoryKeyboard, "cat", BUSINESS_CATEGORIES));
      return;
    case "workplaceKind":
      draft.workplaceKind = await ask(conversation, ctx, choiceStep(field, workplaceKeyboard, "wp", WORKPLACE_KINDS));
      return;
    default: {
      // Each text field's schema yields exactly that field's type.
      const schema = textFields[field] as z.ZodType<RegistrationDraft[typeof field], string>;
      (draft as Record<string, unknown>)[field] = await ask(conversation, ctx, textStep(prompt, schema));
    }
  }
}

/** The share-contact button, or a typed number. Only the sender's own contact counts. */
function phoneStep(): Step<string> {
  const typed = textStep((ctx) => ctx.reply(ctx.t("reg-ask-phone"), { reply_markup: contactKeyboard(ctx) }), textFields.phone);
  return {
    prompt: typed.prompt,
    read(ctx) {
      const contact = ctx.message?.contact;
      if (!contact) return typed.read(ctx);
      if (contact.user_id !== ctx.from?.id) return { retry: "err-contact-not-own" };
      const parsed = textFields.phone.safeParse(contact.phone_number);
      return parsed.success ? { value: parsed.data } : { retry: "err-mobile" };
    },
  };
}

/** Counties in pages of buttons; typing a county's exact name works too. */
function countyStep(counties: County[]): Step<number> {
  let page = 0;
  const question = (ctx: ConvContext) => ctx.t("reg-ask-regionId", { page: page + 1, pages: pageCount(counties.length) });
  return {
    prompt: (ctx) => ctx.reply(question(ctx), { reply_markup: countyKeyboard(ctx, counties, page) }),
    async read(ctx) {
      if (ctx.callbackQuery) {
        const button = regButton.unpack(ctx.callbackQuery.data);
        if (button?.[0] === "page" && button[1] < pageCount(counties.length)) {
          page = button[1];
          await ctx.editMessageText(question(ctx), { reply_markup: countyKeyboard(ctx, counties, page) });
          return { handled: true };
        }
        if (button?.[0] === "county" && counties.some((c) => c.id === button[1])) return { value: button[1] };
        return { ignored: true };
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const name = cleanText(text).toLowerCase();
      const match = counties.find((c) => cleanText(c.nameFa) === name || c.nameEn.toLowerCase() === name);
      return match ? { value: match.id } : { retry: "err-use-buttons" };
    },
  };
}

function choiceStep<T extends string>(
  field: RegistrationField,
  keyboard: (ctx: ConvContext) => ReturnType<typeof categoryKeyboard>,
  tag: "cat" | "wp",
  options: readonly T[],
): Step<T> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t(`reg-ask-${field}`), { reply_markup: keyboard(ctx) }),
    read(ctx) {
      if (ctx.callbackQuery) {
        const button = regButton.unpack(ctx.callbackQuery.data);
        return button?.[0] === tag && options.includes(button[1] as T) ? { value: button[1] as T } : { ignored: true };
      }
      return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
    },
  };
}

type SummaryAction = "submit" | "cancel" | RegistrationField;

function summaryStep(counties: County[], draft: Draft): Step<SummaryAction> {
  return {
    prompt: (ctx) => ctx.reply(summaryText(ctx, counties, draft), { reply_markup: summaryKeyboard(ctx) }),
    read(ctx) {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = regButton.unpack(ctx.callbackQuery.data);
      if (button?.[0] === "submit" || button?.[0] === "cancel") return { value: button[0] };
      if (button?.[0] === "edit") return { value: button[1] };
      return { ignored: true };
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
    capitalTomans: formatMoney((_, key, params) => ctx.t(key, params), lang, BigInt(draft.capitalTomans ?? 0) * 10n),
  };
  const lines = REGISTRATION_FIELDS.map((field) =>
    ctx.t("reg-summary-line", { label: ctx.t(`field-${field}`), value: values[field] }),
  );
  return [ctx.t("reg-summary-title"), "", ...lines].join("\n");
}
