import type { Tx } from "../db/client.ts";
import { enqueue, type OutboxMessage } from "./outbox.ts";

export interface CoordinatorNotice {
  kind: string;
  template: string;
  /** What happened to which subject ("case-new:17"): each coordinator is told once. */
  event: string;
  params: OutboxMessage["params"];
  buttons?: OutboxMessage["buttons"];
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
  await enqueue(tx, noticesFor(coordinators, notice));
}
