import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { ChecklistItem } from "../../domain/documents/checklist.ts";
import { callbackFamily } from "../callback-data.ts";
import type { BaseContext } from "../context.ts";
import { documentKinds } from "./program.ts";

export const documentButton = callbackFamily("doc", z.tuple([z.string().regex(/^\d{8}$/), z.string().regex(/^[a-z0-9-]{2,24}$/)]));

/** What has arrived and what is missing, with a button to send each document. */
export function checklistView(ctx: BaseContext, trackingCode: string, items: ChecklistItem[]) {
  const lang = ctx.user.language;
  const lines = items.map((i) =>
    i.received > 0
      ? ctx.t("checklist-received", { name: i.name[lang], count: i.received })
      : ctx.t("checklist-missing", { name: i.name[lang], kinds: documentKinds(ctx, i.accepts) }),
  );
  const keyboard = new InlineKeyboard();
  for (const i of items) keyboard.text(ctx.t("btn-upload", { name: i.name[lang] }), documentButton.pack(trackingCode, i.code)).row();
  return { text: [ctx.t("checklist-title"), ...lines].join("\n"), keyboard };
}
