import { rm } from "node:fs/promises";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { OPEN_STATUSES } from "../review/transitions.ts";

/** What the business keeps for the agency's statistics once its owner is erased. */
const ERASED = "—";

/**
 * /deleteme: removes what identifies a person and keeps what the agency must keep (see
 * README, Data and privacy). Open applications are withdrawn; decided ones stay as records
 * without a name attached; uploaded files are deleted; the messenger identity is released,
 * so writing again starts afresh. Staff are refused (an admin revokes them first).
 */
export async function erasePersonalData(deps: DomainDeps, userId: number): Promise<{ chatId: string }> {
  const { db } = deps;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.role !== "applicant") throw new DomainError("staff-erase", "err-erase-staff");
  const files = await db.$transaction(async (tx) => {
    const now = deps.clock.now();
    const open = await tx.application.findMany({ where: { applicantId: userId, status: { in: [...OPEN_STATUSES] } }, select: { id: true, status: true } });
    for (const app of open) {
      await tx.application.update({ where: { id: app.id }, data: { status: "withdrawn", version: { increment: 1 }, statusChangedAt: now } });
      await tx.applicationEvent.create({ data: { applicationId: app.id, actorId: userId, fromStatus: app.status, toStatus: "withdrawn", createdAt: now } });
    }
    const documents = await tx.applicationDocument.findMany({ where: { application: { applicantId: userId } }, select: { storedPath: true } });
    await tx.applicationDocument.deleteMany({ where: { application: { applicantId: userId } } });
    await tx.business.updateMany({ where: { ownerId: userId }, data: { name: ERASED, village: ERASED, description: ERASED } });
    await tx.outbox.updateMany({ where: { recipientId: userId, state: "pending" }, data: { state: "cancelled" } });
    await tx.user.update({
      where: { id: userId },
      data: {
        platformUserId: `erased:${userId}`,
        chatId: "",
        firstName: null,
        fullName: null,
        nationalIdEnc: null,
        nationalIdHash: null,
        phoneEnc: null,
        phoneHash: null,
        status: "stopped",
        remindersOptOut: true,
        broadcastsOptOut: true,
        registrationStartedAt: null,
      },
    });
    await audit(tx, {
      actorId: userId,
      action: "privacy.erase",
      subjectType: "user",
      subjectId: userId,
      details: { withdrawn: open.length, files: documents.length },
    });
    return documents.flatMap((d) => (d.storedPath ? [d.storedPath] : []));
  });
  await Promise.all(files.map((path) => rm(path, { force: true })));
  return { chatId: user.chatId };
}
