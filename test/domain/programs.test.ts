import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CatalogError, readCatalogFile } from "../../src/domain/programs/catalog-file.ts";
import { fitPrograms, whyNot, type Situation } from "../../src/domain/programs/eligibility.ts";
import { importCatalog } from "../../src/domain/programs/import.ts";
import { findProgram, listPrograms, type ProgramView } from "../../src/domain/programs/programs.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { dataFileProblems, NO_FACTS } from "../support/fixtures.ts";
import { factReasons, factsMissing } from "../../src/domain/applicant/facts.ts";

const NOW = new Date("2026-11-29T08:30:00Z");

const problemsOf = (path: string) => dataFileProblems(() => readCatalogFile(path));

describe("catalog file", () => {
  it("accepts the starter catalog", () => {
    const programs = readCatalogFile("data/programs.json");
    expect(programs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(programs.map((p) => p.kind)).size).toBeGreaterThanOrEqual(3);
  });

  it("lists every problem of a broken file with entry, field and why", () => {
    const problems = problemsOf("test/fixtures/catalog-broken.json");
    const expected = [
      /programs\[0\] \(Bad Code\): code: must be 2–32 lowercase/,
      /programs\[0\] \(Bad Code\): name\.en: English text is missing/,
      /programs\[0\] \(Bad Code\): eligibility\.categories\.0: /,
      /programs\[0\] \(Bad Code\): documents\.1\.accepts\.0: /,
      /programs\[1\] \(community-fund\): \(entry\): .*colour/,
    ];
    for (const pattern of expected)
      expect(
        problems.some((p) => pattern.test(p)),
        `${pattern} in\n${problems.join("\n")}`,
      ).toBe(true);
    expect(problems.every((p) => p.startsWith("test/fixtures/catalog-broken.json: "))).toBe(true);
  });

  it("reports cross-field problems once the fields themselves are sound", () => {
    const path = join(tmpdir(), `catalog-${process.pid}.json`);
    const good = JSON.parse(JSON.stringify(readCatalogFile("data/programs.json")));
    good[0].minAmountRials = good[0].maxAmountRials + 1;
    good[1].code = good[0].code;
    good[2].activeTo = "2020-01-01";
    good[2].documents.push(good[2].documents[0]);
    writeFileSync(path, JSON.stringify({ programs: good }));
    const problems = problemsOf(path);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/programs\[0\] \(rural-jobs-note18\): minAmountRials: is above maxAmountRials/),
        expect.stringMatching(/programs\[1\] \(rural-jobs-note18\): code: "rural-jobs-note18" is used by another program/),
        expect.stringMatching(/programs\[2\] \(community-fund\): activeTo: is before activeFrom/),
        expect.stringMatching(/programs\[2\] \(community-fund\): documents\.2\.code: "national-card" is listed twice/),
      ]),
    );
  });

  it("says when the file is not JSON at all", () => {
    const path = join(tmpdir(), `catalog-bad-${process.pid}.json`);
    writeFileSync(path, "{ programs: [");
    expect(problemsOf(path)).toEqual([expect.stringMatching(new RegExp(`^${path}: .*JSON`))]);
  });
});

const base: ProgramView = {
  code: "p",
  kind: "bank_loan",
  name: { fa: "p", en: "p" },
  provider: { fa: "p", en: "p" },
  minAmountRials: 1_000,
  maxAmountRials: 10_000,
  ratePercent: 4,
  favoursChains: [],
  repaymentMonths: 12,
  graceMonths: 0,
  rules: { deprivedAreasOnly: false, requiresBusiness: true, requiresPermit: false },
  fundingLine: null,
  terms: { bodies: [], targetGroups: [], fieldQuotas: [], provisional: false },
  closedFields: [],
  howToApply: { fa: "", en: "" },
  activeFrom: "2026-01-01T00:00:00.000Z",
  activeTo: "2026-12-31T00:00:00.000Z",
  documents: [],
};
const registered: Situation = { registered: true, category: "food", countyCode: "fars-shiraz", deprived: false, hasPermit: false };

