import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerOnBehalf } from "../../src/domain/facilitators/on-behalf.ts";
import { recordContribution, recordLoan, recordRepayment, reverseEntry } from "../../src/domain/funds/entries.ts";
import * as entriesModule from "../../src/domain/funds/entries.ts";
import { addHeldMember, createFund, fundStatement, joinFund, myFunds, setTrustee } from "../../src/domain/funds/funds.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { erasePersonalData } from "../../src/domain/privacy/erase.ts";
import { collectMyData } from "../../src/domain/privacy/my-data.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";
import { remindersTick } from "../../src/domain/reminders/tick.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, fundMember, qalatFund, refusal, validDraft } from "../support/fixtures.ts";

const M = 10_000_000n; // a million tomans, in rials

describe.each(PROVIDERS)("community funds on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let coordinator: number;
  let facilitator: number;
  let fundId: number;
  let joinToken: string;
  /** Member ids by name. */
  const members: Record<string, number> = {};

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-01-10T08:00:00Z");
    database = await createTestDatabase(provider);
    ({ coordinator, facilitator, fundId, joinToken } = await qalatFund(deps()));
    for (const [name, id] of [
      ["zahra", 1001],
      ["reza", 1002],
      ["mina", 1003],
    ] as const)
      members[name] = (await fundMember(deps(), joinToken, id, name)).memberId;
  });
  const userOf = async (name: string) => (await database.prisma.fundMember.findUniqueOrThrow({ where: { id: members[name]! } })).userId;
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  it.skipIf(skip)("only the village's facilitator, the county's coordinators and admins create funds; a link joins once", async () => {
    const db = database.prisma;
    const kenareh = (await db.village.findFirstOrThrow({ where: { nameEn: "Kenareh" } })).id;
    expect(await refusal(createFund(deps(), facilitator, { villageId: kenareh, name: "صندوق کناره" }))).toBe("forbidden");
    expect(await refusal(createFund(deps(), coordinator, { villageId: kenareh, name: "صندوق کناره" }))).toBe("forbidden");
    const zahra = await userOf("zahra");
    expect(await joinFund(deps(), zahra, joinToken)).toMatchObject({ fundId, joined: false });
    expect(await refusal(joinFund(deps(), zahra, "forged"))).toBe("fund-join-invalid");
    expect(await db.fundMember.count({ where: { fundId } })).toBe(3);
  });

  it.skipIf(skip)("the book: contributions, an interest-free loan in installments, repayments; the statement and each member's view", async () => {
    await setTrustee(deps(), facilitator, fundId, members.mina!, true);
    await recordContribution(deps(), facilitator, fundId, members.zahra!, 2n * M);
    await recordContribution(deps(), facilitator, fundId, members.reza!, 1n * M);
    // A trustee keeps the book too.
    const mina = await userOf("mina");
    await recordContribution(deps(), mina, fundId, members.mina!, 1n * M);
    const loanId = await recordLoan(deps(), mina, fundId, { memberId: members.reza!, amountRials: 3n * M, installments: 3, purpose: "خرید کندو" });
    now = new Date("2026-02-09T08:00:00Z");
    await recordRepayment(deps(), facilitator, fundId, loanId, 1n * M);

    const statement = await fundStatement(deps(), coordinator, fundId);
    expect(statement.figures).toMatchObject({ balanceRials: 2n * M, lentOutRials: 2n * M, onTimePercent: null, openLoans: 1 });
    now = new Date("2026-02-11T08:00:00Z");
    expect((await fundStatement(deps(), coordinator, fundId)).figures.onTimePercent).toBe(100);
    expect(statement).toMatchObject({ trustees: 1, keeps: false, fund: { name: "صندوق زنان قلات", village: { en: "Qalat" } } });
    expect(statement.members.map((m) => [m.name, m.role, m.contributedRials])).toEqual([
      ["zahra", "member", 2n * M],
      ["reza", "member", 1n * M],
      ["mina", "trustee", 1n * M],
    ]);
    const [mine] = await myFunds(deps(), await userOf("reza"));
    expect(mine).toMatchObject({
      name: "صندوق زنان قلات",
      contributedRials: 1n * M,
      loans: [{ amountRials: 3n * M, remainingRials: 2n * M, next: { number: 2 } }],
    });
    expect(await database.prisma.auditLog.count({ where: { action: { startsWith: "fund.entry." } } })).toBe(5);
    const loan = await database.prisma.fundEntry.findUniqueOrThrow({ where: { id: loanId }, include: { schedule: true } });
    expect(loan.schedule.map((s) => s.amountRials)).toEqual([M, M, M]);
  });

  it.skipIf(skip)("refuses: trustees borrowing, more than the fund holds, a second open loan, overpaying, strangers keeping the book", async () => {
    const db = database.prisma;
    await recordContribution(deps(), facilitator, fundId, members.zahra!, 2n * M);
    await setTrustee(deps(), facilitator, fundId, members.mina!, true);
    const loan = (memberId: number, amountRials: bigint) => recordLoan(deps(), facilitator, fundId, { memberId, amountRials, installments: 4, purpose: "بذر" });
    expect(await refusal(loan(members.mina!, M))).toBe("trustee-borrower");
    expect(await refusal(loan(members.reza!, 3n * M))).toBe("fund-short");
    const loanId = await loan(members.reza!, M);
    expect(await refusal(loan(members.reza!, M / 2n))).toBe("fund-open-loan");
    expect(await refusal(setTrustee(deps(), facilitator, fundId, members.reza!, true))).toBe("trustee-borrower");
    expect(await refusal(recordRepayment(deps(), facilitator, fundId, loanId, 2n * M))).toBe("fund-overpaid");
    expect(await refusal(recordContribution(deps(), await userOf("zahra"), fundId, members.zahra!, M))).toBe("forbidden");
    expect(await refusal(recordContribution(deps(), coordinator, fundId, members.zahra!, M))).toBe("forbidden");
    expect(await db.auditLog.count({ where: { action: { startsWith: "refused." } } })).toBe(7);
    expect(await db.fundEntry.count()).toBe(2);
  });

  it.skipIf(skip)("never edits an entry: a correction is a reversal beside it, and a reversal cannot be undone", async () => {
    const db = database.prisma;
    const wrong = await recordContribution(deps(), facilitator, fundId, members.zahra!, 20n * M);
    const undo = await reverseEntry(deps(), facilitator, fundId, wrong);
    await recordContribution(deps(), facilitator, fundId, members.zahra!, 2n * M);
    expect(await refusal(reverseEntry(deps(), facilitator, fundId, wrong))).toBe("fund-entry-not-found");
    expect(await refusal(reverseEntry(deps(), facilitator, fundId, undo))).toBe("fund-entry-not-found");
    const rows = await db.fundEntry.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.kind, r.amountRials, r.reversesId])).toEqual([
      ["contribution", 20n * M, null],
      ["reversal", 20n * M, wrong],
      ["contribution", 2n * M, null],
    ]);
    expect((await fundStatement(deps(), facilitator, fundId)).figures.balanceRials).toBe(2n * M);
    // The module that writes the book offers no way to change or remove an entry.
    expect(Object.keys(entriesModule).filter((name) => /update|edit|delete|remove/i.test(name))).toEqual([]);
    // A loan already being repaid is not undone before its repayments.
    const loanId = await recordLoan(deps(), facilitator, fundId, { memberId: members.reza!, amountRials: M, installments: 2, purpose: "بذر" });
    const repaid = await recordRepayment(deps(), facilitator, fundId, loanId, M / 2n);
    expect(await refusal(reverseEntry(deps(), facilitator, fundId, loanId))).toBe("fund-loan-repaid");
    await reverseEntry(deps(), facilitator, fundId, repaid);
    await reverseEntry(deps(), facilitator, fundId, loanId);
    expect((await fundStatement(deps(), facilitator, fundId)).figures).toMatchObject({ balanceRials: 2n * M, lentOutRials: 0n, openLoans: 0 });
  });

  it.skipIf(skip)("a member's data: in /mydata, sealed at rest, and the loan's purpose erased with them (the amounts stay the fund's)", async () => {
    const db = database.prisma;
    await recordContribution(deps(), facilitator, fundId, members.zahra!, 2n * M);
    await recordLoan(deps(), facilitator, fundId, { memberId: members.reza!, amountRials: M, installments: 2, purpose: "خرید کندو" });
    const reza = await userOf("reza");
    const data = await collectMyData(deps(), reza);
    expect(data.funds).toMatchObject([{ fund: "صندوق زنان قلات", entries: [{ kind: "loan", amountRials: String(M), purpose: "خرید کندو" }] }]);
    const raw = await database.prisma.$queryRawUnsafe<{ purpose: string }[]>(`SELECT "purpose" FROM "FundEntry" WHERE "kind" = 'loan'`);
    expect(raw[0]!.purpose).not.toContain("کندو");
    await erasePersonalData(deps(), reza);
    expect(await db.fundEntry.findFirstOrThrow({ where: { kind: "loan" } })).toMatchObject({ purpose: null, amountRials: M });
  });

  it.skipIf(skip)("installment reminders: before each due date, not once it is covered, never to those who switched reminders off", async () => {
    const db = database.prisma;
    await recordContribution(deps(), facilitator, fundId, members.zahra!, 5n * M);
    await recordLoan(deps(), facilitator, fundId, { memberId: members.reza!, amountRials: 2n * M, installments: 2, purpose: "بذر" });
    await recordLoan(deps(), facilitator, fundId, { memberId: members.mina!, amountRials: 2n * M, installments: 2, purpose: "بذر" });
    const loanOfZahra = await recordLoan(deps(), facilitator, fundId, { memberId: members.zahra!, amountRials: M, installments: 1, purpose: "بذر" });
    await recordRepayment(deps(), facilitator, fundId, loanOfZahra, M); // covered before it is due
    await db.user.update({ where: { id: await userOf("mina") }, data: { remindersOptOut: true } });
    const settings = { ...DEFAULT_REMINDERS, registrationDays: [], documentsDays: [], permitExpiryDays: [], documentsEscalateDays: 0, slaDays: 0 };
    now = new Date("2026-02-07T09:00:00Z"); // three days before the first installments (10 February)
    expect(await remindersTick(deps(), settings)).toBe(1);
    now = new Date("2026-02-10T09:00:00Z");
    expect(await remindersTick(deps(), settings)).toBe(1);
    const rows = await db.outbox.findMany({ where: { template: "reminder-installment" } });
    expect(rows.map((r) => [r.recipientId, r.dedupeKey.split(":")[1]])).toEqual([
      [await userOf("reza"), "installment-3"],
      [await userOf("reza"), "installment-0"],
    ]);
    expect(JSON.parse(rows[0]!.params!)).toMatchObject({ amount: { rials: String(M) }, fund: "صندوق زنان قلات" });
  });

  it.skipIf(skip)("a facilitator adds a person they registered, who has no account to open the link with", async () => {
    const db = database.prisma;
    const filed = await registerOnBehalf(deps(), facilitator, "k1", await validDraft(db, { village: "قلات", nationalId: "0012345679" }), "signed");
    await addHeldMember(deps(), facilitator, fundId, filed.personId);
    const stranger = (await applicant(db, 1009, "X")).id;
    expect(await refusal(addHeldMember(deps(), facilitator, fundId, stranger))).toBe("forbidden");
    expect(await db.fundMember.count({ where: { fundId, userId: filed.personId } })).toBe(1);
  });
});
