import { rm } from "node:fs/promises";
import { scrubDeletedData } from "../../db/deleted-data.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { cleanIdentifier, looseMatchSource } from "../input/clean-text.ts";
import { OPEN_STATUSES } from "../review/transitions.ts";

/** What the business keeps for the agency's statistics once its owner is erased. */
const ERASED = "—";

/**
 * `text` with each name and number struck out ("—"): names however they were written (kashida,
 * ZWNJ, ZWJ, direction or vowel marks between letters, Arabic ye/kaf, any letter case:
 * looseMatchSource), numbers also written with spaces, dashes or invisible marks between
 * digits, in any digits, after a +98 / 0098 / 0 prefix.
 */
export function strikeOut(text: string, names: string[], numbers: string[]): string {
  const digitGap = "[\\s\\p{Cf}\\u0640-]*";
  const digits = (n: string, min: number) => looseMatchSource(n, { minLetters: min, between: digitGap })!;
  const prefix = `(?:\\+${digits("98", 2)}|${digits("0098", 4)}|${digits("0", 1)})`;
  const number = (n: string) => looseMatchSource(cleanIdentifier(n).replace(/\D/g, ""), { minLetters: 5, between: digitGap });
  const patterns = [...names.map((n) => looseMatchSource(n)), ...numbers.map(number).map((p) => p && `(?:${prefix}${digitGap})?${p}`)].filter(
    (p): p is string => p !== null,
  );
  return patterns.reduce((t, p) => t.replace(new RegExp(p, "giu"), ERASED), text);
}

/** Only applicants erase themselves this way: staff are refused (an admin revokes them first). */
export async function ensureErasable(deps: Pick<DomainDeps, "db">, userId: number): Promise<void> {
  const { role } = await deps.db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  if (role !== "applicant") throw new DomainError("staff-erase", "err-erase-staff");
}

/**
 * /deleteme: removes what identifies a person and keeps what the agency must keep (see
 * README, Data and privacy). Open applications are withdrawn; decided ones stay as records
 * without a name attached (loan purposes emptied; the coordinators' notes kept, with the
 * person's name, national ID, mobile and business names struck out); uploaded files are
 * deleted; every outbox row to or about the person loses its payload (pending ones are
 * cancelled); the messenger identity is released, so writing again starts afresh; finally
 * the database forgets the overwritten values (scrubDeletedData). Staff are refused (an admin
 * revokes them first).
 */
export async function erasePersonalData(deps: DomainDeps, userId: number): Promise<{ chatId: string }> {
  const { db } = deps;
  await ensureErasable(deps, userId);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { businesses: { select: { name: true } } } });
  const names = [user.fullName, user.firstName, ...user.businesses.map((b) => b.name)].filter((n): n is string => !!n);
  const numbers = [user.nationalId, user.phone?.replace(/^\+98/, "")].filter((n): n is string => !!n);
  const files = await db.$transaction(async (tx) => {
    const now = deps.clock.now();
    const open = await tx.application.findMany({ where: { applicantId: userId, status: { in: [...OPEN_STATUSES] } }, select: { id: true, status: true } });
    for (const app of open) {
      await tx.application.update({ where: { id: app.id }, data: { status: "withdrawn", version: { increment: 1 }, statusChangedAt: now } });
      await tx.applicationEvent.create({ data: { applicationId: app.id, actorId: userId, fromStatus: app.status, toStatus: "withdrawn", createdAt: now } });
    }
    const notes = await tx.applicationEvent.findMany({
      where: { application: { applicantId: userId }, note: { not: null } },
      select: { id: true, note: true },
    });
    for (const { id, note } of notes) {
      const struck = strikeOut(note!, names, numbers);
      if (struck !== note) await tx.applicationEvent.update({ where: { id }, data: { note: struck } });
    }
    const documents = await tx.applicationDocument.findMany({ where: { application: { applicantId: userId } }, select: { storedPath: true } });
    await tx.applicationDocument.deleteMany({ where: { application: { applicantId: userId } } });
    await tx.application.updateMany({ where: { applicantId: userId }, data: { purpose: null } });
    // The fund's book keeps the amounts (the fund's own record), not what the person borrowed for.
    await tx.fundEntry.updateMany({ where: { member: { userId } }, data: { purpose: null } });
    await tx.business.updateMany({ where: { ownerId: userId }, data: { name: ERASED, village: ERASED, description: ERASED } });
    const copies = { OR: [{ recipientId: userId }, { subjectUserId: userId }] };
    await tx.outbox.updateMany({ where: { ...copies, state: "pending" }, data: { state: "cancelled" } });
    await tx.outbox.updateMany({ where: copies, data: { params: null, buttons: null } });
    await tx.user.update({
      where: { id: userId },
      data: {
        platformUserId: `erased:${userId}`,
        chatId: "",
        firstName: null,
        fullName: null,
        // Their look-up hashes go with them: no later registration is matched to this account.
        nationalId: null,
        phone: null,
        // What employment programs checked of them (date of birth, relief and welfare clients, an earlier loan, sex, education).
        birthDate: null,
        reliefClient: null,
        welfareClient: null,
        priorLoan: null,
        sex: null,
        education: null,
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
  await scrubDeletedData(db);
  return { chatId: user.chatId };
}
