import { expect } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { deliverOutbox, TestChat, type TestBot } from "./bot.ts";
import type { Platform, TestDatabase } from "./db.ts";
import { registrationAnswers } from "./registration.ts";

export const ZAHRA = { id: 1001, first_name: "Zahra" }; // a beekeeper in Shiraz
export const MARYAM = { id: 5005, first_name: "Maryam" }; // coordinator of Shiraz
export const REZA = { id: 6006, first_name: "Reza" }; // coordinator of Jahrom
export const ADMIN = { id: 9009, first_name: "Admin" };

/**
 * A case to review: Maryam coordinates Shiraz, Reza Jahrom, an admin; Zahra registered her
 * beekeeping business in Shiraz (the new case's notice delivered).
 */
/** Zahra's registration in Shiraz, submitted, and its notice delivered; `answers` when the case needs other answers (a starred field). */
export async function caseInShiraz(database: TestDatabase, t: TestBot, platform: Platform, answers = registrationAnswers()) {
  const zahra = new TestChat(t, ZAHRA);
  const maryam = new TestChat(t, MARYAM);
  await assignCoordinator(database.prisma, { platform, platformUserId: String(MARYAM.id) }, ["fars-shiraz"]);
  await assignCoordinator(database.prisma, { platform, platformUserId: String(REZA.id) }, ["fars-jahrom"]);
  await bootstrapAdmins(database.prisma, platform, [String(ADMIN.id)]);
  for (const answer of answers) await answer(zahra);
  expect(zahra.lastText()).toContain("ثبت نهایی");
  await zahra.press("reg:submit");
  const code = /کد رهگیری: (\d{4}-\d{4})/.exec(zahra.lastText())![1]!;
  const appId = (await database.prisma.application.findFirstOrThrow()).id;
  await deliverOutbox(t, database);
  return { zahra, maryam, code, appId };
}
