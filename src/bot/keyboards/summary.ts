import type { InlineKeyboard } from "grammy";
import type { BaseContext } from "../context.ts";
import { twoPerRow } from "./two-per-row.ts";

/** A summary's buttons: one "✏️ <field>" per answer, then Submit and Cancel. */
export function summaryKeyboard<F extends string>(ctx: BaseContext, fields: readonly F[], pack: (...parts: string[]) => string): InlineKeyboard {
  return twoPerRow(fields, (field) => [ctx.t("btn-edit", { label: ctx.t(`field-${field}`) }), pack("edit", field)])
    .text(ctx.t("btn-submit"), pack("submit"))
    .text(ctx.t("btn-cancel"), pack("cancel"));
}
