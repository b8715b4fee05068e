import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/sqlite/client.ts";
import { audit } from "../audit.ts";
import type { Role } from "../catalog.ts";
import { DomainError } from "../errors.ts";

export interface Actor {
  id: number;
  role: Role;
  /** Counties a coordinator is responsible for. */
  regionIds: number[];
  /** Villages a facilitator works in. */
  villageIds: number[];
}

export async function loadActor(db: Db, userId: number): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: { counties: { select: { regionId: true } }, villages: { select: { villageId: true } } },
  });
  return { id: user.id, role: user.role as Role, regionIds: user.counties.map((c) => c.regionId), villageIds: user.villages.map((v) => v.villageId) };
}

/** Refuses, and records the attempt: the audit trail keeps every refused action. */
export async function refuse(
  db: Db,
  actor: Actor,
  code: string,
  i18nKey: string,
  subject: { type: string; id: string | number },
  details: Record<string, unknown> = {},
  params: Record<string, string | number> = {},
): Promise<never> {
  await audit(db, {
    actorId: actor.id,
    action: `refused.${code}`,
    subjectType: subject.type,
    subjectId: subject.id,
    details: { role: actor.role, ...details },
  });
  throw new DomainError(code, i18nKey, params);
}

export function isStaff(actor: Pick<Actor, "role">): boolean {
  return actor.role === "coordinator" || actor.role === "admin";
}

/** Coordinators and admins only; anyone else is refused and recorded. */
export async function requireStaff(db: Db, actor: Actor, action: string): Promise<void> {
  if (!isStaff(actor)) await refuse(db, actor, "not-staff", "err-not-staff", { type: "command", id: action });
}

export async function requireAdmin(db: Db, actor: Actor, action: string): Promise<void> {
  if (actor.role !== "admin") await refuse(db, actor, "not-admin", "err-not-admin", { type: "command", id: action });
}

/**
 * Staff acting on a case of their own (an applicant who later became a coordinator,
 * facilitator or admin): a conflict of interest, whatever their counties.
 */
export function isOwnCase(actor: Actor, app: { applicantId: number }): boolean {
  return actor.role !== "applicant" && app.applicantId === actor.id;
}

/**
 * A case is a coordinator's when it is in one of their counties; admins see every case; applicants their own.
 * Never a staff member's own case (isOwnCase).
 */
export function mayActOnCase(actor: Actor, app: { regionId: number; applicantId: number }): boolean {
  if (isOwnCase(actor, app)) return false;
  return actor.role === "admin" || (actor.role === "coordinator" ? actor.regionIds.includes(app.regionId) : app.applicantId === actor.id);
}

/**
 * The one check before anything is done to a case (viewing it for review, a status change,
 * a bank step, a document request, a jobs verification): refuses, and records, an actor
 * acting on a case that is not theirs or that is their own as staff (mayActOnCase).
 */
export async function authorizeOnCase(db: Db, actor: Actor, app: { id: number; regionId: number; applicantId: number }, action: string): Promise<void> {
  if (isOwnCase(actor, app)) await refuse(db, actor, "own-case", "err-own-case", { type: "application", id: app.id }, { action });
  if (!mayActOnCase(actor, app)) await refuse(db, actor, "forbidden", "err-forbidden", { type: "application", id: app.id }, { action });
}

/** The actor in an applicant's capacity: a move the table gives applicants, made for their own case (their last upload). */
export function asApplicant(actor: Actor): Actor {
  return { ...actor, role: "applicant", regionIds: [], villageIds: [] };
}

/** The applications a staff member's figures and exports cover, as a query: admins the province, a coordinator their counties. */
export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  return actor.role === "admin" ? {} : { regionId: { in: actor.regionIds } };
}

/** The cases a staff member's queue and search list, as a query: the rule of authorizeOnCase, so never one they would be refused (their own). */
export function reviewScope(actor: Actor): Prisma.ApplicationWhereInput {
  return { AND: [applicationScope(actor), { applicantId: { not: actor.id } }] };
}
