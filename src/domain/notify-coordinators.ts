import type { Tx } from "../db/client.ts";
import { enqueue, type OutboxMessage } from "./outbox.ts";

/**
 * Queues one message for each coordinator of a county, inside the caller's transaction.
 * `event` names what happened to which subject ("case-new:17"), once per coordinator.
 */
export async function notifyCoordinators(
  tx: Tx,
  regionId: number,
  message: { kind: string; template: string; event: string; params: OutboxMessage["params"]; buttons?: OutboxMessage["buttons"]; now: Date },
): Promise<void> {
  const coordinators = await tx.coordinatorRegion.findMany({ where: { regionId }, select: { userId: true } });
  await enqueue(
    tx,
    coordinators.map(({ userId }) => ({
      recipientId: userId,
      kind: message.kind,
      template: message.template,
      params: message.params,
      buttons: message.buttons,
      dedupeKey: `${message.event}:${userId}`,
      notBefore: message.now,
    })),
  );
}
