import { documentButton } from "../../shared/buttons.ts";
import type { OutboxButton, ParamValue } from "../outbox.ts";
import type { RequiredDocument } from "./checklist.ts";

type Named = Pick<RequiredDocument, "code" | "name">;

/** The requested documents as a bulleted list in either language. */
export function documentListParam(documents: Named[]): ParamValue {
  return { fa: documents.map((d) => `• ${d.name.fa}`).join("\n"), en: documents.map((d) => `• ${d.name.en}`).join("\n") };
}

/** One "send this document" button per requested document. */
export function uploadButtons(trackingCode: string, documents: Named[]): OutboxButton[][] {
  return documents.map((d) => [{ label: { fa: `📎 ${d.name.fa}`, en: `📎 ${d.name.en}` }, data: documentButton.pack(trackingCode, d.code) }]);
}
