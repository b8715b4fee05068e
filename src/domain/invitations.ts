import type { Role } from "./catalog.ts";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client.ts";
import { audit } from "./audit.ts";
import type { DomainDeps } from "./context.ts";
import { DomainError } from "./errors.ts";
import { loadActor, refuse, requireAdmin, requireStaff } from "./review/actor.ts";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Deep-link payloads allow [A-Za-z0-9_-] up to 64 characters; 24 random bytes make 32. */
export const INVITATION_PREFIX = "inv_";

/** An admin invites a coordinator for some counties: a one-time token, valid for `ttlHours`. */
export async function createInvitation(
  deps: DomainDeps,
  adminId: number,
  regionCodes: string[],
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const actor = await loadActor(deps.db, adminId);
  await requireAdmin(deps.db, actor, "invite");
  const regions = await deps.db.region.findMany({ where: { code: { in: regionCodes } } });
  if (regions.length === 0 || regions.length !== new Set(regionCodes).size) throw new DomainError("unknown-region", "err-invite-counties");
  return newInvitation(deps, adminId, { role: "coordinator", counties: regionCodes.join(",") }, ttlHours, { counties: regionCodes });
}

/**
 * A facilitator is invited for some villages by an admin, or by a coordinator of every county
 * those villages are in; the same one-time, expiring link as a coordinator's.
 */
export async function createFacilitatorInvitation(
  deps: DomainDeps,
  inviterId: number,
  villageIds: number[],
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const actor = await loadActor(deps.db, inviterId);
  await requireStaff(deps.db, actor, "invite-facilitator");
  const villages = await deps.db.village.findMany({ where: { id: { in: villageIds } }, include: { region: true } });
  if (villages.length === 0 || villages.length !== new Set(villageIds).size) throw new DomainError("unknown-village", "err-invite-villages");
  const outside = villages.filter((v) => actor.role !== "admin" && !actor.regionIds.includes(v.regionId));
  if (outside.length > 0) {
    await refuse(
      deps.db,
      actor,
      "forbidden",
      "err-invite-villages-outside",
      { type: "command", id: "invite-facilitator" },
      { villages: outside.map((v) => v.id) },
    );
  }
  const counties = [...new Set(villages.map((v) => v.region.code))];
  const ids = villages.map((v) => v.id);
  return newInvitation(deps, inviterId, { role: "facilitator", counties: counties.join(","), villages: ids.join(",") }, ttlHours, { counties, villages: ids });
}

async function newInvitation(
  deps: DomainDeps,
  inviterId: number,
  scope: { role: "coordinator" | "facilitator"; counties: string; villages?: string },
  ttlHours: number,
  details: Record<string, unknown>,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(deps.clock.now().getTime() + ttlHours * 3_600_000);
  const invitation = await deps.db.invitation.create({
    data: { tokenHash: hash(token), ...scope, createdById: inviterId, createdAt: deps.clock.now(), expiresAt },
  });
  await audit(deps.db, {
    actorId: inviterId,
    action: "invitation.create",
    subjectType: "invitation",
    subjectId: invitation.id,
    details: { role: scope.role, ...details, expiresAt },
  });
  return { token, expiresAt };
}

/** An admin invites an observer (a working-group member who reads the province's report): a one-time token, like a coordinator's. */
export async function createObserverInvitation(deps: DomainDeps, adminId: number, ttlHours: number): Promise<{ token: string; expiresAt: Date }> {
  const actor = await loadActor(deps.db, adminId);
  await requireAdmin(deps.db, actor, "invite-observer");
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(deps.clock.now().getTime() + ttlHours * 3_600_000);
  const invitation = await deps.db.invitation.create({
    data: { tokenHash: hash(token), counties: "", role: "observer", createdById: adminId, createdAt: deps.clock.now(), expiresAt },
  });
  await audit(deps.db, {
    actorId: adminId,
    action: "invitation.create",
    subjectType: "invitation",
    subjectId: invitation.id,
    details: { role: "observer", expiresAt },
  });
  return { token, expiresAt };
}

/**
 * Whoever opens a valid invitation becomes coordinator of its counties, facilitator of its
 * villages, or an observer. It works once, until it expires; the claim is atomic, so two
 * people opening it together cannot both use it. Staff cannot become facilitators: their role stays as it is.
 */
