import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { HubFileError, readHubsFile } from "../../src/domain/hubs/hub-file.ts";
import { listHubs, setBusinessHub, type HubView } from "../../src/domain/hubs/hubs.ts";
import { importHubs } from "../../src/domain/hubs/import.ts";
import { reportJobs } from "../../src/domain/jobs/reports.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { fitPrograms, fitProgramsFor, programHubsFor } from "../../src/domain/programs/eligibility.ts";
import { findProgram, type ProgramView } from "../../src/domain/programs/programs.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { workingGroupReport } from "../../src/domain/report/working-group.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import type { ApplicationStatus, BusinessCategory } from "../../src/domain/catalog.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, dataFileProblems, NO_FACTS, NOTE16_FACTS, regionId, validDraft } from "../support/fixtures.ts";
import { saveFacts } from "../../src/domain/applicant/facts.ts";

const COUNTIES = new Set<string>(JSON.parse(readFileSync("data/regions/fars.json", "utf8")).counties.map((c: { code: string }) => c.code));

const problemsOf = (path: string, counties?: ReadonlySet<string>) => dataFileProblems(() => readHubsFile(path, counties));

describe("the hubs file", () => {
  it("gives every county of the regions file one hub, each marked for the agency to confirm", () => {
    const hubs = readHubsFile("data/hubs.json", COUNTIES);
    expect(new Set(hubs.map((h) => h.county))).toEqual(COUNTIES);
    expect(hubs.every((h) => h.provisional && h.buys.length > 0 && h.products.length > 0)).toBe(true);
    expect(hubs.find((h) => h.county === "fars-jahrom")).toMatchObject({
      chain: "dates",
      buys: expect.arrayContaining([expect.objectContaining({ category: "agriculture" })]),
    });
  });

  it("lists every problem of a broken file in one reading: entry, field and why", () => {
    const problems = problemsOf("test/fixtures/hubs-broken.json", COUNTIES);
    const expected = [
      /hubs\[0\] \(Hub Jahrom\): code: must be 2–40 lowercase/,
      /hubs\[0\] \(Hub Jahrom\): name\.en: English text is missing/,
      /hubs\[0\] \(Hub Jahrom\): chain: /,
      /hubs\[0\] \(Hub Jahrom\): products: a hub makes at least one product/,
      /hubs\[0\] \(Hub Jahrom\): buys\.1\.category: the field "agriculture" is given twice/,
      /hubs\[0\] \(Hub Jahrom\): capacity\.amount: must be above zero/,
      /hubs\[0\] \(Hub Jahrom\): contact\.phone: must be an Iranian phone number/,
      /hubs\[1\] \(hub-jahrom-2\): county: the county "fars-jahrom" is given twice/,
      /hubs\[1\] \(hub-jahrom-2\): buys\.0\.category: /,
      /hubs\[1\] \(hub-jahrom-2\): capacity\.unit: /,
      /hubs\[1\] \(hub-jahrom-2\): \(entry\): .*colour/,
    ];
    for (const pattern of expected)
      expect(
        problems.some((p) => pattern.test(p)),
        `${pattern} in\n${problems.join("\n")}`,
      ).toBe(true);
    expect(problems).toHaveLength(expected.length);
    expect(problems.every((p) => p.startsWith("test/fixtures/hubs-broken.json: "))).toBe(true);
  });

  it("names a county the regions file does not have, and a file that is not JSON", () => {
    const path = join(tmpdir(), `hubs-${process.pid}.json`);
    const hubs = JSON.parse(readFileSync("data/hubs.json", "utf8")).hubs.slice(0, 2);
    hubs[1].county = "fars-atlantis";
    writeFileSync(path, JSON.stringify({ hubs }));
    expect(problemsOf(path, COUNTIES)).toEqual([`${path}: hubs[1] (hub-marvdasht): county: is not a county of the regions file`]);
    writeFileSync(path, "{ hubs: [");
    expect(problemsOf(path)).toEqual([expect.stringMatching(new RegExp(`^${path}: .*JSON`))]);
  });
});

const NOW = new Date("2026-11-29T08:30:00Z");

