import type { Tx } from "../../db/client.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { cleanText } from "../input/clean-text.ts";
import { refuse, type Actor } from "../review/actor.ts";
import { installmentPlan, inForce, type EntryKind } from "./book.ts";
import { fundFor, loadBook } from "./funds.ts";

/** What one entry may hold: a contribution or repayment of at least 1,000 tomans; a loan of at most 36 monthly installments. */
export const BOOK_LIMITS = { minRials: 10_000n, maxRials: 100_000_000_000n, maxInstallments: 36 } as const;

// The book is append-only: this module writes entries and never updates or deletes one.

async function member(deps: DomainDeps, fundId: number, memberId: number) {
  const found = await deps.db.fundMember.findUnique({ where: { id: memberId } });
  if (!found || found.fundId !== fundId) throw new DomainError("fund-member-not-found", "err-fund-member-not-found");
  return found;
}

function checkAmount(amountRials: bigint): void {
  if (amountRials < BOOK_LIMITS.minRials || amountRials > BOOK_LIMITS.maxRials) throw new DomainError("fund-amount", "err-fund-amount");
}

/** The fund's book in a transaction that holds its row: concurrent entries of one fund are decided one after another. */
async function lockedBook(tx: Tx, fundId: number, now: Date) {
  await tx.fund.update({ where: { id: fundId }, data: { bookVersion: { increment: 1 } } });
  return loadBook(tx, fundId, now);
}

/** A refusal decided inside a transaction: recorded (refuse) only after it rolled back, on the main connection. */
type Refusal = { refused: { code: string; key: string; details: Record<string, unknown> } };
const refusal = (code: string, key: string, details: Record<string, unknown>): Refusal => ({ refused: { code, key, details } });

async function settle(deps: DomainDeps, actor: Actor, fundId: number, outcome: number | Refusal): Promise<number> {
  if (typeof outcome === "number") return outcome;
  const { code, key, details } = outcome.refused;
  return refuse(deps.db, actor, code, key, { type: "fund", id: fundId }, details);
}

async function write(
  tx: Tx,
  actor: Actor,
  fundId: number,
  now: Date,
  entry: { memberId: number; kind: EntryKind; amountRials: bigint; loanId?: number; reversesId?: number; installments?: number; purpose?: string },
): Promise<number> {
  const created = await tx.fundEntry.create({ data: { fundId, recordedById: actor.id, recordedAt: now, ...entry } });
  await audit(tx, {
    actorId: actor.id,
    action: `fund.entry.${entry.kind}`,
    subjectType: "fund",
    subjectId: fundId,
    details: { entry: created.id, member: entry.memberId, amountRials: String(entry.amountRials), loan: entry.loanId, reverses: entry.reversesId },
  });
  return created.id;
}

/** A member's contribution, recorded by a keeper (a trustee or the village's facilitator). */
export async function recordContribution(deps: DomainDeps, actorId: number, fundId: number, memberId: number, amountRials: bigint): Promise<number> {
  const { actor } = await fundFor(deps, actorId, fundId, "keep");
  await member(deps, fundId, memberId);
  checkAmount(amountRials);
  return deps.db.$transaction(async (tx) => {
    await lockedBook(tx, fundId, deps.clock.now());
    return write(tx, actor, fundId, deps.clock.now(), { memberId, kind: "contribution", amountRials });
  });
}

/**
 * An interest-free loan from the pool to a member, repaid in monthly installments: never to a
 * trustee, never more than the fund holds, one open loan per member. Its plan is written with it.
 */
