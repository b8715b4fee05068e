import { describe, expect, it } from "vitest";
import { communityStats } from "../../src/domain/stats/community.ts";
import { PROVIDERS } from "../support/db.ts";
import { databaseEach } from "../support/each-database.ts";
import { applicant, fundMember, qalatFund, refusal, regionId } from "../support/fixtures.ts";

describe.each(PROVIDERS)("the working group's community figures on $provider", ({ provider, skip }) => {
  const world = databaseEach(provider, skip, new Date("2026-12-02T08:00:00Z"));
  const deps = world.deps;

  /** A business of `ownerId` in Shiraz with that many planned jobs. */
  const business = async (ownerId: number, plannedJobs: number) =>
    world.database.prisma.business.create({
      data: {
        ownerId,
        name: "کارگاه",
        category: "handicrafts",
        regionId: await regionId(world.database.prisma),
        village: "قلات",
        description: "—",
        workplaceKind: "home",
        plannedJobs,
        capitalRials: 1n,
      },
    });
  /** A fund made directly in a county's first village, with these members. */
  const fund = async (county: string, stage: string, memberIds: number[], createdById: number) => {
    const region = await regionId(world.database.prisma, county);
    const village = await world.database.prisma.village.findFirstOrThrow({ where: { regionId: region } });
    const made = await world.database.prisma.fund.create({
      data: { name: `صندوق ${county}`, regionId: region, villageId: village.id, stage, createdById, joinTokenHash: `${county}-${stage}` },
    });
    for (const userId of memberIds) await world.database.prisma.fundMember.create({ data: { fundId: made.id, userId } });
  };

  it.skipIf(skip)(
    "per county: funds, cooperatives, unions, and the jobs of their members' businesses, each member once; coordinators see their counties only",
    async () => {
      const db = world.database.prisma;
      const { coordinator, facilitator, joinToken } = await qalatFund(deps());
      const p1 = (await fundMember(deps(), joinToken, 1001, "P1")).userId;
      const p2 = (await fundMember(deps(), joinToken, 1002, "P2")).userId;
      const p3 = (await applicant(db, 1003, "P3")).id;
      const p4 = (await applicant(db, 1004, "P4")).id;
      const outsider = (await applicant(db, 1005, "P5")).id;
      await business(p1, 3);
      await business(p1, 2);
      await business(p2, 4);
      await business(p3, 1);
      await business(p4, 5);
      await business(outsider, 10);
      // P2 is in two funds of Shiraz: her jobs count once there.
      await fund("fars-shiraz", "cooperative", [p2, p3], facilitator);
      await fund("fars-marvdasht", "fund", [p4], facilitator);
      await db.cooperativeUnion.create({ data: { regionId: await regionId(db), name: "اتحادیه", createdById: coordinator } });
      const admin = (await applicant(db, 9009, "Admin")).id;
      await db.user.update({ where: { id: admin }, data: { role: "admin" } });
      const observer = (await applicant(db, 7007, "Observer")).id;
      await db.user.update({ where: { id: observer }, data: { role: "observer" } });

      const shiraz = { county: { fa: "شیراز", en: "Shiraz" }, funds: 1, cooperatives: 1, unions: 1, jobs: 10 };
      const marvdasht = { county: { fa: "مرودشت", en: "Marvdasht" }, funds: 1, cooperatives: 0, unions: 0, jobs: 5 };
      expect((await communityStats(deps(), admin)).byCounty).toEqual([shiraz, marvdasht]);
      expect((await communityStats(deps(), observer)).byCounty).toEqual([shiraz, marvdasht]);
      expect((await communityStats(deps(), coordinator)).byCounty).toEqual([shiraz]);
      expect(await refusal(communityStats(deps(), p1))).toBe("not-staff");
    },
  );
});
