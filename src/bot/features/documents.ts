import { Composer } from "grammy";
import { uploadTarget } from "../../domain/documents/attach.ts";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { UPLOAD } from "../conversations/upload.ts";
import type { BotDeps } from "../deps.ts";
import { documentButton } from "../views/checklist.ts";

/** "📎 <document>" buttons: checked on the server before the upload conversation starts. */
export function documentsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.callbackQuery(documentButton.pattern, async (ctx, next) => {
    const button = documentButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [trackingCode, documentCode] = button;
    try {
      await uploadTarget(deps, ctx.user.id, trackingCode, documentCode);
    } catch (error) {
      if (error instanceof DomainError) return ctx.answerCallbackQuery({ text: ctx.t(error.i18nKey), show_alert: true });
      throw error;
    }
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(UPLOAD, trackingCode, documentCode);
  });
  return feature;
}
