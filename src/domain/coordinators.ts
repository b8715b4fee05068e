import type { Db } from "../db/client.ts";
import { audit } from "./audit.ts";
import { DomainError } from "./errors.ts";

export interface CountyChange {
  /** County codes to give the person (data/regions/*.json, e.g. fars-shiraz). */
  add?: string[];
  /** County codes to take away; taking the last one away ends a coordinator's role. */
  remove?: string[];
}

export interface CoordinatorCounties {
  userId: number;
  role: string;
  /** Every county the person coordinates now, in the list's order (not only those just changed). */
  counties: { code: string; nameFa: string; nameEn: string }[];
}

/**
 * Gives a messenger user counties to coordinate and takes others away (the command line's
 * `npm run coordinator:assign`; the admins' console uses setCoordinatorCounties). Creates the
 * user row if they never wrote and counties are given; makes them coordinator (an admin stays
 * admin); a coordinator left with no county is an applicant again. Audited like the admins'
 * changes, with the counties before and after. Returns what the person has now.
 */
export async function changeCoordinatorCounties(
  db: Db,
  who: { platform: string; platformUserId: string },
  change: CountyChange,
  actorId: number | null = null,
): Promise<CoordinatorCounties> {
  const add = [...new Set(change.add ?? [])];
  const remove = [...new Set(change.remove ?? [])];
  const codes = [...add, ...remove];
  const regions = await db.region.findMany({ where: { code: { in: codes } } });
  const unknown = codes.filter((code) => !regions.some((r) => r.code === code));
  if (unknown.length > 0) throw new DomainError("unknown-region", "err-unknown-region", { codes: unknown.join(", ") });
  const both = add.filter((code) => remove.includes(code));
  if (both.length > 0) throw new DomainError("unknown-region", "err-unknown-region", { codes: both.join(", ") });
  const idsOf = (list: string[]) => regions.filter((r) => list.includes(r.code)).map((r) => r.id);
  return db.$transaction(async (tx) => {
    // No personal fields read or written: the command line tool runs without DATA_KEY, which could not open them.
    const existing = await tx.user.findUnique({ where: { platform_platformUserId: who }, select: { id: true, role: true } });
    if (!existing && add.length === 0) throw new DomainError("not-a-coordinator", "err-not-a-coordinator");
    // A private chat's id is the user's id on Telegram and Bale.
    const user = existing ?? (await tx.user.create({ data: { ...who, chatId: who.platformUserId, role: "coordinator" }, select: { id: true, role: true } }));
    const countiesOf = async () =>
      (await tx.coordinatorRegion.findMany({ where: { userId: user.id }, include: { region: true } }))
        .map((c) => c.region)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
        .map((r) => ({ code: r.code, nameFa: r.nameFa, nameEn: r.nameEn }));
    const before = existing ? await countiesOf() : [];
    for (const regionId of idsOf(add)) {
      await tx.coordinatorRegion.upsert({ where: { userId_regionId: { userId: user.id, regionId } }, create: { userId: user.id, regionId }, update: {} });
    }
    if (remove.length > 0) await tx.coordinatorRegion.deleteMany({ where: { userId: user.id, regionId: { in: idsOf(remove) } } });
    const counties = await countiesOf();
    const role = user.role === "admin" ? "admin" : counties.length > 0 ? "coordinator" : user.role === "coordinator" ? "applicant" : user.role;
    if (role !== user.role) await tx.user.update({ where: { id: user.id }, data: { role }, select: { id: true } });
    await audit(tx, {
      actorId,
      // Its own action (the admins' console writes role.*): the roles before and after are in the details.
      action: "coordinator.counties",
      subjectType: "user",
      subjectId: user.id,
      details: {
        source: actorId === null ? "command-line" : "admin",
        added: add,
        removed: remove,
        from: { role: existing ? user.role : null, counties: before.map((c) => c.code) },
        to: { role, counties: counties.map((c) => c.code) },
      },
    });
    return { userId: user.id, role, counties };
  });
}

/** Makes a messenger user coordinator of the given counties too (changeCoordinatorCounties with additions only). */
export async function assignCoordinator(
  db: Db,
  who: { platform: string; platformUserId: string },
  regionCodes: string[],
): Promise<{ userId: number; counties: string[] }> {
  const result = await changeCoordinatorCounties(db, who, { add: regionCodes });
  return { userId: result.userId, counties: result.counties.map((c) => c.code) };
}
