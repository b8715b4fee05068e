import { Keyboard } from "grammy";
import type { BaseContext } from "../context.ts";

/** The menu under the chat; coordinators and admins get their case queue on it too. */
export function mainMenu(ctx: BaseContext): Keyboard {
  const keyboard = new Keyboard();
  if (ctx.user.role !== "applicant") keyboard.text(ctx.t("menu-queue")).row();
  return keyboard
    .text(ctx.t("menu-register"))
    .row()
    .text(ctx.t("menu-programs"))
    .text(ctx.t("menu-fit"))
    .row()
    .text(ctx.t("menu-my-applications"))
    .text(ctx.t("menu-track"))
    .row()
    .text(ctx.t("menu-help"))
    .text(ctx.t("menu-settings"))
    .text(ctx.t("menu-language"))
    .resized()
    .persistent();
}