export async function acceptInvitation(
  deps: DomainDeps,
  userId: number,
  token: string,
): Promise<{ counties: string[]; villages: { fa: string; en: string }[]; role: Role }> {
  const now = deps.clock.now();
  const invitation = await deps.db.invitation.findUnique({ where: { tokenHash: hash(token) } });
  const refuse = async (code: string) => {
    await audit(deps.db, { actorId: userId, action: `refused.invitation-${code}`, subjectType: "invitation", subjectId: invitation?.id ?? "unknown" });
    throw new DomainError(`invitation-${code}`, `err-invitation-${code}`);
  };
  if (!invitation || invitation.revokedAt) return refuse("invalid");
  if (invitation.usedAt) return refuse("used");
  if (invitation.expiresAt.getTime() < now.getTime()) return refuse("expired");
  if (invitation.role === "facilitator") return acceptFacilitatorInvitation(deps, userId, invitation, refuse);
  const codes = invitation.counties.split(",").filter(Boolean);
  const observer = invitation.role === "observer";
  const claimed = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now, usedById: userId } });
    if (count === 0) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    // An admin who opens a coordinator's invitation stays an admin, with the counties added (anyone else becomes a
    // coordinator); an observer's makes an applicant an observer, and staff keep their role.
    const role: Role = observer ? (user.role === "applicant" ? "observer" : (user.role as Role)) : user.role === "admin" ? "admin" : "coordinator";
    if (role !== user.role) await tx.user.update({ where: { id: userId }, data: { role } });
    const regions = await tx.region.findMany({ where: { code: { in: codes } } });
    for (const region of regions) {
      await tx.coordinatorRegion.upsert({
        where: { userId_regionId: { userId, regionId: region.id } },
        create: { userId, regionId: region.id },
        update: {},
      });
    }
    await audit(tx, {
      actorId: userId,
      action: observer ? "role.observer" : "role.coordinator",
      subjectType: "user",
      subjectId: userId,
      details: { via: `invitation:${invitation.id}`, from: user.role, counties: codes },
    });
    return role;
  });
  if (!claimed) return refuse("used");
  return { counties: codes, villages: [], role: claimed };
}

async function acceptFacilitatorInvitation(
  deps: DomainDeps,
  userId: number,
  invitation: { id: number; counties: string; villages: string | null },
  refuse: (code: string) => Promise<never>,
): Promise<{ counties: string[]; villages: { fa: string; en: string }[]; role: Role }> {
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  if (user.role !== "applicant" && user.role !== "facilitator") return refuse("staff");
  const villageIds = (invitation.villages ?? "").split(",").filter(Boolean).map(Number);
  const now = deps.clock.now();
  const claimed = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now, usedById: userId } });
    if (count === 0) return false;
    if (user.role !== "facilitator") await tx.user.update({ where: { id: userId }, data: { role: "facilitator" } });
    for (const villageId of villageIds) {
      await tx.facilitatorVillage.upsert({ where: { userId_villageId: { userId, villageId } }, create: { userId, villageId, createdAt: now }, update: {} });
    }
    await audit(tx, {
      actorId: userId,
      action: "role.facilitator",
      subjectType: "user",
      subjectId: userId,
      details: { via: `invitation:${invitation.id}`, from: user.role, villages: villageIds },
    });
    return true;
  });
  if (!claimed) return refuse("used");
  const villages = await deps.db.village.findMany({ where: { id: { in: villageIds } }, orderBy: { id: "asc" } });
  return { counties: invitation.counties.split(","), villages: villages.map((v) => ({ fa: v.nameFa, en: v.nameEn })), role: "facilitator" };
}

export interface CoordinatorSummary {
  userId: number;
  name: string;
  counties: { code: string; fa: string; en: string }[];
}

export async function listCoordinators(deps: DomainDeps, adminId: number): Promise<CoordinatorSummary[]> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "coordinators");
  const users = await deps.db.user.findMany({
    where: { role: "coordinator" },
    orderBy: { id: "asc" },
    include: { counties: { include: { region: true }, orderBy: { regionId: "asc" } } },
  });
  return users.map((u) => ({
    userId: u.id,
    name: u.fullName ?? u.firstName ?? u.platformUserId,
    counties: u.counties.map((c) => ({ code: c.region.code, fa: c.region.nameFa, en: c.region.nameEn })),
  }));
}

/** An admin changes a coordinator's counties; an empty list revokes the role. Audited. */
export async function setCoordinatorCounties(deps: DomainDeps, adminId: number, userId: number, regionCodes: string[]): Promise<void> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "coordinator-counties");
  await replaceCounties(deps.db, adminId, userId, regionCodes);
}

async function replaceCounties(db: Db, adminId: number, userId: number, regionCodes: string[]): Promise<void> {
  const target = await db.user.findUnique({ where: { id: userId }, include: { counties: { include: { region: true } } } });
  if (!target || target.role === "admin") throw new DomainError("not-a-coordinator", "err-not-a-coordinator");
  const regions = await db.region.findMany({ where: { code: { in: regionCodes } } });
  if (regions.length !== new Set(regionCodes).size) throw new DomainError("unknown-region", "err-invite-counties");
  await db.$transaction(async (tx) => {
    await tx.coordinatorRegion.deleteMany({ where: { userId } });
    await tx.coordinatorRegion.createMany({ data: regions.map((r) => ({ userId, regionId: r.id })) });
    const role = regions.length > 0 ? "coordinator" : "applicant";
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit(tx, {
      actorId: adminId,
      action: role === "coordinator" ? "role.coordinator" : "role.revoked",
      subjectType: "user",
      subjectId: userId,
      details: { from: { role: target.role, counties: target.counties.map((c) => c.region.code) }, to: { role, counties: regionCodes } },
    });
  });
}
