import { LANGUAGES, type Language } from "../domain/catalog.ts";
import type { DomainError } from "../domain/errors.ts";
import { formatDate, formatDateTime, formatInteger } from "../i18n/format.ts";
import { formatMoney, type Translate } from "../i18n/translator.ts";

/** A page's words, numbers and dates in the reader's language (the bot's locales, the bot's formatters). */
export interface View {
  language: Language;
  timeZone: string;
  dir: "rtl" | "ltr";
  t(key: string, params?: Record<string, string | number>): string;
  number(value: number | bigint): string;
  date(date: Date): string;
  dateTime(date: Date): string;
  money(rials: bigint): string;
  /** A domain refusal in the reader's words (a status named in it translated too). */
  refusal(error: DomainError): string;
}

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function createView(translate: Translate, language: Language, timeZone: string): View {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  return {
    language,
    timeZone,
    dir: language === "fa" ? "rtl" : "ltr",
    t,
    number: (value) => formatInteger(value, language),
    date: (date) => formatDate(date, language, timeZone),
    dateTime: (date) => formatDateTime(date, language, timeZone),
    money: (rials) => formatMoney(translate, language, rials),
    refusal(error) {
      const params = { ...error.params };
      if (typeof params.status === "string") params.status = t(`status-${params.status}`);
      if (typeof params.group === "string") params.group = t(`group-${params.group}`);
      return t(error.i18nKey, params);
    },
  };
}
