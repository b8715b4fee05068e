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

/** One message for each of these coordinators. */
export function noticesFor(coordinatorIds: number[], notice: CoordinatorNotice): OutboxMessage[] {
  return coordinatorIds.map((userId) => ({
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

/** Coordinators of each of these counties, by county. */
export async function coordinatorsOf(tx: Tx, regionIds: number[]): Promise<Map<number, number[]>> {
  const rows = await tx.coordinatorRegion.findMany({ where: { regionId: { in: [...new Set(regionIds)] } }, select: { userId: true, regionId: true } });
  const byRegion = new Map<number, number[]>();
  for (const { regionId, userId } of rows) byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), userId]);
  return byRegion;
}

/** Queues one message for each coordinator of a county, inside the caller's transaction. */
export async function notifyCoordinators(tx: Tx, regionId: number, notice: CoordinatorNotice): Promise<void> {
  const coordinators = (await coordinatorsOf(tx, [regionId])).get(regionId) ?? [];
  const messages = noticesFor(coordinators, notice);
  if (notice.countyButtons?.length) {
    const counties = await tx.coordinatorRegion.findMany({ where: { userId: { in: coordinators } }, select: { userId: true, regionId: true } });
    for (const message of messages) {
      const mine = new Set(counties.filter((c) => c.userId === message.recipientId).map((c) => c.regionId));
      const rows = notice.countyButtons.filter((b) => mine.has(b.regionId)).map((b) => b.row);
      if (rows.length > 0) message.buttons = [...(message.buttons ?? []), ...rows];
    }
  }
  await enqueue(tx, messages);
}
