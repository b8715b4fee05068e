import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { documentsFor } from "../../domain/documents/checklist.ts";
import { changeStatus } from "../../domain/review/change-status.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { twoPerRow } from "../keyboards/two-per-row.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, type Outcome, type Step } from "./ask.ts";

export const REJECT = "reject";
export const REQUEST_DOCUMENTS = "request-documents";

const pickButton = callbackFamily(
  "pick",
  z.union([z.tuple([z.literal("t"), z.string().regex(/^[a-z0-9-]{1,24}$/)]), z.tuple([z.literal("done")]), z.tuple([z.literal("skip")])]),
);

/** One of a list of buttons. */
export function singleChoiceStep<T extends string>(question: () => string, options: { id: T; label: string }[]): Step<T> {
  return {
    prompt: (ctx) => ctx.reply(question(), { reply_markup: twoPerRow(options, (o) => [o.label, pickButton.pack("t", o.id)]) }),
    read(ctx) {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = pickButton.unpack(ctx.callbackQuery.data);
      const chosen = button?.[0] === "t" ? options.find((o) => o.id === button[1]) : undefined;
      return chosen ? { value: chosen.id } : { ignored: true };
    },
  };
}

/** Several of a list, toggled on one message; "Continue" ends the choice (at least one unless allowed). */
export function multiChoiceStep(question: () => string, options: { id: string; label: string }[], initial: string[] = [], allowNone = false): Step<string[]> {
  const chosen = new Set(initial);
  const keyboard = (ctx: ConvContext) =>
    twoPerRow(options, (o) => [`${chosen.has(o.id) ? "✅" : "⬜"} ${o.label}`, pickButton.pack("t", o.id)]).text(
      ctx.t("btn-continue"),
      pickButton.pack("done"),
    );
  return {
    prompt: (ctx) => ctx.reply(question(), { reply_markup: keyboard(ctx) }),
    async read(ctx): Promise<Outcome<string[]>> {
      if (!ctx.callbackQuery) return ctx.message ? { retry: "err-use-buttons" } : { ignored: true };
      const button = pickButton.unpack(ctx.callbackQuery.data);
      if (button?.[0] === "t" && options.some((o) => o.id === button[1])) {
        if (chosen.has(button[1])) chosen.delete(button[1]);
        else chosen.add(button[1]);
        await ctx.editMessageReplyMarkup({ reply_markup: keyboard(ctx) });
        return { handled: true };
      }
      if (button?.[0] === "done") return chosen.size > 0 || allowNone ? { value: [...chosen] } : { retry: "err-documents-required" };
      return { ignored: true };
    },
  };
}

/** Free text from a coordinator to the applicant; optionally skippable with a button. */
function noteStep(question: () => string, skippable: boolean): Step<string | undefined> {
  return {
    prompt: (ctx) =>
      ctx.reply(question(), skippable ? { reply_markup: new InlineKeyboard().text(ctx.t("btn-no-note"), pickButton.pack("skip")) } : undefined),
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
    const note = await ask(conversation, ctx, noteStep(() => ctx.t("reject-ask", { code: formatTrackingCode(code) }), false));
    await finish(conversation, ctx, deps, { applicationId, version, to: "rejected", note });
  };
}

/** Asking for documents: which (from the application's list), and an optional note. */
export function requestDocumentsConversation(deps: BotDeps) {
  return async function requestDocuments(conversation: Conv, ctx: ConvContext, applicationId: number, version: number): Promise<void> {
    const lang = ctx.user.language;
    const documents = await conversation.external(() => documentsFor(deps.db, applicationId));
    const options = documents.map((d) => ({ id: d.code, label: d.name[lang] }));
    const chosen = await ask(conversation, ctx, multiChoiceStep(() => ctx.t("docs-ask"), options));
    const note = await ask(conversation, ctx, noteStep(() => ctx.t("docs-note-ask"), true));
    await finish(conversation, ctx, deps, { applicationId, version, to: "documents_requested", documents: chosen, note });
  };
}
