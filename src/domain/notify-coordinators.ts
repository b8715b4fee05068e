import type { Tx } from "../db/client.ts";
import { enqueue, type OutboxButton, type OutboxMessage } from "./outbox.ts";

export interface CoordinatorNotice {
  kind: string;
  template: string;
  /** What happened to which subject ("case-new:17"): each coordinator is told once. */
  event: string;
  params: OutboxMessage["params"];
  buttons?: OutboxMessage["buttons"];
  /** Button rows about a case in another county: only that county's coordinators get them (the others could not open it). */
  countyButtons?: { regionId: number; row: OutboxButton[] }[];
  /** Whose personal data the params carry (see OutboxMessage). */
  subjectUserId?: number;
  now: Date;
}

/** One message for each of these staff members. */
export function noticesFor(staffIds: number[], notice: CoordinatorNotice): OutboxMessage[] {
  return staffIds.map((userId) => ({
    recipientId: userId,
    kind: notice.kind,
    template: notice.template,
    params: notice.params,
    buttons: notice.buttons,
    subjectUserId: notice.subjectUserId,
    dedupeKey: `${notice.event}:${userId}`,
    notBefore: notice.now,
  }));
}

/**
 * Who hears about each county's cases, by county: its coordinators who still hear the bot,
 * or every active admin where there are none, so that a case never reaches nobody.
 */
export async function countyStaff(tx: Tx, regionIds: number[]): Promise<Map<number, number[]>> {
  const regions = [...new Set(regionIds)];
  const rows = await tx.coordinatorRegion.findMany({
    where: { regionId: { in: regions }, user: { status: "active" } },
    orderBy: { userId: "asc" },
    select: { userId: true, regionId: true },
  });
  const byRegion = new Map(regions.map((regionId) => [regionId, rows.filter((r) => r.regionId === regionId).map((r) => r.userId)]));
  if ([...byRegion.values()].some((ids) => ids.length === 0)) {
    const admins = await tx.user.findMany({ where: { role: "admin", status: "active" }, orderBy: { id: "asc" }, select: { id: true } });
    for (const [regionId, ids] of byRegion)
      if (ids.length === 0)
        byRegion.set(
          regionId,
          admins.map((a) => a.id),
        );
  }
  return byRegion;
}

/** A case as its notices see it: its county, and whose it is. */
export interface CaseOfNotice {
  regionId: number;
  applicantId: number;
}

/**
 * Who is told about each case: its county's staff (countyStaff), never the case's own applicant
 * (a staff member's own case is refused them, isOwnCase), so nobody is offered buttons they
 * would be refused; every other active admin where that leaves nobody.
 */
export async function caseStaff(tx: Tx, cases: CaseOfNotice[]): Promise<(c: CaseOfNotice) => number[]> {
  const staff = await countyStaff(
    tx,
    cases.map((c) => c.regionId),
  );
  const alone = cases.some((c) => staff.get(c.regionId)!.every((id) => id === c.applicantId));
  const admins = alone
    ? (await tx.user.findMany({ where: { role: "admin", status: "active" }, orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id)
    : [];
  return (c) => {
    const others = staff.get(c.regionId)!.filter((id) => id !== c.applicantId);
    return others.length > 0 ? others : admins.filter((id) => id !== c.applicantId);
  };
}

/** Queues one message for each of the case's staff (caseStaff), inside the caller's transaction. */
export async function notifyCoordinators(tx: Tx, subject: CaseOfNotice, notice: CoordinatorNotice): Promise<void> {
  const staff = (await caseStaff(tx, [subject]))(subject);
  const messages = noticesFor(staff, notice);
  if (notice.countyButtons?.length) {
    // A button to a case only for those who may open it: coordinators of its county, and admins.
    const counties = await tx.coordinatorRegion.findMany({ where: { userId: { in: staff } }, select: { userId: true, regionId: true } });
    const admins = new Set((await tx.user.findMany({ where: { id: { in: staff }, role: "admin" }, select: { id: true } })).map((u) => u.id));
    for (const message of messages) {
      const mine = new Set(counties.filter((c) => c.userId === message.recipientId).map((c) => c.regionId));
      const rows = notice.countyButtons.filter((b) => admins.has(message.recipientId) || mine.has(b.regionId)).map((b) => b.row);
      if (rows.length > 0) message.buttons = [...(message.buttons ?? []), ...rows];
    }
  }
  await enqueue(tx, messages);
}
