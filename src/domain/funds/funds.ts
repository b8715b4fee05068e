import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "../../db/client.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { cleanText } from "../input/clean-text.ts";
import { loadActor, refuse, type Actor } from "../review/actor.ts";
import { fundFigures, inForce, memberFigures, type BookEntry, type EntryKind, type FundFigures, type Installment } from "./book.ts";

/** The deep-link payload of a fund's join link (`/start fund_<token>`). */
export const FUND_JOIN_PREFIX = "fund_";
/** The usual rule: two local members and one from the sponsor. */
export const USUAL_TRUSTEES = 3;

const hash = (token: string) => createHash("sha256").update(`fund:${token}`).digest("hex");

export type FundRow = NonNullable<Awaited<ReturnType<Db["fund"]["findUnique"]>>>;

/** Who keeps a fund's book: its trustees, and the facilitators of its village. */
export async function keepsFund(db: Db, actor: Actor, fund: FundRow): Promise<boolean> {
  if (actor.role === "facilitator" && actor.villageIds.includes(fund.villageId)) return true;
  const member = await db.fundMember.findUnique({ where: { fundId_userId: { fundId: fund.id, userId: actor.id } } });
  return member?.role === "trustee";
}

/** Who may see a fund's statement: its keepers and members, the county's coordinators, admins. */
async function seesFund(db: Db, actor: Actor, fund: FundRow): Promise<boolean> {
  if (actor.role === "admin" || (actor.role === "coordinator" && actor.regionIds.includes(fund.regionId))) return true;
  if (await keepsFund(db, actor, fund)) return true;
  return (await db.fundMember.count({ where: { fundId: fund.id, userId: actor.id } })) > 0;
}

/** The fund, if this actor may keep its book (or only see it); otherwise refused and recorded. */
export async function fundFor(deps: Pick<DomainDeps, "db">, actorId: number, fundId: number, need: "keep" | "see"): Promise<{ actor: Actor; fund: FundRow }> {
  const actor = await loadActor(deps.db, actorId);
  const fund = await deps.db.fund.findUnique({ where: { id: fundId } });
  if (!fund) throw new DomainError("fund-not-found", "err-fund-not-found");
  const allowed = need === "keep" ? await keepsFund(deps.db, actor, fund) : await seesFund(deps.db, actor, fund);
  if (!allowed) await refuse(deps.db, actor, "forbidden", "err-fund-forbidden", { type: "fund", id: fund.id }, { need });
  return { actor, fund };
}

/**
 * A facilitator (in their villages), a coordinator (in their counties) or an admin creates a
 * fund for a village; the answer carries its join link's token (shown once, only its hash kept).
 */
export async function createFund(
  deps: DomainDeps,
  actorId: number,
  input: { villageId: number; name: string },
): Promise<{ fundId: number; joinToken: string }> {
  const actor = await loadActor(deps.db, actorId);
  const village = await deps.db.village.findUnique({ where: { id: input.villageId } });
  if (!village) throw new DomainError("unknown-village", "err-invite-villages");
  const allowed =
    actor.role === "admin" ||
    (actor.role === "coordinator" && actor.regionIds.includes(village.regionId)) ||
    (actor.role === "facilitator" && actor.villageIds.includes(village.id));
  if (!allowed) await refuse(deps.db, actor, "forbidden", "err-fund-forbidden", { type: "village", id: village.id }, { action: "fund.create" });
  const name = cleanText(input.name);
  if (name.length < 3 || name.length > 60) throw new DomainError("fund-name", "err-fund-name");
  const joinToken = randomBytes(18).toString("base64url");
  const fund = await deps.db.$transaction(async (tx) => {
    const created = await tx.fund.create({
      data: { name, regionId: village.regionId, villageId: village.id, createdById: actorId, createdAt: deps.clock.now(), joinTokenHash: hash(joinToken) },
    });
    await audit(tx, { actorId, action: "fund.create", subjectType: "fund", subjectId: created.id, details: { village: village.id } });
    return created;
  });
  return { fundId: fund.id, joinToken };
}

/** Whoever opens a fund's join link becomes a member (once: opening it again changes nothing). */
export async function joinFund(deps: DomainDeps, userId: number, token: string): Promise<{ fundId: number; name: string; joined: boolean }> {
  const fund = await deps.db.fund.findUnique({ where: { joinTokenHash: hash(token) } });
  if (!fund) {
    await audit(deps.db, { actorId: userId, action: "refused.fund-join-invalid", subjectType: "fund", subjectId: "unknown" });
    throw new DomainError("fund-join-invalid", "err-fund-join-invalid");
  }
  const joined = await addMember(deps, fund.id, userId, userId);
  return { fundId: fund.id, name: fund.name, joined };
}

