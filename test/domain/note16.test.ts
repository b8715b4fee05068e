import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveFacts } from "../../src/domain/applicant/facts.ts";
import { collectMyData } from "../../src/domain/privacy/my-data.ts";
import { erasePersonalData } from "../../src/domain/privacy/erase.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { type CatalogError, readCatalogFile } from "../../src/domain/programs/catalog-file.ts";
import { importCatalog } from "../../src/domain/programs/import.ts";
import { findProgram } from "../../src/domain/programs/programs.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, validDraft } from "../support/fixtures.ts";

const NOW = new Date("2026-11-29T08:30:00Z");

/** The starter catalog with the Note 16 program's terms changed. */
function catalogWith(terms: Record<string, unknown>): string {
  const file = JSON.parse(readFileSync("data/programs.json", "utf8"));
  const note16 = file.programs.find((p: { code: string }) => p.code === "note16-home-jobs");
  note16.terms = { ...note16.terms, ...terms };
  const path = join(tmpdir(), `catalog-note16-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe("Note 16 in the catalog file", () => {
  it("ships a Note 16 program with bodies (rate and cap), target groups and quotas, marked for the agency to confirm", () => {
    const note16 = readCatalogFile("data/programs.json").find((p) => p.code === "note16-home-jobs")!;
    expect(note16.fundingLine).toBe("note-16");
    expect(note16.terms.provisional).toBe(true);
    expect(note16.terms.bodies.find((b) => b.code === "relief-committee")).toMatchObject({ ratePercent: 4 });
    expect(note16.terms.bodies.find((b) => b.code === "jihad-agriculture")).toMatchObject({ ratePercent: 14 });
    expect(note16.terms.targetGroups).toContain("women-heads");
  });

  it("lists a body or a field named twice, and a quota with neither a number nor a reason", () => {
    const path = catalogWith({
      bodies: [
        { code: "welfare", ratePercent: 4, capPerJobRials: 1 },
        { code: "welfare", ratePercent: 5, capPerJobRials: 1 },
      ],
      fieldQuotas: [{ category: "food" }, { category: "carpet", quota: 1 }, { category: "carpet", quota: 2 }],
    });
    let problems: string[] = [];
    try {
      readCatalogFile(path);
    } catch (error) {
      problems = (error as CatalogError).problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/\(note16-home-jobs\): terms\.fieldQuotas\.0: needs a quota or closedBecause$/),
      expect.stringMatching(/\(note16-home-jobs\): terms\.bodies\.1: body "welfare" is listed twice$/),
      expect.stringMatching(/\(note16-home-jobs\): terms\.fieldQuotas\.2: field "carpet" is listed twice$/),
    ]);
  });
});

describe.each(PROVIDERS)("Note 16 programs on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const deps = () => ({ db: database.prisma, clock: { now: () => NOW }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });

  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  async function businessOf(platformUserId: number, overrides = {}) {
    const user = (await applicant(database.prisma, platformUserId)).id;
    const filed = await submitRegistration(deps(), user, `reg-${platformUserId}`, await validDraft(database.prisma, overrides));
    const { businessId } = await database.prisma.application.findUniqueOrThrow({ where: { id: filed.applicationId } });
    // What the Note 16 program checks of her (age limits, no loan in five years, her group): answered in the bot.
    await saveFacts(deps(), user, { birthDate: "1990-03-21", welfareClient: true, priorLoan: { had: false, years: 5 } });
    return { user, businessId };
  }
  const loan = (introducingBody?: string, amountRials = 900_000_000) => ({
    programCode: "note16-home-jobs",
    amountRials,
    purpose: "خرید کندو و زنبور",
    repaymentMonths: 36,
    introducingBody,
    targetGroup: "welfare-clients",
  });

  it.skipIf(skip)("needs a body from the program's list, keeps it on the application, and caps the amount per job", async () => {
    const { user, businessId } = await businessOf(1001, { plannedJobs: 1 }); // beekeeping, 1 planned job
    await expect(submitLoanApplication(deps(), user, "a", { businessId, ...loan() })).rejects.toMatchObject({ code: "body-required" });
    await expect(submitLoanApplication(deps(), user, "b", { businessId, ...loan("technical-vocational") })).rejects.toMatchObject({ code: "body-required" });
    // The relief committee lends at most 300,000,000 tomans per job.
    await expect(submitLoanApplication(deps(), user, "c", { businessId, ...loan("relief-committee", 3_500_000_000) })).rejects.toMatchObject({
      code: "over-job-cap",
    });
    const filed = await submitLoanApplication(deps(), user, "d", { businessId, ...loan("relief-committee") });
    expect(await database.prisma.application.findUniqueOrThrow({ where: { id: filed.applicationId } })).toMatchObject({ introducingBody: "relief-committee" });
    await expect(
      submitLoanApplication(deps(), user, "e", {
        businessId,
        ...loan("welfare"),
        targetGroup: undefined,
        programCode: "community-fund",
        amountRials: 60_000_000,
        repaymentMonths: 12,
      }),
    ).rejects.toMatchObject({
      code: "body-required",
    });
  });

  it.skipIf(skip)("a field whose quota is full, or closed by the catalog, is shown closed with why and refuses applications", async () => {
    await importCatalog(
      database.prisma,
      catalogWith({
        fieldQuotas: [
          { category: "beekeeping", quota: 1 },
          { category: "carpet", closedBecause: { fa: "سهمیهٔ استان تمام شد", en: "the province's share is used up" } },
        ],
      }),
    );
    expect((await findProgram(database.prisma, "note16-home-jobs"))!.closedFields).toEqual([
      { category: "carpet", why: { fa: "سهمیهٔ استان تمام شد", en: "the province's share is used up" }, quota: null },
    ]);
    const first = await businessOf(1001);
    await submitLoanApplication(deps(), first.user, "a", { businessId: first.businessId, ...loan("welfare") });
    const program = (await findProgram(database.prisma, "note16-home-jobs"))!;
    expect(program.closedFields.map((c) => [c.category, c.quota])).toEqual([
      ["beekeeping", 1],
      ["carpet", null],
    ]);
    const second = await businessOf(1002);
    await expect(submitLoanApplication(deps(), second.user, "b", { businessId: second.businessId, ...loan("welfare") })).rejects.toMatchObject({
      code: "not-eligible",
    });
  });

  it.skipIf(skip)("needs a target group from the program's list and the facts it checks, and refuses in words what does not fit", async () => {
    const { user, businessId } = await businessOf(1001);
    await expect(submitLoanApplication(deps(), user, "a", { businessId, ...loan("welfare"), targetGroup: undefined })).rejects.toMatchObject({
      code: "group-required",
    });
    await expect(submitLoanApplication(deps(), user, "b", { businessId, ...loan("welfare"), targetGroup: "nomads" })).rejects.toMatchObject({
      code: "group-required",
    });
    // Women heads of household are checked by sex, not asked yet.
    await expect(submitLoanApplication(deps(), user, "c", { businessId, ...loan("welfare"), targetGroup: "women-heads" })).rejects.toMatchObject({
      code: "facts-missing",
    });
    await saveFacts(deps(), user, { sex: "male", reliefClient: false });
    await expect(submitLoanApplication(deps(), user, "d", { businessId, ...loan("welfare"), targetGroup: "women-heads" })).rejects.toMatchObject({
      code: "not-eligible",
      i18nKey: "refuse-not-in-group",
      params: { group: "women-heads" },
    });
    await expect(submitLoanApplication(deps(), user, "e", { businessId, ...loan("welfare"), targetGroup: "relief-clients" })).rejects.toMatchObject({
      i18nKey: "refuse-not-in-group",
    });
    await saveFacts(deps(), user, { birthDate: "2010-01-01" });
    await expect(submitLoanApplication(deps(), user, "f", { businessId, ...loan("welfare") })).rejects.toMatchObject({
      i18nKey: "refuse-too-young",
      params: { age: 18 },
    });
    await saveFacts(deps(), user, { birthDate: "1950-01-01" });
    await expect(submitLoanApplication(deps(), user, "g", { businessId, ...loan("welfare") })).rejects.toMatchObject({
      i18nKey: "refuse-too-old",
      params: { age: 65 },
    });
    await saveFacts(deps(), user, { birthDate: "1990-03-21", priorLoan: { had: true, years: 5 } });
    await expect(submitLoanApplication(deps(), user, "h", { businessId, ...loan("welfare") })).rejects.toMatchObject({
      i18nKey: "refuse-prior-loan",
      params: { years: 5 },
    });
    // An answer about fewer years than the rule asks is not an answer to it.
    await saveFacts(deps(), user, { priorLoan: { had: false, years: 3 } });
    await expect(submitLoanApplication(deps(), user, "i", { businessId, ...loan("welfare") })).rejects.toMatchObject({ code: "facts-missing" });
    await saveFacts(deps(), user, { priorLoan: { had: false, years: 5 } });
    const filed = await submitLoanApplication(deps(), user, "j", { businessId, ...loan("welfare") });
    expect(await database.prisma.application.findUniqueOrThrow({ where: { id: filed.applicationId } })).toMatchObject({ targetGroup: "welfare-clients" });
    // Programs without such rules ask nothing of the kind.
    await database.prisma.user.update({ where: { id: user }, data: { birthDate: null, priorLoan: null, welfareClient: null } });
    await submitLoanApplication(deps(), user, "k", {
      businessId,
      programCode: "community-fund",
      amountRials: 60_000_000,
      purpose: "خرید کندو و زنبور",
      repaymentMonths: 12,
    });
  });

  it.skipIf(skip)("keeps the facts sealed at rest, shows them in /mydata, and erases them on request", async () => {
    const { user } = await businessOf(1001);
    await saveFacts(deps(), user, { sex: "female", education: "diploma", reliefClient: true });
    const [raw] = await database.prisma.$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT "birthDate", "reliefClient", "welfareClient", "priorLoan", "sex", "education" FROM "User" WHERE "id" = ${user}`,
    );
    for (const column of ["birthDate", "reliefClient", "welfareClient", "priorLoan"]) expect(raw![column]).toMatch(/^v1:/);
    expect(JSON.stringify(raw)).not.toMatch(/1990-03-21|"yes"|"no:5"/);
    expect(raw).toMatchObject({ sex: "female", education: "diploma" });
    expect((await collectMyData(deps(), user)).profile.facts).toEqual({
      birthDate: "1990-03-21",
      sex: "female",
      education: "diploma",
      reliefClient: true,
      welfareClient: true,
      priorLoan: { had: false, years: 5 },
    });
    await erasePersonalData(deps(), user);
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: user } })).toMatchObject({
      birthDate: null,
      sex: null,
      education: null,
      reliefClient: null,
      welfareClient: null,
      priorLoan: null,
    });
  });
});
