import { createHash, randomBytes } from "node:crypto";
import { audit } from "./audit.ts";
import type { Language, Role } from "./catalog.ts";
import type { DomainDeps } from "./context.ts";
import { DomainError } from "./errors.ts";
import { mayReadReport } from "./report/working-group.ts";
import { isStaff, loadActor, refuse, type Actor } from "./review/actor.ts";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const HOUR_MS = 3_600_000;

/** The counties a session is bound to, as stored: sorted ids, comma-separated. */
const regionKey = (actor: Actor) => [...actor.regionIds].sort((a, b) => a - b).join(",");

/**
 * The console's sections: the cases (queue, case pages, the export of cases) for staff, the
 * reports for whoever may read the report (observers too: figures, never a case), the admin
 * pages (staff, broadcasts, catalog) for admins.
 */
export const CONSOLE_SECTIONS = ["cases", "reports", "admin"] as const;
export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number];

const SECTION_RULES: Record<ConsoleSection, { may: (actor: Pick<Actor, "role">) => boolean; code: "not-staff" | "not-admin" }> = {
  cases: { may: isStaff, code: "not-staff" },
  reports: { may: mayReadReport, code: "not-staff" },
  admin: { may: (a) => a.role === "admin", code: "not-admin" },
};

/** The sections a role opens, in the order the console lists them (the first is where a session lands). */
export function consoleSections(role: Role): ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((section) => SECTION_RULES[section].may({ role }));
}

/** Whoever opens at least one section may sign in to the console: staff and observers. */
const mayUseConsole = (actor: Actor) => consoleSections(actor.role).length > 0;

/** Staff and observers only; anyone else is refused and recorded as not staff. */
export async function requireConsoleUser(deps: DomainDeps, actor: Actor): Promise<void> {
  if (!mayUseConsole(actor)) await refuse(deps.db, actor, "not-staff", "err-not-staff", { type: "command", id: "web" });
}

/**
 * Every console request names its section first: one the person's role does not open is
 * refused and recorded here, as the section's own use cases refuse it (not staff, not admin).
 */
export async function authorizeConsoleSection(deps: DomainDeps, actorId: number, section: ConsoleSection): Promise<void> {
  const actor = await loadActor(deps.db, actorId);
  const rule = SECTION_RULES[section];
  if (!rule.may(actor)) await refuse(deps.db, actor, rule.code, `err-${rule.code}`, { type: "web-section", id: section });
}

/** /web: a staff member or an observer asks for a one-time link to the console, valid `ttlMinutes`. */
export async function createSignInLink(deps: DomainDeps, userId: number, ttlMinutes: number): Promise<{ token: string; expiresAt: Date }> {
  const actor = await loadActor(deps.db, userId);
  await requireConsoleUser(deps, actor);
  const token = randomBytes(24).toString("base64url");
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
  const link = await deps.db.webSignIn.create({ data: { tokenHash: hash(token), userId, createdAt: now, expiresAt } });
  await audit(deps.db, { actorId: userId, action: "web.sign-in-link", subjectType: "web-sign-in", subjectId: link.id, details: { expiresAt } });
  return { token, expiresAt };
}

/**
 * Opening the link: it works once, before it expires, for someone who may still use the console; the
 * claim is atomic, so two tabs opening it together cannot both sign in. Starts a session
 * bound to the role and counties the person has now.
 */
export async function signIn(
  deps: DomainDeps,
  linkToken: string,
  sessionHours: number,
): Promise<{ token: string; expiresAt: Date; userId: number; role: Role }> {
  const now = deps.clock.now();
  const link = await deps.db.webSignIn.findUnique({ where: { tokenHash: hash(linkToken) } });
  const refuse = async (code: "invalid" | "used" | "expired") => {
    await audit(deps.db, { actorId: link?.userId ?? null, action: `refused.web-link-${code}`, subjectType: "web-sign-in", subjectId: link?.id ?? "unknown" });
    throw new DomainError(`web-link-${code}`, `err-web-link-${code}`);
  };
  if (!link) return refuse("invalid");
  if (link.usedAt) return refuse("used");
  if (link.expiresAt.getTime() <= now.getTime()) return refuse("expired");
  const { count } = await deps.db.webSignIn.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
  if (count === 0) return refuse("used");
  const actor = await loadActor(deps.db, link.userId);
  await requireConsoleUser(deps, actor);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + sessionHours * HOUR_MS);
  const session = await deps.db.webSession.create({
    data: { tokenHash: hash(token), userId: actor.id, role: actor.role, regionIds: regionKey(actor), createdAt: now, expiresAt },
  });
  await audit(deps.db, { actorId: actor.id, action: "web.session.start", subjectType: "web-session", subjectId: session.id, details: { expiresAt } });
  return { token, expiresAt, userId: actor.id, role: actor.role };
}

export interface WebSession {
  id: number;
  userId: number;
  role: Role;
  language: Language;
  expiresAt: Date;
}

/**
 * The session behind a cookie, or null: unknown, expired or revoked; and a session whose
 * person's role or counties changed since sign-in is ended here (they sign in again).
 */
export async function openSession(deps: DomainDeps, token: string): Promise<WebSession | null> {
  const session = await deps.db.webSession.findUnique({ where: { tokenHash: hash(token) } });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= deps.clock.now().getTime()) return null;
  const actor = await loadActor(deps.db, session.userId);
  if (!mayUseConsole(actor) || actor.role !== session.role || regionKey(actor) !== session.regionIds) {
    await endSession(deps, session.id, "role-changed");
    return null;
  }
  const { language } = await deps.db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { language: true } });
  return { id: session.id, userId: session.userId, role: actor.role, language: language as Language, expiresAt: session.expiresAt };
}

/** Signing out (or a change of role): the session stops working at once. */
export async function endSession(deps: DomainDeps, sessionId: number, reason: "sign-out" | "role-changed"): Promise<void> {
  const session = await deps.db.webSession.findUnique({ where: { id: sessionId } });
  const { count } = await deps.db.webSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: deps.clock.now() } });
  if (count > 0)
    await audit(deps.db, {
      actorId: session?.userId ?? null,
      action: "web.session.end",
      subjectType: "web-session",
      subjectId: sessionId,
      details: { reason },
    });
}

/** A daily job: sign-in links and sessions a day past their expiry are deleted (the audit trail keeps their story). */
export async function purgeWebSessions(deps: DomainDeps): Promise<void> {
  const before = new Date(deps.clock.now().getTime() - 24 * HOUR_MS);
  await deps.db.webSignIn.deleteMany({ where: { expiresAt: { lt: before } } });
  await deps.db.webSession.deleteMany({ where: { expiresAt: { lt: before } } });
}
