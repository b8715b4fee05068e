import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "../context.ts";

/**
 * Matches a reply-keyboard button by its i18n key in any language, so a keyboard shown
 * before the user switched language still works.
 */
export function menuButton(i18n: I18n<BaseContext>, key: string) {
  const labels = new Set(i18n.locales.map((locale) => i18n.t(locale, key)));
  return (ctx: BaseContext): boolean => labels.has(ctx.message?.text ?? "");
}
