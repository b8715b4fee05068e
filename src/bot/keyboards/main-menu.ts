import { Keyboard } from "grammy";
import type { BaseContext } from "../context.ts";

export const MENU_KEYS = ["menu-register", "menu-my-applications", "menu-track", "menu-help", "menu-language"] as const;

export function mainMenu(ctx: BaseContext): Keyboard {
  return new Keyboard()
    .text(ctx.t("menu-register"))
    .row()
    .text(ctx.t("menu-my-applications"))
    .text(ctx.t("menu-track"))
    .row()
    .text(ctx.t("menu-help"))
    .text(ctx.t("menu-language"))
    .resized()
    .persistent();
}
