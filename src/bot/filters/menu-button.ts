import type { BaseContext } from "../context.ts";

/** Matches a tap on the menu button with this label key, in any language (src/bot/navigation.ts). */
export function menuButton(key: string) {
  return (ctx: BaseContext): boolean => ctx.navigation.isMenu(ctx.message?.text, key);
}