/** A facilitator adds a person they registered (who has no account to open the link with). */
export async function addHeldMember(deps: DomainDeps, actorId: number, fundId: number, personId: number): Promise<void> {
  const { actor } = await fundFor(deps, actorId, fundId, "keep");
  const person = await deps.db.user.findUnique({ where: { id: personId }, select: { heldById: true } });
  if (person?.heldById !== actorId) await refuse(deps.db, actor, "forbidden", "err-fund-forbidden", { type: "user", id: personId }, { action: "fund.add" });
  await addMember(deps, fundId, personId, actorId);
}

async function addMember(deps: DomainDeps, fundId: number, userId: number, actorId: number): Promise<boolean> {
  const existing = await deps.db.fundMember.findUnique({ where: { fundId_userId: { fundId, userId } } });
  if (existing) return false;
  await deps.db.$transaction(async (tx) => {
    const member = await tx.fundMember.create({ data: { fundId, userId, joinedAt: deps.clock.now() } });
    await audit(tx, { actorId, action: "fund.member.add", subjectType: "fund", subjectId: fundId, details: { member: member.id, user: userId } });
  });
  return true;
}

/** A keeper makes a member a trustee (or a member again). A member with a loan still open cannot be a trustee: trustees may not borrow. */
export async function setTrustee(deps: DomainDeps, actorId: number, fundId: number, memberId: number, trustee: boolean): Promise<void> {
  const { actor } = await fundFor(deps, actorId, fundId, "keep");
  const member = await deps.db.fundMember.findUnique({ where: { id: memberId } });
  if (!member || member.fundId !== fundId) throw new DomainError("fund-member-not-found", "err-fund-member-not-found");
  // Already so (a second press, an older list): nothing to change, nothing to record twice.
  if ((member.role === "trustee") === trustee) return;
  if (trustee) {
    const { figures } = await loadBook(deps.db, fundId, deps.clock.now());
    if (figures.loans.some((l) => l.memberId === memberId && l.remainingRials > 0n)) {
      await refuse(deps.db, actor, "trustee-borrower", "err-fund-trustee-borrower", { type: "fund", id: fundId }, { member: memberId });
    }
  }
  await deps.db.$transaction(async (tx) => {
    await tx.fundMember.update({ where: { id: memberId }, data: { role: trustee ? "trustee" : "member" } });
    await audit(tx, {
      actorId,
      action: trustee ? "fund.trustee.add" : "fund.trustee.remove",
      subjectType: "fund",
      subjectId: fundId,
      details: { member: memberId },
    });
  });
}

/** A fund's whole book, its loans' plans and the figures at `now`. */
export async function loadBook(
  db: Db | Tx,
  fundId: number,
  now: Date,
): Promise<{ entries: BookEntry[]; plans: Map<number, Installment[]>; figures: FundFigures }> {
  const rows = await db.fundEntry.findMany({ where: { fundId }, orderBy: { id: "asc" }, include: { schedule: true } });
  const entries: BookEntry[] = rows.map((r) => ({
    id: r.id,
    memberId: r.memberId,
    kind: r.kind as EntryKind,
    amountRials: r.amountRials,
    loanId: r.loanId,
    reversesId: r.reversesId,
    installments: r.installments,
    recordedAt: r.recordedAt,
  }));
  const plans = new Map(
    rows.filter((r) => r.kind === "loan").map((r) => [r.id, r.schedule.map((s) => ({ number: s.number, dueAt: s.dueAt, amountRials: s.amountRials }))]),
  );
  return { entries, plans, figures: fundFigures(entries, plans, now) };
}

export interface FundMemberLine {
  memberId: number;
  userId: number;
  name: string;
  role: "member" | "trustee";
  contributedRials: bigint;
}

export interface FundStatement {
  fund: {
    id: number;
    name: string;
    stage: string;
    village: { fa: string; en: string };
    county: { fa: string; en: string };
    union: { name: string; since: Date } | null;
  };
  figures: FundFigures;
  members: FundMemberLine[];
  trustees: number;
  /** Whether this actor keeps the book (the statement then carries the recording buttons). */
  keeps: boolean;
}

