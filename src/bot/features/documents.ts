import { Composer } from "grammy";
import { uploadTarget } from "../../domain/documents/attach.ts";
import type { BotContext } from "../context.ts";
import { DOCUMENT_CHOICE, incomingFile, UPLOAD } from "../conversations/upload.ts";
import type { BotDeps } from "../deps.ts";
import { documentButton } from "../views/checklist.ts";
import { orRefusal } from "../views/refusal.ts";

/** "📎 <document>" buttons (checked on the server before the upload starts), and files sent without one. */
export function documentsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.callbackQuery(documentButton.pattern, async (ctx, next) => {
    const button = documentButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [trackingCode, documentCode] = button;
    const target = await orRefusal(ctx, () => uploadTarget(deps, ctx.user.id, trackingCode, documentCode));
    if (!target.ok) return ctx.answerCallbackQuery({ text: target.text, show_alert: true });
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(UPLOAD, trackingCode, documentCode);
  });
  // A photo or a file sent on its own (no document's button pressed first): asked which document it is.
  feature.on(["message:photo", "message:document"], async (ctx) => {
    const file = incomingFile(ctx.message);
    if (file.kind === null) return ctx.reply(ctx.t("doc-choice-wrong-file"));
    await ctx.conversation.enter(DOCUMENT_CHOICE, file);
  });
  return feature;
}
