import { type InlineKeyboard, Keyboard } from "grammy";
import { z } from "zod";
import { BUSINESS_CATEGORIES, WORKPLACE_KINDS } from "../../domain/catalog.ts";
import type { County } from "../../domain/regions.ts";
import { REGISTRATION_FIELDS } from "../../domain/registration/fields.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import { twoPerRow } from "./two-per-row.ts";
import type { BaseContext } from "../context.ts";

export const regButton = callbackFamily(
  "reg",
  z.union([
    z.tuple([z.literal("page"), z.coerce.number().int().min(0).max(99)]),
    z.tuple([z.literal("county"), z.coerce.number().int().positive()]),
    z.tuple([z.literal("village"), z.coerce.number().int().positive()]),
    z.tuple([z.literal("cat"), z.enum(BUSINESS_CATEGORIES)]),
    z.tuple([z.literal("wp"), z.enum(WORKPLACE_KINDS)]),
    z.tuple([z.literal("edit"), z.enum(REGISTRATION_FIELDS)]),
    z.tuple([z.literal("submit")]),
    z.tuple([z.literal("cancel")]),
  ]),
  { during: "answer" },
);

export const COUNTIES_PER_PAGE = 12;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / COUNTIES_PER_PAGE));
}

/** Counties (or a county's villages) in the user's language, with previous/next on a last row. */
export function countyKeyboard(
  ctx: BaseContext,
  places: Pick<County, "id" | "nameFa" | "nameEn">[],
  page: number,
  kind: "county" | "village" = "county",
): InlineKeyboard {
  const slice = places.slice(page * COUNTIES_PER_PAGE, (page + 1) * COUNTIES_PER_PAGE);
  const keyboard = twoPerRow(slice, (c) => [ctx.user.language === "fa" ? c.nameFa : c.nameEn, regButton.pack(kind, c.id)]);
  if (page > 0) keyboard.text(ctx.t("btn-prev"), regButton.pack("page", page - 1));
  if (page < pageCount(places.length) - 1) keyboard.text(ctx.t("btn-next"), regButton.pack("page", page + 1));
  return keyboard;
}

export function categoryKeyboard(ctx: BaseContext): InlineKeyboard {
  return twoPerRow(BUSINESS_CATEGORIES, (c) => [ctx.t(`category-${c}`), regButton.pack("cat", c)]);
}

export function workplaceKeyboard(ctx: BaseContext): InlineKeyboard {
  return twoPerRow(WORKPLACE_KINDS, (w) => [ctx.t(`workplace-${w}`), regButton.pack("wp", w)]);
}

export function contactKeyboard(ctx: BaseContext): Keyboard {
  return new Keyboard().requestContact(ctx.t("reg-share-phone")).resized().oneTime();
}
