import { InlineKeyboard } from "grammy";
import type { ChecklistItem } from "../../domain/documents/checklist.ts";
import { documentButton } from "../../shared/buttons.ts";
import type { BaseContext } from "../context.ts";
import { documentKinds } from "./program.ts";

export { documentButton };

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