describe("eligibility rules", () => {
  it.each<[string, Partial<ProgramView>, Partial<Situation>, string[]]>([
    ["fits", {}, {}, []],
    ["its field's quota is full", { closedFields: [{ category: "food", why: null, quota: 40 }] }, {}, ["field-closed"]],
    ["another field is closed", { closedFields: [{ category: "carpet", why: { fa: "x", en: "x" }, quota: null }] }, {}, []],
    ["not yet open", { activeFrom: "2027-01-01T00:00:00.000Z" }, {}, ["inactive"]],
    ["closed", { activeTo: "2026-06-01T00:00:00.000Z" }, {}, ["inactive"]],
    ["open-ended", { activeTo: null }, {}, []],
    ["another category", { rules: { ...base.rules, categories: ["livestock"] } }, {}, ["category"]],
    ["a listed category", { rules: { ...base.rules, categories: ["food", "livestock"] } }, {}, []],
    ["another county", { rules: { ...base.rules, counties: ["fars-jahrom"] } }, {}, ["county"]],
    ["deprived areas only", { rules: { ...base.rules, deprivedAreasOnly: true } }, {}, ["deprived"]],
    ["deprived area", { rules: { ...base.rules, deprivedAreasOnly: true } }, { deprived: true }, []],
    ["needs a business", {}, { registered: false }, ["needs-business"]],
    ["needs no business", { rules: { ...base.rules, requiresBusiness: false } }, { registered: false }, []],
    ["needs a permit", { rules: { ...base.rules, requiresPermit: true } }, {}, ["needs-permit"]],
    ["holds a permit", { rules: { ...base.rules, requiresPermit: true } }, { hasPermit: true }, []],
    ["amount too small", {}, { amountRials: 999 }, ["amount-min"]],
    ["amount too large", {}, { amountRials: 10_001 }, ["amount-max"]],
    ["amount at the limits", {}, { amountRials: 10_000 }, []],
    [
      "every reason at once",
      {
        activeTo: "2026-01-02T00:00:00.000Z",
        rules: { categories: ["carpet"], counties: ["fars-fasa"], deprivedAreasOnly: true, requiresBusiness: true, requiresPermit: true },
      },
      { registered: false, amountRials: 1 },
      ["inactive", "needs-business", "category", "county", "deprived", "needs-permit", "amount-min"],
    ],
  ])("%s", (_, program, situation, reasons) => {
    expect(whyNot({ ...base, ...program }, { ...registered, ...situation }, NOW).map((r) => r.code)).toEqual(reasons);
  });

  it("lists fitting programs first; a program fits if any business fits", () => {
    const livestock = { ...base, code: "livestock", rules: { ...base.rules, categories: ["livestock" as const] } };
    const carpet = { ...base, code: "carpet", rules: { ...base.rules, categories: ["carpet" as const] } };
    const profile = {
      hasPermit: false,
      facts: NO_FACTS,
      businesses: [
        { id: 1, name: "a", category: "food", countyCode: "fars-shiraz", deprived: false },
        { id: 2, name: "b", category: "livestock", countyCode: "fars-shiraz", deprived: false },
      ],
    };
    const fits = fitPrograms([carpet, livestock], profile, NOW);
    expect(fits.map((f) => [f.program.code, f.reasons.map((r) => r.code)])).toEqual([
      ["livestock", []],
      ["carpet", ["category"]],
    ]);
    const noBusiness = fitPrograms([carpet], { hasPermit: false, facts: NO_FACTS, businesses: [] }, NOW, {
      category: "carpet",
      countyCode: "fars-fasa",
      deprived: true,
    });
    expect(noBusiness[0]!.reasons.map((r) => r.code)).toEqual(["needs-business"]);
  });

  it("reads an earlier-loan answer only for what it tells of the program's years", () => {
    const rule = (years: number) => ({ ...base, rules: { ...base.rules, noEmploymentLoanYears: years } });
    const told = (had: boolean, years: number) => ({ ...NO_FACTS, priorLoan: { had, years } });
    // [answer, the program's years, asked again?, refused?]
    const cases: [ReturnType<typeof told>, number, boolean, boolean][] = [
      [told(true, 5), 5, false, true],
      [told(true, 1), 5, false, true], // a loan within one year is within five
      [told(true, 5), 2, true, false], // within five, perhaps not within two: ask
      [told(false, 10), 5, false, false], // none in ten years is none in five
      [told(false, 3), 5, true, false], // none in three says nothing of five: ask
    ];
    for (const [facts, years, missing, refused] of cases) {
      const what = `${JSON.stringify(facts.priorLoan)} against ${years} years`;
      expect(factsMissing(rule(years), undefined, facts).includes("priorLoan"), what).toBe(missing);
      expect(
        factReasons(rule(years), undefined, facts, NOW).some((r) => r.code === "prior-loan"),
        what,
      ).toBe(refused);
    }
  });

  it("weighs the person's known age and earlier loan; what they have not told yet is no reason", () => {
    const youth = { ...base, code: "youth", rules: { ...base.rules, minAge: 18, maxAge: 35 } };
    const firstLoan = { ...base, code: "first-loan", rules: { ...base.rules, noEmploymentLoanYears: 5 } };
    const open = { ...base, code: "open" };
    const business = { id: 1, name: "a", category: "food", countyCode: "fars-shiraz", deprived: false };
    const codes = (facts: typeof NO_FACTS) =>
      fitPrograms([youth, firstLoan, open], { hasPermit: false, facts, businesses: [business] }, NOW).map((f) => [
        f.program.code,
        f.reasons.map((r) => r.code),
      ]);
    expect(codes(NO_FACTS)).toEqual([
      ["youth", []],
      ["first-loan", []],
      ["open", []],
    ]);
    // 40 on NOW, with a loan three years ago: neither program fits, both listed after the one that does.
    expect(codes({ ...NO_FACTS, birthDate: "1985-06-01", priorLoan: { had: true, years: 5 } })).toEqual([
      ["open", []],
      ["youth", ["too-old"]],
      ["first-loan", ["prior-loan"]],
    ]);
    expect(codes({ ...NO_FACTS, birthDate: "2010-01-01" })[2]).toEqual(["youth", ["too-young"]]);
  });
});

