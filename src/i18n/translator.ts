import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Language } from "../domain/catalog.ts";
import { formatInteger } from "./format.ts";

// No trailing slash: @grammyjs/i18n derives the locale from the path after the folder.
export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

export type Translate = (language: Language, key: string, params?: Record<string, string | number>) => string;

/** One I18n instance over locales/*.ftl; `negotiate` tells it a context's language. */
export function createI18n<C extends Context>(negotiate: (ctx: C) => Language): I18n<C> {
  return new I18n<C>({ defaultLocale: "fa", directory: LOCALES_DIR, localeNegotiator: negotiate });
}

/** Translation outside an update (the sender, the jobs): any key, in a language chosen per recipient. */
export function createTranslate(): Translate {
  const i18n = createI18n(() => "fa");
  return (language, key, params) => i18n.t(language, key, params);
}

/** An amount in rials, with tomans beside it, as people read money. */
export function formatMoney(t: Translate, language: Language, rials: bigint): string {
  return t(language, "money", { rials: formatInteger(rials, language), tomans: formatInteger(rials / 10n, language) });
}
