import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { familyOf } from "../shared/callback-data.ts";
import { BOT_COMMANDS } from "./commands.ts";
import type { BaseContext } from "./context.ts";
import { MENU_ITEMS } from "./keyboards/main-menu.ts";

/**
 * What an update that is not an answer means in the middle of a flow: handled beside it (the
 * flow stays open), or an action of its own for which the flow is left first; `enters` names
 * the flow it (re-)enters, so pressed inside that same flow (about the same `about`) it only
 * re-asks the open question.
 */
export type Detour = { during: "beside" | "leave"; enters?: string; about?: string } | { during: "unknown-command" };

export interface Navigation {
  /** Undefined: not a menu tap, a command or an action button — an answer for the flow to read. */
  detour(ctx: Context): Detour | undefined;
  /** The menu item a text is the label of, in any language (a keyboard shown before a language change still works). */
  isMenu(text: string | undefined, key: string): boolean;
}

/** The command at the start of a message, without the bot's @name; null for none. */
export function commandOf(ctx: Context): { name: string; payload: string } | null {
  const text = ctx.message?.text;
  const entity = ctx.message?.entities?.[0];
  if (!text || entity?.type !== "bot_command" || entity.offset !== 0) return null;
  const name = text.slice(1, entity.length).split("@")[0]!.toLowerCase();
  return { name, payload: text.slice(entity.length).trim() };
}

export function createNavigation(i18n: I18n<BaseContext>): Navigation {
  const menu = new Map<string, (typeof MENU_ITEMS)[number]>();
  for (const item of MENU_ITEMS) for (const locale of i18n.locales) menu.set(i18n.t(locale, item.key), item);
  const commands = new Map(BOT_COMMANDS.map((c) => [c.command, c]));
  return {
    detour(ctx) {
      const item = menu.get(ctx.message?.text ?? "");
      if (item) return { during: item.during, enters: "enters" in item ? item.enters : undefined };
      const command = commandOf(ctx);
      if (command) {
        const known = commands.get(command.name);
        if (!known) return { during: "unknown-command" };
        // "/start inv_…" accepts an invitation: an action of its own, unlike a plain /start.
        return { during: command.payload ? "leave" : known.during, enters: known.enters };
      }
      const data = ctx.callbackQuery?.data;
      const family = familyOf(data);
      if (family && family.during !== "answer") return { during: family.during, enters: family.enters, about: family.about?.(data) };
      return undefined;
    },
    isMenu: (text, key) => menu.get(text ?? "")?.key === key,
  };
}
