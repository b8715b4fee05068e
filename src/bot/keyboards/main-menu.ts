import { Keyboard } from "grammy";
import type { BaseContext } from "../context.ts";

/** The reply-keyboard menu: each button's label key, and what a tap on it means in the middle of a flow. */
export const MENU_ITEMS = [
  { key: "menu-queue", during: "leave" },
  { key: "menu-register", during: "leave", enters: "registration" },
  { key: "menu-register-for", during: "leave", enters: "register-for" },
  { key: "menu-funds", during: "leave" },
  { key: "menu-programs", during: "leave" },
  { key: "menu-fit", during: "leave", enters: "fit" },
  { key: "menu-my-applications", during: "leave" },
  { key: "menu-track", during: "leave", enters: "track" },
  { key: "menu-help", during: "beside" },
  { key: "menu-settings", during: "beside" },
  { key: "menu-language", during: "beside" },
] as const satisfies readonly { key: string; during: "beside" | "leave"; enters?: string }[];

/** The rows of the menu, by label key. */
const ROWS = [["menu-register"], ["menu-programs", "menu-fit"], ["menu-my-applications", "menu-track"], ["menu-help", "menu-settings", "menu-language"]];

/** The menu under the chat; coordinators and admins get their case queue on it too, facilitators "register a person". */
export function mainMenu(ctx: BaseContext): Keyboard {
  const keyboard = new Keyboard();
  if (ctx.user.role === "coordinator" || ctx.user.role === "admin") keyboard.text(ctx.t("menu-queue")).row();
  if (ctx.user.role === "facilitator") keyboard.text(ctx.t("menu-register-for")).text(ctx.t("menu-funds")).row();
  for (const row of ROWS) {
    for (const key of row) keyboard.text(ctx.t(key));
    keyboard.row();
  }
  return keyboard.resized().persistent();
}
