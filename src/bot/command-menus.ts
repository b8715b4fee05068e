import type { Api } from "grammy";
import type { Db } from "../db/client.ts";
import { LANGUAGES, type Language, type Role } from "../domain/catalog.ts";
import type { Translate } from "../i18n/translator.ts";
import type { PlatformProfile } from "../platform.ts";
import { commandsFor } from "./commands.ts";

/** The command menu of a role, described in a language (`cmd-<command>` in the locales). */
function menu(translate: Translate, role: Role, language: Language) {
  return commandsFor(role).map((c) => ({ command: c.command, description: translate(language, `cmd-${c.command}`) }));
}

/**
 * Applicants' menu for everyone (Persian by default, English for English clients); each staff
 * member gets their role's menu in their own chat (a per-chat scope), in their language.
 */
export async function setCommandMenus(api: Api, db: Db, translate: Translate): Promise<void> {
  await api.setMyCommands(menu(translate, "applicant", "fa"));
  for (const language of LANGUAGES) await api.setMyCommands(menu(translate, "applicant", language), { language_code: language });
  const staff = await db.user.findMany({
    where: { role: { in: ["facilitator", "coordinator", "admin", "observer"] }, chatId: { not: "" } },
    select: { chatId: true, role: true, language: true },
  });
  for (const user of staff) await setCommandMenuOf(api, translate, { chatId: user.chatId, role: user.role as Role, language: user.language as Language });
}

/** One person's menu after their role or language changed: a staff menu in their chat, or the applicants' one again. */
export async function setCommandMenuOf(api: Api, translate: Translate, user: { chatId: string; role: Role; language: Language }): Promise<void> {
  const scope = { type: "chat" as const, chat_id: user.chatId };
  if (user.role === "applicant") await api.deleteMyCommands({ scope });
  else await api.setMyCommands(menu(translate, user.role, user.language), { scope });
}

/** After a role or language change made through the bot: that person's menu follows (where the platform has command menus). */
export async function refreshCommandMenu(api: Api, deps: { db: Db; translate: Translate; platform: PlatformProfile }, userId: number): Promise<void> {
  if (!deps.platform.hasSetMyCommands) return;
  const user = await deps.db.user.findUnique({ where: { id: userId }, select: { chatId: true, role: true, language: true } });
  if (!user?.chatId) return;
  // A menu that could not be set is not worth failing the change for: the next start sets it again.
  await setCommandMenuOf(api, deps.translate, { chatId: user.chatId, role: user.role as Role, language: user.language as Language }).catch(() => undefined);
}