describe.each(PROVIDERS)("catalog import on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  it.skipIf(skip)("imports, re-imports, retires what left the file, and refuses a broken file whole", async () => {
    const db = database.prisma;
    expect(await importCatalog(db, "data/programs.json")).toBe(6);
    const first = await listPrograms(db);
    expect(first.map((p) => p.code)).toEqual([
      "rural-jobs-note18",
      "home-jobs-loan",
      "community-fund",
      "livestock-development",
      "permit-support",
      "note16-home-jobs",
    ]);
    const fund = await findProgram(db, "community-fund");
    expect(fund).toMatchObject({ kind: "fund_loan", ratePercent: 4, maxAmountRials: 500_000_000, repaymentMonths: 24 });
    expect(fund!.documents.map((d) => d.code)).toEqual(["national-card", "fund-membership"]);

    await expect(importCatalog(db, "test/fixtures/catalog-broken.json")).rejects.toBeInstanceOf(CatalogError);
    expect((await listPrograms(db)).length).toBe(6);

    const path = join(tmpdir(), `catalog-two-${process.pid}-${provider}.json`);
    const programs = readCatalogFile("data/programs.json").slice(0, 2);
    programs[0]!.eligibility.counties = ["fars-atlantis"];
    writeFileSync(path, JSON.stringify({ programs }));
    await expect(importCatalog(db, path)).rejects.toThrow(/unknown county "fars-atlantis"/);
    programs[0]!.eligibility.counties = ["fars-shiraz"];
    writeFileSync(path, JSON.stringify({ programs }));
    expect(await importCatalog(db, path)).toBe(2);
    expect((await listPrograms(db)).map((p) => p.code)).toEqual(["rural-jobs-note18", "home-jobs-loan"]);
    expect(await db.program.count({ where: { retired: true } })).toBe(4);
    expect(await findProgram(db, "community-fund")).toBeNull();
  });
});