export async function recordLoan(
  deps: DomainDeps,
  actorId: number,
  fundId: number,
  input: { memberId: number; amountRials: bigint; installments: number; purpose: string },
): Promise<number> {
  const { actor } = await fundFor(deps, actorId, fundId, "keep");
  const borrower = await member(deps, fundId, input.memberId);
  checkAmount(input.amountRials);
  if (!Number.isInteger(input.installments) || input.installments < 1 || input.installments > BOOK_LIMITS.maxInstallments) {
    throw new DomainError("fund-installments", "err-fund-installments", { max: BOOK_LIMITS.maxInstallments });
  }
  const purpose = cleanText(input.purpose);
  if (purpose.length < 3 || purpose.length > 200) throw new DomainError("fund-purpose", "err-fund-purpose");
  if (borrower.role === "trustee")
    await refuse(deps.db, actor, "trustee-borrower", "err-fund-trustee-borrower", { type: "fund", id: fundId }, { member: borrower.id });
  const now = deps.clock.now();
  const outcome = await deps.db.$transaction(async (tx): Promise<number | Refusal> => {
    // Read while holding the fund's row: two loans at once cannot both take the same money.
    const { figures } = await lockedBook(tx, fundId, now);
    if (input.amountRials > figures.balanceRials) return refusal("fund-short", "err-fund-short", { amountRials: String(input.amountRials) });
    if (figures.loans.some((l) => l.memberId === borrower.id && l.remainingRials > 0n))
      return refusal("fund-open-loan", "err-fund-open-loan", { member: borrower.id });
    const loanId = await write(tx, actor, fundId, now, {
      memberId: borrower.id,
      kind: "loan",
      amountRials: input.amountRials,
      installments: input.installments,
      purpose,
    });
    await tx.fundInstallment.createMany({ data: installmentPlan(input.amountRials, input.installments, now).map((i) => ({ loanId, ...i })) });
    return loanId;
  });
  return settle(deps, actor, fundId, outcome);
}

/** A repayment of a loan in force, at most what remains of it. */
export async function recordRepayment(deps: DomainDeps, actorId: number, fundId: number, loanId: number, amountRials: bigint): Promise<number> {
  const { actor } = await fundFor(deps, actorId, fundId, "keep");
  checkAmount(amountRials);
  const now = deps.clock.now();
  const outcome = await deps.db.$transaction(async (tx): Promise<number | Refusal> => {
    const { figures } = await lockedBook(tx, fundId, now);
    const loan = figures.loans.find((l) => l.loanId === loanId);
    if (!loan) throw new DomainError("fund-loan-not-found", "err-fund-loan-not-found");
    if (amountRials > loan.remainingRials) return refusal("fund-overpaid", "err-fund-overpaid", { loan: loanId });
    return write(tx, actor, fundId, now, { memberId: loan.memberId, kind: "repayment", amountRials, loanId });
  });
  return settle(deps, actor, fundId, outcome);
}

/**
 * A correction: a new entry that undoes an earlier one (the earlier stays in the book, marked
 * reversed); the right amount is then recorded afresh. A loan with repayments in force is
 * undone only after them; a reversal is never itself reversed.
 */
export async function reverseEntry(deps: DomainDeps, actorId: number, fundId: number, entryId: number): Promise<number> {
  const { actor } = await fundFor(deps, actorId, fundId, "keep");
  const now = deps.clock.now();
  const outcome = await deps.db.$transaction(async (tx): Promise<number | Refusal> => {
    const { entries, figures } = await lockedBook(tx, fundId, now);
    const entry = inForce(entries).find((e) => e.id === entryId);
    if (!entry) throw new DomainError("fund-entry-not-found", "err-fund-entry-not-found");
    if (entry.kind === "loan" && figures.loans.find((l) => l.loanId === entry.id)!.repaidRials > 0n) {
      return refusal("fund-loan-repaid", "err-fund-loan-has-repayments", { entry: entry.id });
    }
    // Undoing money paid in must not leave the fund owing more than it holds.
    if ((entry.kind === "contribution" || entry.kind === "repayment") && entry.amountRials > figures.balanceRials) {
      return refusal("fund-short", "err-fund-short", { entry: entry.id });
    }
    return write(tx, actor, fundId, now, { memberId: entry.memberId, kind: "reversal", amountRials: entry.amountRials, reversesId: entry.id });
  });
  return settle(deps, actor, fundId, outcome);
}
