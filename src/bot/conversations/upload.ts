import type { Message } from "grammy/types";
import { attachDocument, documentsAwaited, uploadTarget, type IncomingFile } from "../../domain/documents/attach.ts";
import type { ChecklistItem } from "../../domain/documents/checklist.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { DocumentKind } from "../../domain/programs/catalog-file.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { uploadAbout } from "../../shared/buttons.ts";
import { storeFile } from "../files.ts";
import { checklistView } from "../views/checklist.ts";
import { documentKinds } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, type Outcome, type Step } from "./ask.ts";
import { openFlow, type Flow } from "./flow.ts";
import { singleChoiceStep } from "./steps.ts";

export const UPLOAD = "upload";
export const DOCUMENT_CHOICE = "document-choice";
/** Buttons offered for a file sent without a document's button (the oldest applications' first). */
const MAX_CHOICES = 12;

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];

/** What kind of document a message carries, if any: a photo, a PDF, or an image sent as a file. */
export function incomingFile(message: Message): IncomingFile | { kind: null } {
  const photo = message.photo?.at(-1);
  if (photo)
    return { kind: "photo", sentAs: "photo", fileId: photo.file_id, fileUniqueId: photo.file_unique_id, sizeBytes: photo.file_size, mimeType: "image/jpeg" };
  const doc = message.document;
  const kind: DocumentKind | null = doc?.mime_type === "application/pdf" ? "pdf" : IMAGE_TYPES.includes(doc?.mime_type ?? "") ? "photo" : null;
  if (!doc || !kind) return { kind: null };
  return { kind, sentAs: "document", fileId: doc.file_id, fileUniqueId: doc.file_unique_id, sizeBytes: doc.file_size, mimeType: doc.mime_type };
}

function fileStep(name: string, accepts: DocumentKind[], maxBytes: number): Step<IncomingFile> {
  const mb = Math.floor(maxBytes / 2 ** 20);
  return {
    prompt: (ctx) => ctx.reply(ctx.t("upload-ask", { name, kinds: documentKinds(ctx, accepts), mb })),
    read(ctx): Outcome<IncomingFile> {
      if (!ctx.message) return { ignored: true };
      const file = incomingFile(ctx.message);
      if (file.kind === null || !accepts.includes(file.kind)) {
        return { retry: "err-doc-type-expected", params: { kinds: documentKinds(ctx, accepts) } };
      }
      if ((file.sizeBytes ?? 0) > maxBytes) return { retry: "err-doc-too-large", params: { mb } };
      return { value: file };
    },
  };
}

/** Receives one document for one application, checks it and shows the checklist after it. */
export function uploadConversation(deps: BotDeps) {
  return async function upload(conversation: Conv, ctx: ConvContext, trackingCode: string, documentCode: string): Promise<void> {
    const applicantId = ctx.user.id;
    // Checked once, on entry (before the flow's checkpoint).
    const target = await conversation.external(() => orRefusal(ctx, () => uploadTarget(deps, applicantId, trackingCode, documentCode)));
    const flow = await openFlow(conversation, ctx, {
      name: UPLOAD,
      keepWhenLeft: false,
      left: (c) => c.t("upload-left"),
      about: uploadAbout(trackingCode, documentCode),
    });
    if (!target.ok) return void (await flow.ctx.reply(target.text));
    const { document } = target.value;
    const file = await ask(flow, "file", fileStep(document.name[flow.ctx.user.language], document.accepts, deps.config.maxUploadBytes));
    await flow.end();
    await attachAndShow(flow, deps, trackingCode, document, file);
  };
}

/** Keeps a received file for one document of an application (and its copy under FILES_DIR), then shows the checklist. */
export async function attachAndShow(
  flow: Flow,
  deps: BotDeps,
  trackingCode: string,
  document: Pick<ChecklistItem, "code" | "name">,
  file: IncomingFile,
): Promise<void> {
  const applicantId = flow.ctx.user.id;
  const result = await flow.conversation.external(() =>
    orRefusal(flow.ctx, async () => {
      const { filesDir } = deps.config;
      const storedPath = filesDir ? await storeFile(deps, filesDir, file, trackingCode, document.code) : undefined;
      const attached = await attachDocument(deps, applicantId, trackingCode, document.code, { ...file, storedPath }, deps.config.maxUploadBytes);
      // Finishing a checklist, or the last requested document, pushes notices to coordinators.
      deps.onOutboxChanged?.();
      return attached;
    }),
  );
  if (!result.ok) return void (await flow.ctx.reply(result.text));
  const { checklist, completedNow } = result.value;
  const view = checklistView(flow.ctx, trackingCode, checklist);
  const lines = [flow.ctx.t("upload-received", { name: document.name[flow.ctx.user.language] }), "", view.text];
  if (completedNow) lines.push("", flow.ctx.t("checklist-complete"));
  await flow.ctx.reply(lines.join("\n"), { reply_markup: view.keyboard });
}

/** A photo or a file sent without first pressing a document's button: which of the documents still awaited is it? */
export function documentChoiceConversation(deps: BotDeps) {
  return async function documentChoice(conversation: Conv, ctx: ConvContext, file: IncomingFile): Promise<void> {
    const applicantId = ctx.user.id;
    const awaited = await conversation.external(() => documentsAwaited(deps, applicantId));
    const flow = await openFlow(conversation, ctx, { name: DOCUMENT_CHOICE, keepWhenLeft: false, left: (c) => c.t("doc-choice-left") });
    const lang = flow.ctx.user.language;
    const fitting = awaited.filter((a) => a.document.accepts.includes(file.kind)).slice(0, MAX_CHOICES);
    if (fitting.length === 0) return void (await flow.ctx.reply(flow.ctx.t(awaited.length === 0 ? "doc-choice-none" : "doc-choice-wrong-kind")));
    const options = fitting.map((a, i) => ({ id: String(i), label: `${a.document.name[lang]} — ${formatTrackingCode(a.trackingCode)}` }));
    const picked = await ask(
      flow,
      "which",
      singleChoiceStep((c) => c.t("doc-choice-ask"), [...options, { id: "none", label: flow.ctx.t("btn-doc-choice-none") }]),
    );
    await flow.end();
    if (picked === "none") return void (await flow.ctx.reply(flow.ctx.t("doc-choice-left")));
    const chosen = fitting[Number(picked)]!;
    await attachAndShow(flow, deps, chosen.trackingCode, chosen.document, file);
  };
}
