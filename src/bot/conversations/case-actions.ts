import { InlineKeyboard } from "grammy";
import { documentsFor } from "../../domain/documents/checklist.ts";
import { changeStatus } from "../../domain/review/change-status.ts";
import { requiredNote, reviewNote } from "../../domain/review/note.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, textStep, type Step } from "./ask.ts";
import { openFlow, type Flow } from "./flow.ts";
import { multiChoiceStep, pickButton, singleChoiceStep } from "./steps.ts";

export const REJECT = "reject";
export const REQUEST_DOCUMENTS = "request-documents";

/** An optional note, or the "no note" button (answered as null). */
export function optionalNoteStep(question: (ctx: ConvContext) => string): Step<string | null> {
  const typed = textStep(
    (ctx) => ctx.reply(question(ctx), { reply_markup: new InlineKeyboard().text(ctx.t("btn-no-note"), pickButton.pack("skip")) }),
    reviewNote,
  );
  return {
    prompt: typed.prompt,
    read(ctx, ui) {
      if (ctx.callbackQuery) return pickButton.unpack(ctx.callbackQuery.data)?.[0] === "skip" ? { value: null } : { ignored: true };
      return typed.read(ctx, ui);
    },
  };
}

/** The flow is over: the change is made (the domain checks it all again) and its outcome said. */
export async function finish(flow: Flow, deps: BotDeps, change: Parameters<typeof changeStatus>[2]) {
  const actorId = flow.ctx.user.id;
  await flow.end();
  const result = await flow.conversation.external(() =>
    orRefusal(flow.ctx, async () => {
      const changed = await changeStatus(deps, actorId, change);
      deps.onOutboxChanged?.();
      return changed.status;
    }),
  );
  await flow.ctx.reply(result.ok ? flow.ctx.t("case-done", { status: flow.ctx.t(`status-${result.value}`) }) : result.text);
}

export async function trackingCodeOf(conversation: Conv, deps: BotDeps, applicationId: number): Promise<string> {
  const code = await conversation.external(async () => (await deps.db.application.findUnique({ where: { id: applicationId } }))?.trackingCode ?? "");
  return formatTrackingCode(code);
}

/** Rejecting needs a reason the applicant will read, and one confirmation (it cannot be undone). */
export function rejectConversation(deps: BotDeps) {
  return async function reject(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const code = await trackingCodeOf(conversation, deps, applicationId);
    const flow = await openFlow(conversation, ctx, { name: REJECT, keepWhenLeft: false, left: (c) => c.t("reject-left", { code }) });
    const note = await ask(
      flow,
      "note",
      textStep((c) => c.reply(c.t("reject-ask", { code })), requiredNote),
    );
    const decision = await ask(
      flow,
      "confirm",
      singleChoiceStep(
        (c) => c.t("reject-confirm", { code, note }),
        [
          { id: "yes", label: flow.ctx.t("btn-reject-yes") },
          { id: "edit", label: flow.ctx.t("btn-reject-edit") },
          { id: "no", label: flow.ctx.t("btn-reject-no") },
        ],
      ),
    );
    if (decision === "edit") return flow.forget("note", "confirm");
    if (decision === "no") {
      await flow.end();
      return void (await flow.ctx.reply(flow.ctx.t("reject-left", { code })));
    }
    await finish(flow, deps, { applicationId, version, to: "rejected", note });
  };
}

/** Asking for documents: which (from the application's list), and an optional note. */
export function requestDocumentsConversation(deps: BotDeps) {
  return async function requestDocuments(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const code = await trackingCodeOf(conversation, deps, applicationId);
    // Read once, on entry (before the flow's checkpoint), not on every replay.
    const documents = await conversation.external(() => documentsFor(deps.db, applicationId));
    const flow = await openFlow(conversation, ctx, { name: REQUEST_DOCUMENTS, keepWhenLeft: false, left: (c) => c.t("docs-left", { code }) });
    const lang = flow.ctx.user.language;
    const options = documents.map((d) => ({ id: d.code, label: d.name[lang] }));
    const chosen = await ask(
      flow,
      "documents",
      multiChoiceStep((c) => c.t("docs-ask"), options),
    );
    const note = await ask(
      flow,
      "note",
      optionalNoteStep((c) => c.t("docs-note-ask")),
    );
    await finish(flow, deps, { applicationId, version, to: "documents_requested", documents: chosen, note: note ?? undefined });
  };
}
