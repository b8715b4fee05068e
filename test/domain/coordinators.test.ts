import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeCoordinatorCounties } from "../../src/domain/coordinators.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, refusal } from "../support/fixtures.ts";

describe.each(PROVIDERS)("coordinators' counties from the command line on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const who = { platform: "telegram", platformUserId: "5005" };

  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const change = (add: string[], remove: string[] = [], person = who) => changeCoordinatorCounties(database.prisma, person, { add, remove });
  const codes = (r: { counties: { code: string }[] }) => r.counties.map((c) => c.code);
  const trail = () => database.prisma.auditLog.findMany({ where: { action: "coordinator.counties" }, orderBy: { id: "asc" } });

  it.skipIf(skip)("reports every county the person has now, adds and removes, and audits each change", async () => {
    const first = await change(["fars-shiraz"]);
    expect(first).toMatchObject({ role: "coordinator" });
    expect(codes(first)).toEqual(["fars-shiraz"]);
    // A second run with another county: both are reported, not only the one just given.
    expect(codes(await change(["fars-marvdasht", "fars-shiraz"]))).toEqual(expect.arrayContaining(["fars-shiraz", "fars-marvdasht"]));
    expect((await change(["fars-jahrom"])).counties).toHaveLength(3);
    const removed = await change([], ["fars-marvdasht"]);
    expect(codes(removed).sort()).toEqual(["fars-jahrom", "fars-shiraz"]);
    expect(removed.counties.find((c) => c.code === "fars-shiraz")).toMatchObject({ nameEn: "Shiraz" });
    const rows = await database.prisma.coordinatorRegion.findMany({ where: { userId: first.userId }, include: { region: true } });
    expect(rows.map((r) => r.region.code).sort()).toEqual(codes(removed).sort());
    // Adding and removing at once.
    expect(codes(await change(["fars-lamerd"], ["fars-jahrom"])).sort()).toEqual(["fars-lamerd", "fars-shiraz"]);

    const entries = await trail();
    expect(entries).toHaveLength(5);
    expect(entries.every((e) => e.actorId === null && e.subjectId === String(first.userId))).toBe(true);
    expect(JSON.parse(entries[4]!.details)).toEqual({
      source: "command-line",
      added: ["fars-lamerd"],
      removed: ["fars-jahrom"],
      from: { role: "coordinator", counties: expect.arrayContaining(["fars-jahrom", "fars-shiraz"]) },
      to: { role: "coordinator", counties: expect.arrayContaining(["fars-lamerd", "fars-shiraz"]) },
    });
  });

  it.skipIf(skip)("taking the last county away ends the role; an admin stays admin; unknown codes and strangers change nothing", async () => {
    const { userId } = await change(["fars-shiraz"]);
    const last = await change([], ["fars-shiraz"]);
    expect(last).toMatchObject({ role: "applicant", counties: [] });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe("applicant");
    expect(JSON.parse((await trail()).at(-1)!.details)).toMatchObject({
      from: { role: "coordinator", counties: ["fars-shiraz"] },
      to: { role: "applicant", counties: [] },
    });

    await bootstrapAdmins(database.prisma, "telegram", ["9009"]);
    const admin = { platform: "telegram", platformUserId: "9009" };
    expect(await change(["fars-shiraz"], [], admin)).toMatchObject({ role: "admin" });
    expect(await change([], ["fars-shiraz"], admin)).toMatchObject({ role: "admin", counties: [] });

    const before = (await trail()).length;
    expect(await refusal(change(["fars-nowhere"]))).toBe("unknown-region");
    expect(await refusal(change(["fars-shiraz"], ["fars-shiraz"]))).toBe("unknown-region");
    expect(await refusal(change([], ["fars-shiraz"], { platform: "telegram", platformUserId: "777" }))).toBe("not-a-coordinator");
    expect(await database.prisma.user.count({ where: { platformUserId: "777" } })).toBe(0);
    expect(await trail()).toHaveLength(before);
    // An applicant who only has nothing taken away keeps her role.
    await applicant(database.prisma, 1001);
    expect(await change([], ["fars-shiraz"], { platform: "telegram", platformUserId: "1001" })).toMatchObject({ role: "applicant", counties: [] });
  });
});
