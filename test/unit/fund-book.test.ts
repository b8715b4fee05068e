import { describe, expect, it } from "vitest";
import { fundFigures, inForce, installmentPlan, loanState, type BookEntry } from "../../src/domain/funds/book.ts";

const day = (d: string) => new Date(`${d}T09:00:00Z`);
let id = 0;
const entry = (kind: BookEntry["kind"], memberId: number, amount: number, at: string, extra: Partial<BookEntry> = {}): BookEntry => ({
  id: ++id,
  memberId,
  kind,
  amountRials: BigInt(amount),
  loanId: null,
  reversesId: null,
  installments: null,
  recordedAt: day(at),
  ...extra,
});

describe("a fund's book", () => {
  it("splits a loan into equal monthly installments, the last taking the remainder", () => {
    const plan = installmentPlan(1_000_000n, 3, day("2026-01-10"));
    expect(plan.map((i) => i.amountRials)).toEqual([333_333n, 333_333n, 333_334n]);
    expect(plan.map((i) => i.dueAt.toISOString().slice(0, 10))).toEqual(["2026-02-10", "2026-03-10", "2026-04-10"]);
  });

  it("adds contributions and repayments, takes loans out, and counts installments paid on time", () => {
    const a = entry("contribution", 1, 5_000_000, "2026-01-01");
    const b = entry("contribution", 2, 3_000_000, "2026-01-02");
    const loan = entry("loan", 2, 3_000_000, "2026-01-10", { installments: 3 });
    const plan = installmentPlan(3_000_000n, 3, loan.recordedAt);
    const r1 = entry("repayment", 2, 1_000_000, "2026-02-09", { loanId: loan.id }); // on time
    const r2 = entry("repayment", 2, 1_000_000, "2026-03-20", { loanId: loan.id }); // late
    const entries = [a, b, loan, r1, r2];
    const figures = fundFigures(entries, new Map([[loan.id, plan]]), day("2026-03-25"));
    expect(figures).toMatchObject({ balanceRials: 7_000_000n, contributedRials: 8_000_000n, lentOutRials: 1_000_000n, openLoans: 1, onTimePercent: 50 });
    expect(figures.loans[0]).toMatchObject({
      repaidRials: 2_000_000n,
      remainingRials: 1_000_000n,
      next: { number: 3, dueRials: 1_000_000n },
      due: 2,
      onTime: 1,
    });
  });

  it("a part payment leaves the rest of the installment as the next one due", () => {
    const loan = entry("loan", 1, 900_000, "2026-01-10", { installments: 3 });
    const part = entry("repayment", 1, 400_000, "2026-02-01", { loanId: loan.id });
    const state = loanState(loan, [loan, part], installmentPlan(900_000n, 3, loan.recordedAt), day("2026-02-01"));
    expect(state.next).toMatchObject({ number: 2, dueRials: 200_000n });
    expect(state).toMatchObject({ due: 0, onTime: 0, remainingRials: 500_000n });
  });

  it("a reversal undoes its entry: both stay in the book, neither counts", () => {
    const wrong = entry("contribution", 1, 50_000_000, "2026-01-01");
    const undo = entry("reversal", 1, 50_000_000, "2026-01-02", { reversesId: wrong.id });
    const right = entry("contribution", 1, 5_000_000, "2026-01-02");
    expect(inForce([wrong, undo, right])).toEqual([right]);
    expect(fundFigures([wrong, undo, right], new Map(), day("2026-01-03"))).toMatchObject({ balanceRials: 5_000_000n, onTimePercent: null });
  });
});
