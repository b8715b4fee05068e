import { addMonths } from "../review/permit.ts";

/** The kinds of entry in a fund's book. */
export const ENTRY_KINDS = ["contribution", "loan", "repayment", "reversal"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface BookEntry {
  id: number;
  memberId: number;
  kind: EntryKind;
  amountRials: bigint;
  loanId: number | null;
  reversesId: number | null;
  installments: number | null;
  recordedAt: Date;
}

export interface Installment {
  number: number;
  dueAt: Date;
  amountRials: bigint;
}

/**
 * A loan's monthly installments from a month after it was lent: equal parts in whole rials,
 * the last one taking what the division leaves.
 */
export function installmentPlan(amountRials: bigint, count: number, lentAt: Date): Installment[] {
  const part = amountRials / BigInt(count);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    dueAt: addMonths(lentAt, i + 1),
    amountRials: i === count - 1 ? amountRials - part * BigInt(count - 1) : part,
  }));
}

/** The entries that count: a reversed entry and its reversal cancel out (both stay in the book). */
export function inForce(entries: readonly BookEntry[]): BookEntry[] {
  const reversed = new Set(entries.filter((e) => e.kind === "reversal").map((e) => e.reversesId));
  return entries.filter((e) => e.kind !== "reversal" && !reversed.has(e.id));
}

const sum = (entries: readonly BookEntry[]) => entries.reduce((total, e) => total + e.amountRials, 0n);

export interface LoanState {
  loanId: number;
  memberId: number;
  amountRials: bigint;
  repaidRials: bigint;
  remainingRials: bigint;
  /** The next installment not fully covered by repayments, with what is still due of it; null once repaid. */
  next: { number: number; dueAt: Date; dueRials: bigint } | null;
  /** Installments due by `now`, and how many of them were covered by their due date. */
  due: number;
  onTime: number;
}

/** Where a loan stands at `now`, from the repayments in force and its plan. */
export function loanState(loan: BookEntry, entries: readonly BookEntry[], plan: readonly Installment[], now: Date): LoanState {
  const repayments = inForce(entries).filter((e) => e.kind === "repayment" && e.loanId === loan.id);
  const repaidRials = sum(repayments);
  let cumulative = 0n;
  let next: LoanState["next"] = null;
  let due = 0;
  let onTime = 0;
  for (const installment of [...plan].sort((a, b) => a.number - b.number)) {
    cumulative += installment.amountRials;
    if (next === null && repaidRials < cumulative) {
      next = {
        number: installment.number,
        dueAt: installment.dueAt,
        dueRials: cumulative - repaidRials < installment.amountRials ? cumulative - repaidRials : installment.amountRials,
      };
    }
    if (installment.dueAt <= now) {
      due++;
      const paidByThen = sum(repayments.filter((r) => r.recordedAt <= installment.dueAt));
      if (paidByThen >= cumulative) onTime++;
    }
  }
  return {
    loanId: loan.id,
    memberId: loan.memberId,
    amountRials: loan.amountRials,
    repaidRials,
    remainingRials: loan.amountRials - repaidRials,
    next,
    due,
    onTime,
  };
}

export interface FundFigures {
  /** Money in the fund's hands: contributions and repayments in, loans out. */
  balanceRials: bigint;
  contributedRials: bigint;
  /** Lent and not yet repaid. */
  lentOutRials: bigint;
  openLoans: number;
  /** Installments paid by their due date, of those due so far, as a whole percent; null before any is due. */
  onTimePercent: number | null;
  loans: LoanState[];
}

/** The fund's figures at `now` from its whole book and its loans' plans. */
export function fundFigures(entries: readonly BookEntry[], plans: ReadonlyMap<number, readonly Installment[]>, now: Date): FundFigures {
  const counted = inForce(entries);
  const of = (kind: EntryKind) => counted.filter((e) => e.kind === kind);
  const contributedRials = sum(of("contribution"));
  const lent = sum(of("loan"));
  const repaid = sum(of("repayment"));
  const loans = of("loan").map((loan) => loanState(loan, entries, plans.get(loan.id) ?? [], now));
  const due = loans.reduce((n, l) => n + l.due, 0);
  const onTime = loans.reduce((n, l) => n + l.onTime, 0);
  return {
    balanceRials: contributedRials - lent + repaid,
    contributedRials,
    lentOutRials: lent - repaid,
    openLoans: loans.filter((l) => l.remainingRials > 0n).length,
    onTimePercent: due === 0 ? null : Math.floor((onTime * 100) / due),
    loans,
  };
}

/** One member's savings (contributions in force) and loans. */
export function memberFigures(figures: FundFigures, entries: readonly BookEntry[], memberId: number) {
  return {
    contributedRials: sum(inForce(entries).filter((e) => e.kind === "contribution" && e.memberId === memberId)),
    loans: figures.loans.filter((l) => l.memberId === memberId),
  };
}
