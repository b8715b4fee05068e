import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
    return { user, businessId };
  }
  const loan = (introducingBody?: string, amountRials = 900_000_000) => ({
    programCode: "note16-home-jobs",
    amountRials,
    purpose: "خرید کندو و زنبور",
    repaymentMonths: 36,
    introducingBody,
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
      submitLoanApplication(deps(), user, "e", { businessId, ...loan("welfare"), programCode: "community-fund", amountRials: 60_000_000, repaymentMonths: 12 }),
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
});
