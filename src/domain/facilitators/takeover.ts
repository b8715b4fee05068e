import { createHash, randomInt } from "node:crypto";
import { FACTS, type Fact } from "../applicant/facts.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { cleanIdentifier } from "../input/clean-text.ts";
import { erasePersonalData } from "../privacy/erase.ts";
import { loadActor, refuse } from "../review/actor.ts";

/** How long a take-over code works. */
export const TAKEOVER_TTL_DAYS = 30;
/** The deep-link payload of a take-over code (`/start take_<digits>`). */
export const TAKEOVER_PREFIX = "take_";

const hash = (digits: string) => createHash("sha256").update(`takeover:${digits}`).digest("hex");

/** Twelve digits (typed on Persian keyboards like tracking codes), written 1234-5678-9012. */
export function formatTakeoverCode(digits: string): string {
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

/** The twelve digits of a typed or pasted code (any digits, dashes, spaces), or null. */
export function readTakeoverCode(input: string): string | null {
  const digits = cleanIdentifier(input).replace(/[\s\-‐‑‒–—−_.]/g, "");
  return /^\d{12}$/.test(digits) ? digits : null;
}

/**
 * A new one-time code for a person the facilitator holds; any earlier unused one stops working.
 * The code is returned once and only its hash is kept.
 */
export async function issueTakeoverCode(deps: DomainDeps, facilitatorId: number, personId: number): Promise<{ code: string; expiresAt: Date }> {
  const person = await deps.db.user.findUnique({ where: { id: personId }, select: { heldById: true } });
  if (person?.heldById !== facilitatorId) {
    await refuse(deps.db, await loadActor(deps.db, facilitatorId), "forbidden", "err-forbidden", { type: "user", id: personId }, { action: "takeover-code" });
  }
  const digits = Array.from({ length: 12 }, () => randomInt(10)).join("");
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + TAKEOVER_TTL_DAYS * 86_400_000);
  await deps.db.$transaction(async (tx) => {
    await tx.takeoverCode.updateMany({ where: { heldUserId: personId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.takeoverCode.create({ data: { codeHash: hash(digits), heldUserId: personId, createdById: facilitatorId, createdAt: now, expiresAt } });
    await audit(tx, { actorId: facilitatorId, action: "takeover.issue", subjectType: "user", subjectId: personId, details: { code: row.id, expiresAt } });
  });
  return { code: formatTakeoverCode(digits), expiresAt };
}

/**
 * The person takes their record over with their own account: its name, national ID and mobile,
 * businesses and applications become the account's, and the facilitator no longer holds them.
 * Works once, until it expires, for an applicant account with no registration of its own
 * (two records are never merged); every refusal is recorded.
 */
export async function takeOverRecord(deps: DomainDeps, userId: number, typed: string): Promise<{ applications: number }> {
  const digits = readTakeoverCode(typed);
  const code = digits ? await deps.db.takeoverCode.findUnique({ where: { codeHash: hash(digits) } }) : null;
  const refuseWith = async (reason: string): Promise<never> => {
    await audit(deps.db, { actorId: userId, action: `refused.takeover-${reason}`, subjectType: "takeover", subjectId: code?.id ?? "unknown" });
    throw new DomainError(`takeover-${reason}`, `err-takeover-${reason}`);
  };
  const now = deps.clock.now();
  if (!code || code.revokedAt) return refuseWith("invalid");
  if (code.usedAt) return refuseWith("used");
  if (code.expiresAt.getTime() < now.getTime()) return refuseWith("expired");
  const claimant = await deps.db.user.findUniqueOrThrow({ where: { id: userId }, include: { businesses: { select: { id: true } } } });
  if (claimant.role !== "applicant") return refuseWith("staff");
  const funds = await deps.db.fundMember.count({ where: { userId } });
  if (claimant.businesses.length > 0 || claimant.nationalId !== null || funds > 0) return refuseWith("has-record");
  const person = await deps.db.user.findUniqueOrThrow({ where: { id: code.heldUserId } });
  const moved = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.takeoverCode.updateMany({ where: { id: code.id, usedAt: null, revokedAt: null }, data: { usedAt: now, usedById: userId } });
    if (count === 0) return null;
    await tx.user.update({
      where: { id: person.id },
      data: { fullName: null, nationalId: null, phone: null, ...factsAs(() => null), heldById: null, platformUserId: `taken:${person.id}` },
    });
    await tx.user.update({
      where: { id: userId },
      data: {
        fullName: person.fullName,
        nationalId: person.nationalId,
        phone: person.phone,
        // The profile facts given while held (a date of birth at registration); the account's own are kept where the record has none.
        ...factsAs((fact) => person[fact] ?? undefined),
        consentKind: person.consentKind,
        consentAt: person.consentAt,
      },
    });
    await tx.business.updateMany({ where: { ownerId: person.id }, data: { ownerId: userId } });
    const apps = await tx.application.updateMany({ where: { applicantId: person.id }, data: { applicantId: userId } });
    await tx.fundMember.updateMany({ where: { userId: person.id }, data: { userId } });
    // What was pushed about the person is now about the account (erasure finds it by its subject).
    await tx.outbox.updateMany({ where: { subjectUserId: person.id }, data: { subjectUserId: userId } });
    await audit(tx, {
      actorId: userId,
      action: "takeover.done",
      subjectType: "user",
      subjectId: person.id,
      details: { code: code.id, facilitator: person.heldById, applications: apps.count },
    });
    return apps.count;
  });
  if (moved === null) return refuseWith("used");
  return { applications: moved };
}

/**
 * A person the facilitator holds asks for erasure (they have no account to send /deleteme
 * from): the facilitator erases their record the same way (src/domain/privacy/erase.ts).
 */
export async function eraseHeldPerson(deps: DomainDeps, facilitatorId: number, personId: number): Promise<void> {
  const person = await deps.db.user.findUnique({ where: { id: personId }, select: { heldById: true } });
  if (person?.heldById !== facilitatorId) {
    await refuse(deps.db, await loadActor(deps.db, facilitatorId), "forbidden", "err-forbidden", { type: "user", id: personId }, { action: "erase-held" });
  }
  await deps.db.takeoverCode.updateMany({ where: { heldUserId: personId, usedAt: null, revokedAt: null }, data: { revokedAt: deps.clock.now() } });
  await audit(deps.db, { actorId: facilitatorId, action: "privacy.erase-held", subjectType: "user", subjectId: personId });
  await erasePersonalData(deps, personId);
  // Nothing of theirs is the facilitator's to follow any more.
  await deps.db.user.update({ where: { id: personId }, data: { heldById: null } });
}

/** Every profile fact set to one value each. */
function factsAs<V>(value: (fact: Fact) => V): Record<Fact, V> {
  return Object.fromEntries(FACTS.map((fact) => [fact, value(fact)])) as Record<Fact, V>;
}