describe("the fit ranking with a county hub", () => {
  const program = (code: string, favoursChains: ProgramView["favoursChains"], categories?: BusinessCategory[]): ProgramView => ({
    code,
    kind: "bank_loan",
    name: { fa: code, en: code },
    provider: { fa: "p", en: "p" },
    minAmountRials: 1_000,
    maxAmountRials: 10_000,
    ratePercent: 4,
    repaymentMonths: 12,
    graceMonths: 0,
    rules: { categories, deprivedAreasOnly: false, requiresBusiness: true, requiresPermit: false },
    fundingLine: null,
    terms: { bodies: [], targetGroups: [], fieldQuotas: [], provisional: false },
    favoursChains,
    closedFields: [],
    howToApply: { fa: "-", en: "-" },
    activeFrom: null,
    activeTo: null,
    documents: [],
  });
  const hub = (countyCode: string, chain: "dates" | "dairy") =>
    ({
      id: 1,
      code: `hub-${countyCode}`,
      countyCode,
      chain,
      name: { fa: "h", en: "h" },
      buys: [{ category: chain === "dates" ? "agriculture" : "livestock", what: { fa: "-", en: "-" } }],
    }) as HubView;
  const business = (category: string, countyCode: string) => ({ id: 1, name: "b", category, countyCode, deprived: false });

  it("lists first the fitting programs that favour the chain of the county hub the business feeds", () => {
    const plain = program("plain", []);
    const dates = program("dates", ["dates"]);
    const dairy = program("dairy", ["dairy"]);
    const datesNotFitting = program("dates-livestock-only", ["dates"], ["livestock"]);
    const hubs = [hub("fars-jahrom", "dates"), hub("fars-abadeh", "dairy")];
    const inJahrom = { hasPermit: false, facts: NO_FACTS, businesses: [business("agriculture", "fars-jahrom")] };
    const fits = fitPrograms([plain, datesNotFitting, dairy, dates], inJahrom, NOW, undefined, hubs);
    expect(fits.map((f) => [f.program.code, f.favours?.code ?? null, f.reasons.length])).toEqual([
      ["dates", "hub-fars-jahrom", 0],
      ["plain", null, 0],
      ["dairy", null, 0],
      ["dates-livestock-only", null, 1],
    ]);
    // A field the hub does not buy from: nothing favoured for it.
    const grocer = { hasPermit: false, facts: NO_FACTS, businesses: [business("services", "fars-jahrom")] };
    expect(fitPrograms([plain, dates], grocer, NOW, undefined, hubs).map((f) => [f.program.code, f.favours])).toEqual([
      ["plain", null],
      ["dates", null],
    ]);
    // Without the hubs, the catalog's order.
    expect(fitPrograms([plain, datesNotFitting, dairy, dates], inJahrom, NOW).map((f) => f.program.code)).toEqual([
      "plain",
      "dairy",
      "dates",
      "dates-livestock-only",
    ]);
    // Answers in place of a business count the same: the county answered has the dairy hub.
    const answered = fitPrograms(
      [plain, dates, dairy],
      { hasPermit: false, facts: NO_FACTS, businesses: [] },
      NOW,
      { category: "livestock", countyCode: "fars-abadeh", deprived: false },
      hubs,
    );
    expect(answered.map((f) => f.program.code)).toEqual(["plain", "dates", "dairy"]); // none fits without a business
    const supportOnly = { ...program("support", ["dairy"]), rules: { deprivedAreasOnly: false, requiresBusiness: false, requiresPermit: false } };
    expect(
      fitPrograms(
        [plain, supportOnly],
        { hasPermit: false, facts: NO_FACTS, businesses: [] },
        NOW,
        { category: "livestock", countyCode: "fars-abadeh", deprived: false },
        hubs,
      )[0],
    ).toMatchObject({ program: { code: "support" }, favours: { code: "hub-fars-abadeh" } });
  });
});

