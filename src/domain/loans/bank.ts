import { z } from "zod";
import type { Db, Tx } from "../../db/client.ts";
import type { ApplicationStatus } from "../catalog.ts";
import { DomainError } from "../errors.ts";
import { cleanText } from "../input/clean-text.ts";
import { refusalOf } from "../input/refusal.ts";
import { DAY_MS, localTime } from "../local-time.ts";
import type { OutboxMessage } from "../outbox.ts";
import type { Transition } from "../review/transitions.ts";

// Labels live in locales (bank-<id>, return-reason-<id>).

/** The banks that pay Note 16 and the agency's other employment loans. */
export const BANKS = ["keshavarzi", "tosee-taavon", "post-bank", "mehr-iran", "resalat", "refah", "melli", "sepah", "saderat", "other"] as const;
export type Bank = (typeof BANKS)[number];

/** Why a bank returns a plan, as the agency's reports count them. */
export const RETURN_REASONS = [
  "guarantor",
  "credit-record",
  "documents",
  "bank-quota",
  "not-eligible",
  "plan-not-viable",
  "applicant-absent",
  "applicant-withdrew",
  "other",
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** The 15-day rule: a loan should be paid this many days after its introduction to the bank. */
export const DEFAULT_BANK_PAYMENT_DAYS = 15;

/** The branch as a coordinator types it: its name or code. */
export const branchSchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(2, { error: "err-branch-short" }).max(80, { error: "err-too-long" }));

export interface BankIntroduction {
  bank: Bank;
  branch: string;
  introducedAt: Date;
}

export interface BankPayment {
  amountRials: bigint | number;
  paidAt: Date;
}

/** What a move of the bank pipeline carries (StatusChange's bank parts). */
export interface BankStep {
  introduction?: BankIntroduction;
  payment?: BankPayment;
  returnReason?: ReturnReason;
}

/** The case as the bank pipeline needs it. */
export interface BankCase {
  id: number;
  submittedAt: Date;
  amountRials: bigint | null;
  regionId: number;
  introducingBody: string | null;
  targetGroup: string | null;
  businessId: number;
}

const LARGEST_PAYMENT_RIALS = 100_000_000_000_000n;

/** The open referral (introduced, not returned) of a case at the bank; null when there is none. */
export function openReferral(tx: Db | Tx, applicationId: number) {
  return tx.bankReferral.findFirst({ where: { applicationId, returnReason: null }, orderBy: { id: "desc" } });
}

/**
 * Checks what a move of the pipeline carries (before anything is written) and returns how to
 * write it, inside the status change's transaction. Dates are checked by the Tehran day: a
 * payment on the day of the introduction is fine, a day in the future is not.
 */
export async function checkBankStep(
  db: Db,
  transition: Transition,
  app: BankCase,
  step: BankStep,
  now: Date,
  timeZone: string,
): Promise<((tx: Tx, actorId: number) => Promise<void>) | null> {
  const day = (d: Date) => localTime(d, timeZone).day;
  const notFuture = (d: Date) => {
    if (Number.isNaN(d.getTime()) || day(d) > day(now)) throw new DomainError("date-in-future", "err-date-future");
  };
  if (transition.needsBankIntroduction) {
    const intro = step.introduction;
    if (!intro || !BANKS.includes(intro.bank)) throw new DomainError("bank-required", "err-bank-required");
    const branch = branchSchema.safeParse(intro.branch);
    if (!branch.success) {
      const { key, params } = refusalOf(branch.error);
      throw new DomainError("branch-invalid", key, params);
    }
    notFuture(intro.introducedAt);
    if (day(intro.introducedAt) < day(app.submittedAt)) throw new DomainError("date-before-application", "err-date-before-application");
    return async (write, actorId) => {
      const { plannedJobs } = await write.business.findUniqueOrThrow({ where: { id: app.businessId }, select: { plannedJobs: true } });
      await write.bankReferral.create({
        data: {
          applicationId: app.id,
          bank: intro.bank,
          branch: branch.data,
          introducedAt: intro.introducedAt,
          introducedById: actorId,
          // What the report groups and sums referrals by, copied from the case (it never changes after filing).
          regionId: app.regionId,
          introducingBody: app.introducingBody,
          targetGroup: app.targetGroup,
          plannedJobs,
        },
      });
    };
  }
  if (!transition.needsPayment && !transition.needsReturnReason && transition.to !== "bank_approved") return null;
  // Every case at the bank has its referral (the migration gave one to those introduced before referrals were recorded).
  const referral = await openReferral(db, app.id);
  if (!referral) throw new DomainError("referral-missing", "err-transition-refused");
  if (transition.needsPayment) {
    const payment = step.payment;
    if (!payment) throw new DomainError("payment-required", "err-payment-required");
    const amount = BigInt(payment.amountRials);
    if (amount <= 0n || amount > LARGEST_PAYMENT_RIALS) throw new DomainError("payment-amount", "err-payment-amount");
    notFuture(payment.paidAt);
    if (day(payment.paidAt) < day(referral.introducedAt)) throw new DomainError("date-before-introduction", "err-date-before-introduction");
    return async (write) => {
      await write.bankReferral.update({
        where: { id: referral.id },
        data: {
          decision: "approved",
          decidedAt: referral.decidedAt ?? now,
          paidAmountRials: amount,
          paidAt: payment.paidAt,
          daysToPayment: Math.round((Date.parse(day(payment.paidAt)) - Date.parse(day(referral.introducedAt))) / DAY_MS),
        },
      });
    };
  }
  if (transition.needsReturnReason) {
    if (!step.returnReason || !RETURN_REASONS.includes(step.returnReason)) throw new DomainError("return-reason-required", "err-return-reason-required");
    return async (write) => {
      await write.bankReferral.update({ where: { id: referral.id }, data: { decision: "returned", decidedAt: now, returnReason: step.returnReason } });
    };
  }
  return async (write) => {
    await write.bankReferral.update({ where: { id: referral.id }, data: { decision: "approved", decidedAt: now } });
  };
}

/** What the applicant is told of a step of the pipeline (null: the generic status notice). */
export function bankNotice(to: ApplicationStatus, step: BankStep, note: string | undefined): Pick<OutboxMessage, "template" | "params"> | null {
  if (to === "referred_to_bank" && step.introduction) {
    const { bank, branch, introducedAt } = step.introduction;
    return {
      template: "notify-bank-introduced",
      params: { bank: { t: `bank-${bank}` }, branch: cleanText(branch), date: { day: introducedAt.toISOString() } },
    };
  }
  if (to === "bank_approved") return { template: "notify-bank-approved", params: {} };
  if (to === "paid" && step.payment) {
    const { amountRials, paidAt } = step.payment;
    return { template: "notify-bank-paid", params: { amount: { rials: String(amountRials) }, date: { day: paidAt.toISOString() } } };
  }
  if (to === "bank_returned" && step.returnReason) {
    const reason = { t: `return-reason-${step.returnReason}` };
    return note ? { template: "notify-bank-returned-note", params: { reason, note } } : { template: "notify-bank-returned", params: { reason } };
  }
  return null;
}
