import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/sqlite/client.ts";
import { refuse, type Actor } from "../review/actor.ts";

export interface FacilitatorVillage {
  id: number;
  regionId: number;
  nameFa: string;
  nameEn: string;
}

/** The villages a facilitator works in, by county and the list's order. */
export async function facilitatorVillages(db: Db, userId: number): Promise<FacilitatorVillage[]> {
  const rows = await db.facilitatorVillage.findMany({
    where: { userId },
    include: { village: { include: { region: { select: { sortOrder: true } } } } },
  });
  return rows
    .map((r) => r.village)
    .sort((a, b) => a.region.sortOrder - b.region.sortOrder || a.sortOrder - b.sortOrder || a.id - b.id)
    .map((v) => ({ id: v.id, regionId: v.regionId, nameFa: v.nameFa, nameEn: v.nameEn }));
}

/** Facilitators only; anyone else is refused and recorded. */
export async function requireFacilitator(db: Db, actor: Actor, action: string): Promise<void> {
  if (actor.role !== "facilitator") await refuse(db, actor, "not-facilitator", "err-not-facilitator", { type: "command", id: action });
}

/**
 * The applications a person follows as their own: theirs, and those of the people they
 * registered on their behalf and still hold (until the person takes the record over).
 */
export function followedBy(userId: number): Prisma.ApplicationWhereInput {
  return { OR: [{ applicantId: userId }, { applicant: { heldById: userId } }] };
}

/** The rule of followedBy for one application already read with its applicant's holder. */
export function follows(userId: number, app: { applicantId: number; applicant: { heldById: number | null } }): boolean {
  return app.applicantId === userId || app.applicant.heldById === userId;
}
