import type { Db } from "../../db/client.ts";
import { readHubsFile } from "./hub-file.ts";

/**
 * Replaces the hubs with those of `path`, all or nothing: a file with any problem (a county
 * unknown here included) leaves the hubs in force untouched. Hubs missing from the file are
 * retired, not deleted: businesses stay linked to them.
 */
export async function importHubs(db: Db, path: string): Promise<number> {
  const regions = new Map((await db.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  const hubs = readHubsFile(path, new Set(regions.keys()));
  await db.$transaction(async (tx) => {
    for (const [index, h] of hubs.entries()) {
      const { code, county, name, chain, provisional, ...details } = h;
      const data = {
        regionId: regions.get(county)!,
        nameFa: name.fa,
        nameEn: name.en,
        chain,
        details: JSON.stringify(details),
        provisional,
        retired: false,
        sortOrder: index,
      };
      await tx.hub.upsert({ where: { code }, create: { code, ...data }, update: data });
    }
    await tx.hub.updateMany({ where: { code: { notIn: hubs.map((h) => h.code) } }, data: { retired: true } });
  });
  return hubs.length;
}
