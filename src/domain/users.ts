import type { Db } from "../db/client.ts";
import type { Language, Role } from "./catalog.ts";

export interface MessengerIdentity {
  platform: string;
  platformUserId: string;
  chatId: string;
  firstName?: string;
}

export interface UserSummary {
  id: number;
  language: Language;
  role: Role;
  status: string;
}

const summary = { id: true, language: true, role: true, status: true } as const;

/**
 * Finds or creates the user behind an update: one read when nothing changed. Writing to us
 * again lifts a "stopped" status (they had blocked the bot) and refreshes the chat id.
 */
export async function ensureUser(db: Db, who: MessengerIdentity): Promise<UserSummary> {
  const where = { platform_platformUserId: { platform: who.platform, platformUserId: who.platformUserId } };
  const found = await db.user.findUnique({ where, select: { ...summary, chatId: true, firstName: true } });
  if (found && found.chatId === who.chatId && found.firstName === (who.firstName ?? null) && found.status === "active") {
    return { id: found.id, language: found.language, role: found.role, status: found.status } as UserSummary;
  }
  const user = await db.user.upsert({
    where,
    create: { platform: who.platform, platformUserId: who.platformUserId, chatId: who.chatId, firstName: who.firstName },
    update: { chatId: who.chatId, firstName: who.firstName, status: "active" },
    select: summary,
  });
  return user as UserSummary;
}

export async function setLanguage(db: Db, userId: number, language: Language): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { language } });
}

/** ADMIN_IDS only bootstraps: it makes these users admins, it never demotes anyone. */
export async function bootstrapAdmins(db: Db, platform: string, platformUserIds: string[]): Promise<void> {
  for (const platformUserId of platformUserIds) {
    await db.user.upsert({
      where: { platform_platformUserId: { platform, platformUserId } },
      create: { platform, platformUserId, chatId: platformUserId, role: "admin" },
      update: { role: "admin" },
    });
  }
}

/** "stopped" when the user blocked the bot (nothing is pushed to them), "active" otherwise. */
export async function setUserStatus(db: Db, userId: number, status: "active" | "stopped"): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { status } });
}

/** What an applicant may switch off: reminders and announcements (status changes always reach them). */
export const PREFERENCES = ["reminders", "broadcasts"] as const;
export type Preference = (typeof PREFERENCES)[number];

const optOutColumn = { reminders: "remindersOptOut", broadcasts: "broadcastsOptOut" } as const;

export async function preferencesOf(db: Db, userId: number): Promise<Record<Preference, boolean>> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { remindersOptOut: true, broadcastsOptOut: true } });
  return { reminders: !user.remindersOptOut, broadcasts: !user.broadcastsOptOut };
}

export async function setPreference(db: Db, userId: number, preference: Preference, enabled: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { [optOutColumn[preference]]: !enabled } });
}
