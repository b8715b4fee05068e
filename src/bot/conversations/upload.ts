import type { Message } from "grammy/types";
import { attachDocument, uploadTarget, type IncomingFile } from "../../domain/documents/attach.ts";
import type { DocumentKind } from "../../domain/programs/catalog-file.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { storeFile } from "../files.ts";
import { checklistView } from "../views/checklist.ts";
import { documentKinds } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, type Outcome, type Step } from "./ask.ts";
import { openFlow } from "./flow.ts";

export const UPLOAD = "upload";

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];

/** What kind of document a message carries, if any: a photo, a PDF, or an image sent as a file. */
function incomingFile(message: Message): IncomingFile | { kind: null } {
  const photo = message.photo?.at(-1);
  if (photo) return { kind: "photo", fileId: photo.file_id, fileUniqueId: photo.file_unique_id, sizeBytes: photo.file_size, mimeType: "image/jpeg" };
  const doc = message.document;
  const kind: DocumentKind | null = doc?.mime_type === "application/pdf" ? "pdf" : IMAGE_TYPES.includes(doc?.mime_type ?? "") ? "photo" : null;
  if (!doc || !kind) return { kind: null };
  return { kind, fileId: doc.file_id, fileUniqueId: doc.file_unique_id, sizeBytes: doc.file_size, mimeType: doc.mime_type };
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
    const flow = await openFlow(conversation, ctx, { name: UPLOAD, keepWhenLeft: false, left: (c) => c.t("upload-left") });
    const applicantId = ctx.user.id;
    const lang = flow.ctx.user.language;
    const target = await conversation.external(() => orRefusal(flow.ctx, () => uploadTarget(deps, applicantId, trackingCode, documentCode)));
    if (!target.ok) {
      await flow.end();
      return void (await flow.ctx.reply(target.text));
    }
    const { document } = target.value;
    const file = await ask(flow, "file", fileStep(document.name[lang], document.accepts, deps.config.maxUploadBytes));
    await flow.end();
    const result = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        const { filesDir } = deps.config;
        const storedPath = filesDir ? await storeFile(deps, filesDir, file, trackingCode, documentCode) : undefined;
        const attached = await attachDocument(deps, applicantId, trackingCode, documentCode, { ...file, storedPath }, deps.config.maxUploadBytes);
        // Finishing a checklist, or the last requested document, pushes notices to coordinators.
        deps.onOutboxChanged?.();
        return attached;
      }),
    );
    if (!result.ok) return void (await flow.ctx.reply(result.text));
    const { checklist, completedNow } = result.value;
    const view = checklistView(flow.ctx, trackingCode, checklist);
    const lines = [flow.ctx.t("upload-received", { name: document.name[lang] }), "", view.text];
    if (completedNow) lines.push("", flow.ctx.t("checklist-complete"));
    await flow.ctx.reply(lines.join("\n"), { reply_markup: view.keyboard });
  };
}
