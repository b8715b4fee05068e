import { describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { importRegions, listCounties } from "../../src/domain/regions.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { PROVIDERS } from "../support/db.ts";
import { databaseEach } from "../support/each-database.ts";
import { applicant, regionId, validDraft } from "../support/fixtures.ts";

describe.each(PROVIDERS)("villages on $provider", ({ provider, skip }) => {
  const world = databaseEach(provider, skip, new Date("2026-12-02T08:00:00Z"));
  const deps = world.deps;

  it.skipIf(skip)("loads each county's villages in the file's order, once however often the file is loaded", async () => {
    await importRegions(world.database.prisma, "data/regions/fars.json");
    const shiraz = (await listCounties(world.database.prisma)).find((c) => c.code === "fars-shiraz")!;
    expect(shiraz.villages.map((v) => v.nameEn)).toEqual(["Qalat", "Guyom", "Kaftarak"]);
    expect(await world.database.prisma.village.count({ where: { regionId: shiraz.id } })).toBe(3);
  });

  it.skipIf(skip)("a registration names the list's village when the typed name matches it, and keeps any other as typed", async () => {
    const db = world.database.prisma;
    await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"]);
    const zahra = await applicant(db, 1001);
    const reza = await applicant(db, 1002, "Reza");
    await submitRegistration(deps(), zahra.id, "k1", await validDraft(db, { village: "كفترك" }));
    await submitRegistration(deps(), reza.id, "k2", await validDraft(db, { village: "کفترک", regionId: await regionId(db, "fars-jahrom") }));
    const [hers, his] = await db.business.findMany({ orderBy: { id: "asc" }, include: { villageRef: true } });
    expect(hers).toMatchObject({ village: "کفترک", villageRef: { nameEn: "Kaftarak" } });
    // Jahrom has no Kaftarak: the name is kept, with no village of the list.
    expect(his).toMatchObject({ village: "کفترک", villageId: null });
    const notice = await db.outbox.findFirstOrThrow({ where: { template: "notify-new-case" } });
    expect(JSON.parse(notice.params!).village).toEqual({ fa: "کفترک", en: "Kaftarak" });
  });
});
