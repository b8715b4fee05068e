import type { Db } from "../db/client.ts";
import { DomainError } from "./errors.ts";

/**
 * Makes a messenger user coordinator of the given counties (until the admin tools exist,
 * scripts/assign-coordinator.ts calls this). Creates the user row if they never wrote.
 */
export async function assignCoordinator(
  db: Db,
  who: { platform: string; platformUserId: string },
  regionCodes: string[],
): Promise<{ userId: number; counties: string[] }> {
  const regions = await db.region.findMany({ where: { code: { in: regionCodes } } });
  const unknown = regionCodes.filter((code) => !regions.some((r) => r.code === code));
  if (unknown.length > 0) throw new DomainError("unknown-region", "err-unknown-region", { codes: unknown.join(", ") });
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { platform_platformUserId: who },
      // A private chat's id is the user's id on Telegram and Bale.
      create: { ...who, chatId: who.platformUserId, role: "coordinator" },
      update: {},
      // No personal fields: the command line tool runs without DATA_KEY, which could not open them.
      select: { id: true, role: true },
    });
    if (user.role !== "coordinator" && user.role !== "admin")
      await tx.user.update({ where: { id: user.id }, data: { role: "coordinator" }, select: { id: true } });
    for (const region of regions) {
      await tx.coordinatorRegion.upsert({
        where: { userId_regionId: { userId: user.id, regionId: region.id } },
        create: { userId: user.id, regionId: region.id },
        update: {},
      });
    }
    return { userId: user.id, counties: regions.map((r) => r.code) };
  });
}
