import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { readTypedDay } from "../../domain/input/jalali-time.ts";
import { BANKS, branchSchema, RETURN_REASONS } from "../../domain/loans/bank.ts";
import { DAY_MS } from "../../domain/local-time.ts";
import { formatDate } from "../../i18n/format.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { money } from "../views/program.ts";
import { amountStep } from "./amount-step.ts";
import { ask, textStep, type Step } from "./ask.ts";
import { finish, optionalNoteStep, trackingCodeOf } from "./case-actions.ts";
import { openFlow, type Flow } from "./flow.ts";
import { singleChoiceStep } from "./steps.ts";

export const BANK_REFER = "bank-refer";
export const BANK_PAY = "bank-pay";
export const BANK_RETURN = "bank-return";

/** "Today" or "yesterday" for a date question. */
export const dayButton = callbackFamily("day", z.tuple([z.enum(["today", "yesterday"])]), { during: "answer" });

/** A day: today, yesterday, or a typed Jalali date (its noon in Tehran); kept as an ISO string (drafts are JSON). */
export function dateStep(question: string, now: () => Date, timeZone: string): Step<string> {
  return {
    prompt: (ctx) =>
      ctx.reply(ctx.t("bank-ask-date", { question: ctx.t(question) }), {
        reply_markup: new InlineKeyboard().text(ctx.t("btn-today"), dayButton.pack("today")).text(ctx.t("btn-yesterday"), dayButton.pack("yesterday")),
      }),
    read(ctx) {
      if (ctx.callbackQuery) {
        const button = dayButton.unpack(ctx.callbackQuery.data);
        if (!button) return { ignored: true };
        return { value: new Date(now().getTime() - (button[0] === "yesterday" ? DAY_MS : 0)).toISOString() };
      }
      const text = ctx.message?.text;
      if (text === undefined) return ctx.message ? { retry: "err-date-format" } : { ignored: true };
      const day = readTypedDay(text, now(), timeZone);
      return day.ok ? { value: day.at.toISOString() } : { retry: day.key };
    },
  };
}

/** Yes, start again, or never mind: the last question of each bank step. */
async function confirmed(flow: Flow, text: (ctx: ConvContext) => string, code: string, answers: string[]): Promise<boolean> {
  const decision = await ask(
    flow,
    "confirm",
    singleChoiceStep(text, [
      { id: "yes", label: flow.ctx.t("btn-bank-yes") },
      { id: "edit", label: flow.ctx.t("btn-bank-edit") },
      { id: "no", label: flow.ctx.t("btn-bank-no") },
    ]),
  );
  if (decision === "edit") return flow.forget(...answers, "confirm");
  if (decision === "no") {
    await flow.end();
    await flow.ctx.reply(flow.ctx.t("bank-left", { code }));
    return false;
  }
  return true;
}

const left = (code: string) => (c: ConvContext) => c.t("bank-left", { code });

/** Introduced to the bank: which bank, the branch, the day. */
export function bankReferConversation(deps: BotDeps) {
  return async function bankRefer(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const code = await trackingCodeOf(conversation, deps, applicationId);
    const flow = await openFlow(conversation, ctx, { name: BANK_REFER, keepWhenLeft: false, left: left(code) });
    const now = () => deps.clock.now();
    const bank = await ask(
      flow,
      "bank",
      singleChoiceStep(
        (c) => c.t("refer-ask-bank", { code }),
        BANKS.map((b) => ({ id: b, label: flow.ctx.t(`bank-${b}`) })),
      ),
    );
    const branch = await ask(
      flow,
      "branch",
      textStep((c) => c.reply(c.t("refer-ask-branch")), branchSchema),
    );
    const day = await ask(flow, "date", dateStep("refer-date-question", now, deps.config.timeZone));
    const tz = deps.config.timeZone;
    const text = (c: ConvContext) => c.t("refer-confirm", { code, bank: c.t(`bank-${bank}`), branch, date: formatDate(new Date(day), c.user.language, tz) });
    if (!(await confirmed(flow, text, code, ["bank", "branch", "date"]))) return;
    await finish(flow, deps, { applicationId, version, to: "referred_to_bank", introduction: { bank: bank, branch, introducedAt: new Date(day) } });
  };
}

/** Paid: the amount (tomans or rials, as typed anywhere else) and the day. */
export function bankPayConversation(deps: BotDeps) {
  return async function bankPay(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const code = await trackingCodeOf(conversation, deps, applicationId);
    // Read once, on entry (before the flow's checkpoint): the amount applied for and the program's range.
    const loan = await conversation.external(async () => {
      const app = await deps.db.application.findUnique({ where: { id: applicationId }, include: { program: true } });
      return {
        requested: String(app?.amountRials ?? 0n),
        min: String(app?.program?.minAmountRials ?? 1n),
        max: String(app?.program?.maxAmountRials ?? app?.amountRials ?? 1n),
      };
    });
    const flow = await openFlow(conversation, ctx, { name: BANK_PAY, keepWhenLeft: false, left: left(code) });
    const range = { min: BigInt(loan.min), max: BigInt(loan.max) };
    const rangeParams = (c: ConvContext) => ({ min: money(c, range.min), max: money(c, range.max) });
    const amount = await ask(
      flow,
      "amount",
      amountStep({
        prompt: (c) => c.reply(c.t("pay-ask-amount", { code, requested: money(c, BigInt(loan.requested)) })),
        limits: { min: 1n, max: range.max },
        rangeKey: "err-payment-range",
        rangeParams,
        usual: range,
      }),
    );
    const day = await ask(
      flow,
      "date",
      dateStep("pay-date-question", () => deps.clock.now(), deps.config.timeZone),
    );
    const tz = deps.config.timeZone;
    const text = (c: ConvContext) => c.t("pay-confirm", { code, amount: money(c, BigInt(amount)), date: formatDate(new Date(day), c.user.language, tz) });
    if (!(await confirmed(flow, text, code, ["amount", "date"]))) return;
    await finish(flow, deps, { applicationId, version, to: "paid", payment: { amountRials: BigInt(amount), paidAt: new Date(day) } });
  };
}

/** Returned by the bank: a reason from the list and an optional note the applicant reads. */
export function bankReturnConversation(deps: BotDeps) {
  return async function bankReturn(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const code = await trackingCodeOf(conversation, deps, applicationId);
    const flow = await openFlow(conversation, ctx, { name: BANK_RETURN, keepWhenLeft: false, left: left(code) });
    const reason = await ask(
      flow,
      "reason",
      singleChoiceStep(
        (c) => c.t("return-ask-reason", { code }),
        RETURN_REASONS.map((r) => ({ id: r, label: flow.ctx.t(`return-reason-${r}`) })),
      ),
    );
    const note = await ask(
      flow,
      "note",
      optionalNoteStep((c) => c.t("return-note-ask")),
    );
    const text = (c: ConvContext) => c.t("return-confirm", { code, reason: c.t(`return-reason-${reason}`), note: note ?? "—" });
    if (!(await confirmed(flow, text, code, ["reason", "note"]))) return;
    await finish(flow, deps, { applicationId, version, to: "bank_returned", returnReason: reason, note: note ?? undefined });
  };
}