/** The fund statement: balance, money lent out, repayment on time, members and trustees. */
export async function fundStatement(deps: DomainDeps, actorId: number, fundId: number): Promise<FundStatement> {
  const { actor, fund } = await fundFor(deps, actorId, fundId, "see");
  const [village, region, members, book] = await Promise.all([
    deps.db.village.findUniqueOrThrow({ where: { id: fund.villageId } }),
    deps.db.region.findUniqueOrThrow({ where: { id: fund.regionId } }),
    deps.db.fundMember.findMany({ where: { fundId }, orderBy: { id: "asc" } }),
    loadBook(deps.db, fundId, deps.clock.now()),
  ]);
  const users = await deps.db.user.findMany({ where: { id: { in: members.map((m) => m.userId) } }, select: { id: true, fullName: true, firstName: true } });
  const union = fund.unionId ? await deps.db.cooperativeUnion.findUnique({ where: { id: fund.unionId } }) : null;
  const lines = members.map((m) => {
    const user = users.find((u) => u.id === m.userId);
    return {
      memberId: m.id,
      userId: m.userId,
      name: user?.fullName ?? user?.firstName ?? "—",
      role: m.role as "member" | "trustee",
      contributedRials: memberFigures(book.figures, book.entries, m.id).contributedRials,
    };
  });
  return {
    fund: {
      id: fund.id,
      name: fund.name,
      stage: fund.stage,
      village: { fa: village.nameFa, en: village.nameEn },
      county: { fa: region.nameFa, en: region.nameEn },
      union: union ? { name: union.name, since: fund.joinedUnionAt! } : null,
    },
    figures: book.figures,
    members: lines,
    trustees: lines.filter((l) => l.role === "trustee").length,
    keeps: await keepsFund(deps.db, actor, fund),
  };
}

/** A person's own funds: their savings, loans and next installments (also those of the people they hold). */
export async function myFunds(deps: DomainDeps, userId: number) {
  const memberships = await deps.db.fundMember.findMany({ where: { userId }, include: { fund: true }, orderBy: { id: "asc" } });
  const result = [];
  for (const m of memberships) {
    const book = await loadBook(deps.db, m.fundId, deps.clock.now());
    result.push({ fundId: m.fundId, name: m.fund.name, role: m.role as "member" | "trustee", ...memberFigures(book.figures, book.entries, m.id) });
  }
  return result;
}

/** The funds a person keeps, belongs to or oversees, for their list. */
export async function fundsOf(deps: DomainDeps, userId: number): Promise<{ id: number; name: string }[]> {
  const actor = await loadActor(deps.db, userId);
  const where =
    actor.role === "admin"
      ? {}
      : {
          OR: [
            { members: { some: { userId } } },
            ...(actor.role === "facilitator" ? [{ villageId: { in: actor.villageIds } }] : []),
            ...(actor.role === "coordinator" ? [{ regionId: { in: actor.regionIds } }] : []),
          ],
        };
  return deps.db.fund.findMany({ where, orderBy: { id: "asc" }, select: { id: true, name: true }, take: 50 });
}

/** A new join link for a fund (the token is shown once, only its hash kept): the old link stops working. */
export async function newJoinLink(deps: DomainDeps, actorId: number, fundId: number): Promise<string> {
  await fundFor(deps, actorId, fundId, "keep");
  const joinToken = randomBytes(18).toString("base64url");
  await deps.db.$transaction(async (tx) => {
    await tx.fund.update({ where: { id: fundId }, data: { joinTokenHash: hash(joinToken) } });
    await audit(tx, { actorId, action: "fund.join-link", subjectType: "fund", subjectId: fundId });
  });
  return joinToken;
}

/** The people a facilitator holds who are not in this fund yet (to add them). */
export async function heldPeopleOutside(deps: DomainDeps, actorId: number, fundId: number): Promise<{ id: number; name: string }[]> {
  await fundFor(deps, actorId, fundId, "keep");
  const people = await deps.db.user.findMany({
    where: { heldById: actorId, NOT: { id: { in: (await deps.db.fundMember.findMany({ where: { fundId } })).map((m) => m.userId) } } },
    orderBy: { id: "asc" },
    take: 40,
  });
  return people.map((p) => ({ id: p.id, name: p.fullName ?? "—" }));
}

/** The villages where this person may create a fund (see createFund), in the list's order. */
export async function fundVillages(deps: DomainDeps, actorId: number): Promise<{ id: number; nameFa: string; nameEn: string }[]> {
  const actor = await loadActor(deps.db, actorId);
  const where =
    actor.role === "admin"
      ? {}
      : actor.role === "coordinator"
        ? { regionId: { in: actor.regionIds } }
        : actor.role === "facilitator"
          ? { id: { in: actor.villageIds } }
          : { id: -1 };
  return deps.db.village.findMany({
    where,
    orderBy: [{ region: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true, nameFa: true, nameEn: true },
    take: 48,
  });
}

/** The latest entries in force, newest first, for a keeper to pick one to correct. */
export async function latestEntries(deps: DomainDeps, actorId: number, fundId: number, take = 10) {
  const statement = await fundStatement(deps, actorId, fundId);
  if (!statement.keeps) await refuse(deps.db, await loadActor(deps.db, actorId), "forbidden", "err-fund-forbidden", { type: "fund", id: fundId });
  const { entries } = await loadBook(deps.db, fundId, deps.clock.now());
  return inForce(entries)
    .reverse()
    .slice(0, take)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      amountRials: e.amountRials,
      recordedAt: e.recordedAt,
      name: statement.members.find((m) => m.memberId === e.memberId)?.name ?? "—",
    }));
}
