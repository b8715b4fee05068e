import { InlineKeyboard } from "grammy";
import { documentsFor } from "../../domain/documents/checklist.ts";
import { changeStatus } from "../../domain/review/change-status.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, type Step } from "./ask.ts";
import { multiChoiceStep, pickButton } from "./steps.ts";

export const REJECT = "reject";
export const REQUEST_DOCUMENTS = "request-documents";

/** Free text from a coordinator to the applicant; optionally skippable with a button. */
function noteStep(question: () => string, skippable: boolean): Step<string | undefined> {
  return {
    prompt: (ctx) => ctx.reply(question(), skippable ? { reply_markup: new InlineKeyboard().text(ctx.t("btn-no-note"), pickButton.pack("skip")) } : undefined),
    read(ctx) {
      if (ctx.callbackQuery) return skippable && pickButton.unpack(ctx.callbackQuery.data)?.[0] === "skip" ? { value: undefined } : { ignored: true };
      if (!ctx.message) return { ignored: true };
      const text = ctx.message.text?.trim();
      if (!text) return { retry: "err-text-expected" };
      return text.length > 500 ? { retry: "err-too-long" } : { value: text };
    },
  };
}

async function finish(conversation: Conv, ctx: ConvContext, deps: BotDeps, change: Parameters<typeof changeStatus>[2]) {
  const actorId = ctx.user.id;
  const result = await conversation.external(() =>
    orRefusal(ctx, async () => {
      const changed = await changeStatus(deps, actorId, change);
      deps.onOutboxChanged?.();
      return changed.status;
    }),
  );
  await ctx.reply(result.ok ? ctx.t("case-done", { status: ctx.t(`status-${result.value}`) }) : result.text);
}

/** Rejecting needs a reason the applicant will read. */
export function rejectConversation(deps: BotDeps) {
  return async function reject(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const code = await conversation.external(async () => (await deps.db.application.findUnique({ where: { id: applicationId } }))?.trackingCode ?? "");
    const note = await ask(
      conversation,
      ctx,
      noteStep(() => ctx.t("reject-ask", { code: formatTrackingCode(code) }), false),
    );
    await finish(conversation, ctx, deps, { applicationId, version, to: "rejected", note });
  };
}

/** Asking for documents: which (from the application's list), and an optional note. */
export function requestDocumentsConversation(deps: BotDeps) {
  return async function requestDocuments(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const lang = ctx.user.language;
    const documents = await conversation.external(() => documentsFor(deps.db, applicationId));
    const options = documents.map((d) => ({ id: d.code, label: d.name[lang] }));
    const chosen = await ask(
      conversation,
      ctx,
      multiChoiceStep(() => ctx.t("docs-ask"), options),
    );
    const note = await ask(
      conversation,
      ctx,
      noteStep(() => ctx.t("docs-note-ask"), true),
    );
    await finish(conversation, ctx, deps, { applicationId, version, to: "documents_requested", documents: chosen, note });
  };
}
