import { Keyboard } from "grammy";
import type { BaseContext } from "../context.ts";

export function mainMenu(ctx: BaseContext): Keyboard {
  return new Keyboard()
    .text(ctx.t("menu-register"))
    .row()
    .text(ctx.t("menu-programs"))
    .text(ctx.t("menu-fit"))
    .row()
    .text(ctx.t("menu-my-applications"))
    .text(ctx.t("menu-track"))
    .row()
    .text(ctx.t("menu-help"))
    .text(ctx.t("menu-language"))
    .resized()
    .persistent();
}
