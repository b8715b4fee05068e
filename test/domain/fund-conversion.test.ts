import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DomainError } from "../../src/domain/errors.ts";
import { recordContribution, recordLoan, recordRepayment } from "../../src/domain/funds/entries.ts";
import { fundStatement } from "../../src/domain/funds/funds.ts";
import { convertFund, formUnion, fundHistory, fundProgress, readThresholds, type FundThresholds } from "../../src/domain/funds/thresholds.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { communityStats } from "../../src/domain/stats/community.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { fundMember, qalatFund } from "../support/fixtures.ts";

const M = 10_000_000n;

describe("the thresholds file", () => {
  it("reads the starter file: the cooperative law's seven members", () => {
    expect(readThresholds().cooperative).toMatchObject({ minMembers: 7, minMonthsActive: 12, minOnTimePercent: 90 });
  });
  it("refuses a malformed file as a whole, naming every problem", () => {
    expect(() => readThresholds("test/fixtures/fund-thresholds-broken.json")).toThrow(
      /minMembers[\s\S]*minMonthsActive[\s\S]*minCapitalRials[\s\S]*minOnTimePercent/,
    );
  });
});

describe.each(PROVIDERS)("from fund to cooperative on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  const thresholds: FundThresholds = {
    cooperative: { minMembers: 3, minMonthsActive: 2, minCapitalRials: 3n * M, minOnTimePercent: 90 },
    union: { minCooperatives: 2 },
  };
  let coordinator: number;
  let facilitator: number;
  let fundId: number;
  let joinToken: string;
  const members: number[] = [];

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-01-10T08:00:00Z");
    database = await createTestDatabase(provider);
    ({ coordinator, facilitator, fundId, joinToken } = await qalatFund(deps()));
    members.length = 0;
    for (const id of [1001, 1002]) members.push((await fundMember(deps(), joinToken, id, `P${id}`)).memberId);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const measures = async () => Object.fromEntries((await fundProgress(deps(), facilitator, fundId, thresholds)).measures.map((m) => [m.measure, m]));

  it.skipIf(skip)("shows the progress toward each threshold, and a coordinator records the conversion once it is ready, keeping history", async () => {
    const db = database.prisma;
    expect(await measures()).toMatchObject({
      members: { have: 2, need: 3, met: false },
      months: { have: 0, need: 2, met: false },
      capital: { have: "0", need: String(3n * M), met: false },
      onTime: { have: null, need: 90, met: false },
    });
    const code = async (work: Promise<unknown>) => ((await work.catch((e: unknown) => e)) as DomainError).code;
    expect(await code(convertFund(deps(), coordinator, fundId, thresholds))).toBe("fund-not-ready");
    expect(await code(convertFund(deps(), facilitator, fundId, thresholds))).toBe("not-staff");

    await fundMember(deps(), joinToken, 1003, "P1003");
    await recordContribution(deps(), facilitator, fundId, members[0]!, 3n * M);
    const loanId = await recordLoan(deps(), facilitator, fundId, { memberId: members[1]!, amountRials: M, installments: 1, purpose: "بذر" });
    now = new Date("2026-02-05T08:00:00Z");
    await recordRepayment(deps(), facilitator, fundId, loanId, M);
    now = new Date("2026-03-10T08:00:00Z");
    const progress = await fundProgress(deps(), facilitator, fundId, thresholds);
    expect(progress).toMatchObject({ ready: true, next: "cooperative" });

    await convertFund(deps(), coordinator, fundId, thresholds);
    expect(await code(convertFund(deps(), coordinator, fundId, thresholds))).toBe("fund-converted");
    expect((await fundStatement(deps(), facilitator, fundId)).fund.stage).toBe("cooperative");
    expect(await fundHistory(deps(), coordinator, fundId)).toMatchObject([{ fromStage: "fund", toStage: "cooperative" }]);
    const history = await db.fundConversion.findFirstOrThrow();
    expect(JSON.parse(history.progress)).toHaveLength(4);
    // The same members and book.
    expect(await db.fundMember.count({ where: { fundId } })).toBe(3);
    expect(await db.fundEntry.count({ where: { fundId } })).toBe(3);
    expect(await db.outbox.count({ where: { template: "notify-fund-converted" } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: "fund.convert", actorId: coordinator } })).toBe(1);
    // One cooperative is not a union (the threshold here is two).
    expect(await code(formUnion(deps(), coordinator, (await db.region.findUniqueOrThrow({ where: { code: "fars-shiraz" } })).id, "اتحادیه", thresholds))).toBe(
      "union-not-ready",
    );
    expect((await communityStats(deps(), coordinator)).byCounty).toEqual([
      { county: { fa: "شیراز", en: "Shiraz" }, funds: 0, cooperatives: 1, unions: 0, jobs: 0 },
    ]);
    expect(await db.auditLog.count({ where: { action: { in: ["refused.fund-not-ready", "refused.not-staff"] } } })).toBe(2);
  });
});