describe.each(PROVIDERS)("hubs on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now = NOW;
  const clock = { now: () => now };
  const deps = () => ({ db: database.prisma, clock, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let admin: number;
  let shirazCoordinator: number;
  let fasaCoordinator: number;
  let next = 3000;

  beforeEach(async () => {
    if (skip) return;
    now = NOW;
    database = await createTestDatabase(provider);
    shirazCoordinator = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"])).userId;
    fasaCoordinator = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "5006" }, ["fars-fasa"])).userId;
    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    admin = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  /** A person registers a business (a home-permit case is filed with it). */
  async function registered(county: string, category: BusinessCategory, plannedJobs = 3) {
    const user = (await applicant(database.prisma, next++)).id;
    const filed = await submitRegistration(
      deps(),
      user,
      `reg-${next}`,
      await validDraft(database.prisma, { regionId: await regionId(database.prisma, county), category, plannedJobs }),
    );
    const { businessId } = await database.prisma.application.findUniqueOrThrow({ where: { id: filed.applicationId } });
    return { user, businessId };
  }

  it.skipIf(skip)("imports the hubs, re-imports, retires what left the file, and refuses a broken file whole", async () => {
    const db = database.prisma;
    expect(await db.hub.count({ where: { retired: false } })).toBe(37);
    const before = await listHubs(db);
    await expect(importHubs(db, "test/fixtures/hubs-broken.json")).rejects.toBeInstanceOf(HubFileError);
    expect(await listHubs(db)).toEqual(before);

    const path = join(tmpdir(), `hubs-two-${process.pid}-${provider}.json`);
    const hubs = JSON.parse(readFileSync("data/hubs.json", "utf8")).hubs.slice(0, 2);
    hubs[0].county = "fars-atlantis";
    writeFileSync(path, JSON.stringify({ hubs }));
    await expect(importHubs(db, path)).rejects.toThrow(/hubs\[0\] \(hub-shiraz\): county: is not a county of the regions file/);
    expect(await listHubs(db)).toEqual(before);
    hubs[0].county = "fars-shiraz";
    hubs[0].name.en = "Shiraz herbal distillates hub";
    writeFileSync(path, JSON.stringify({ hubs }));
    expect(await importHubs(db, path)).toBe(2);
    const after = await listHubs(db);
    expect(after.map((h) => [h.code, h.countyCode, h.name.en])).toEqual([
      ["hub-shiraz", "fars-shiraz", "Shiraz herbal distillates hub"],
      ["hub-marvdasht", "fars-marvdasht", "Marvdasht grain processing hub"],
    ]);
    expect(await db.hub.count({ where: { retired: true } })).toBe(35);
  });

  it.skipIf(skip)("ranks first the programs favouring the county hub's chain, and says what the hub buys from the business", async () => {
    // Khonj (deprived) has a dates hub, which buys dates from farmers; Note 18 favours the dates chain.
    const { user } = await registered("fars-khonj", "agriculture");
    const { fits, hubs } = await fitProgramsFor(database.prisma, user, NOW);
    const fitting = fits.filter((f) => f.reasons.length === 0);
    expect(fitting[0]).toMatchObject({ program: { code: "rural-jobs-note18" }, favours: { code: "hub-khonj", chain: "dates" } });
    expect(fitting.slice(1).every((f) => f.favours === null)).toBe(true);
    expect(hubs).toHaveLength(1);
    expect(hubs[0]).toMatchObject({ hub: { code: "hub-khonj" }, linked: false, feeds: [{ category: "agriculture" }] });
    // A carpet weaver in Khonj: the same hub named, but it buys nothing from her field, and nothing is favoured for her.
    const weaver = await registered("fars-khonj", "carpet");
    const other = await fitProgramsFor(database.prisma, weaver.user, NOW);
    expect(other.hubs[0]).toMatchObject({ hub: { code: "hub-khonj" }, feeds: [] });
    expect(other.fits.every((f) => f.favours === null)).toBe(true);

    // A program's page names the reader's county hub; for someone with no business, the hubs of the counties it is limited to.
    const note18 = (await findProgram(database.prisma, "rural-jobs-note18"))!;
    expect((await programHubsFor(database.prisma, user, note18)).map((a) => [a.hub.code, a.feeds.length])).toEqual([["hub-khonj", 1]]);
    const nobody = (await applicant(database.prisma, next++)).id;
    expect(await programHubsFor(database.prisma, nobody, note18)).toEqual([]);
    const limited = { ...note18, rules: { ...note18.rules, counties: ["fars-jahrom", "fars-darab"] } };
    expect((await programHubsFor(database.prisma, nobody, limited)).map((a) => [a.hub.code, a.feeds.length])).toEqual([
      ["hub-jahrom", 0],
      ["hub-darab", 0],
    ]);
  });

  it.skipIf(skip)("a coordinator links a business of their county to its hub, audited and told; refused outside their counties", async () => {
    const db = database.prisma;
    const { user, businessId } = await registered("fars-shiraz", "beekeeping");
    const hub = (await db.hub.findUniqueOrThrow({ where: { code: "hub-shiraz" } })).id;

    const refused = setBusinessHub(deps(), fasaCoordinator, businessId, true);
    await expect(refused).rejects.toMatchObject({ code: "forbidden", i18nKey: "err-forbidden" });
    expect((await db.business.findUniqueOrThrow({ where: { id: businessId } })).hubId).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "refused.forbidden", actorId: fasaCoordinator, subjectType: "business" } })).toMatchObject({
      subjectId: String(businessId),
      details: expect.stringContaining("hub-link"),
    });

    expect(await setBusinessHub(deps(), shirazCoordinator, businessId, true)).toEqual({ changed: true });
    expect(await db.business.findUniqueOrThrow({ where: { id: businessId } })).toMatchObject({ hubId: hub, hubLinkedAt: NOW });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "business.hub-link" } });
    expect(entry).toMatchObject({ actorId: shirazCoordinator, subjectType: "business", subjectId: String(businessId) });
    expect(JSON.parse(entry.details)).toEqual({ hub: "hub-shiraz", previous: null });
    const told = await db.outbox.findFirstOrThrow({ where: { recipientId: user, kind: "hub" } });
    expect(told.template).toBe("notify-hub-linked");
    expect(told.params).toContain("07100000001");

    // Twice is nothing new (no second audit entry, no second message).
    expect(await setBusinessHub(deps(), shirazCoordinator, businessId, true)).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "business.hub-link" } })).toBe(1);
    expect(await db.outbox.count({ where: { kind: "hub" } })).toBe(1);
    const fit = await fitProgramsFor(db, user, NOW);
    expect(fit.hubs[0]).toMatchObject({ hub: { code: "hub-shiraz" }, linked: true });

    // The link ends; an admin may too, anywhere.
    expect(await setBusinessHub(deps(), admin, businessId, false)).toEqual({ changed: true });
    expect((await db.business.findUniqueOrThrow({ where: { id: businessId } })).hubId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "business.hub-unlink", actorId: admin } })).toBe(1);

    // A county whose hub left the file has none to link to.
    const path = join(tmpdir(), `hubs-one-${process.pid}-${provider}.json`);
    writeFileSync(path, JSON.stringify({ hubs: JSON.parse(readFileSync("data/hubs.json", "utf8")).hubs.slice(1, 2) }));
    await importHubs(db, path);
    const none = await setBusinessHub(deps(), shirazCoordinator, businessId, true).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(DomainError);
    expect(none).toMatchObject({ code: "no-hub", i18nKey: "err-hub-none" });
  });

  it.skipIf(skip)("the report counts the businesses linked to each hub and their jobs, in the reader's counties", async () => {
    const db = database.prisma;
    const a = await registered("fars-shiraz", "beekeeping", 3);
    const b = await registered("fars-shiraz", "agriculture", 2);
    const c = await registered("fars-fasa", "agriculture", 5);
    await registered("fars-shiraz", "food", 7); // not linked: not counted
    for (const [who, x] of [
      [shirazCoordinator, a],
      [shirazCoordinator, b],
      [fasaCoordinator, c],
    ] as const)
      await setBusinessHub(deps(), who, x.businessId, true);

    // a's loan is paid and its owner reports the jobs: working herself, two new and one kept (then four).
    await saveFacts(deps(), a.user, NOTE16_FACTS);
    const { applicationId } = await submitLoanApplication(deps(), a.user, "loan-a", {
      businessId: a.businessId,
      targetGroup: "women-heads",
      programCode: "note16-home-jobs",
      amountRials: 1_000_000_000,
      purpose: "خرید کندو و زنبور",
      repaymentMonths: 36,
      introducingBody: "relief-committee",
    });
    const move = async (to: ApplicationStatus, extra: object = {}) =>
      changeStatus(deps(), admin, { applicationId, version: (await db.application.findUniqueOrThrow({ where: { id: applicationId } })).version, to, ...extra });
    await move("approved");
    await move("referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } });
    await move("paid", { payment: { amountRials: 1_000_000_000, paidAt: now } });
    now = new Date(NOW.getTime() + 100 * 24 * 3600_000);
    await reportJobs(deps(), a.user, { applicationId, monthsAfter: 3, selfWorks: true, newJobs: 2, keptJobs: 1 });

    const province = await workingGroupReport(deps(), admin, "year");
    expect(province.hubs.map((h) => [h.code, h.businesses, h.plannedJobs, h.realizedJobs])).toEqual([
      ["hub-shiraz", 2, 3 + 2, 1 + 2 + 1],
      ["hub-fasa", 1, 5, 0],
    ]);
    expect(province.hubs[0]).toMatchObject({ county: { en: "Shiraz" }, name: { en: "Shiraz medicinal herbs processing hub" } });
    const shiraz = await workingGroupReport(deps(), shirazCoordinator, "year");
    expect(shiraz.hubs.map((h) => h.code)).toEqual(["hub-shiraz"]);
  });
});
