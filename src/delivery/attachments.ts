import { z } from "zod";
import type { Db } from "../db/client.ts";
import type { Language } from "../domain/catalog.ts";
import { DomainError } from "../domain/errors.ts";
import { workingGroupExportFor } from "../domain/report/cases.ts";
import { periodRange, REPORT_PERIODS } from "../domain/report/working-group.ts";
import { reportWorkbookFile } from "../export/report-file.ts";
import { reportFileName } from "../export/report-workbook.ts";
import type { Translate } from "../i18n/translator.ts";

const attachmentSchema = z.object({ kind: z.literal("working-group-report"), period: z.enum(REPORT_PERIODS), at: z.iso.datetime() });

export interface AttachmentDeps {
  db: Db;
  translate: Translate;
  timeZone: string;
  /** The 15-day rule the report counts against (its default when absent or 0). */
  bankPaymentDays?: number;
  /** The largest document the platform takes. */
  maxBytes: number;
}

/** A built file, or why it is not sent (the row is then cancelled with the reason). */
export type BuiltAttachment = { file: Buffer; filename: string } | { refused: string };

/**
 * Builds an outbox row's attachment for its recipient as they are when it is sent: the report is
 * read in their scope and language, and refused (not sent) if they may no longer read reports.
 */
export async function buildAttachment(deps: AttachmentDeps, json: string, recipient: { id: number; language: Language }): Promise<BuiltAttachment> {
  const attachment = attachmentSchema.parse(JSON.parse(json));
  const period = attachment.period;
  try {
    const data = await workingGroupExportFor(deps, recipient.id, period, periodRange(new Date(attachment.at), period), deps.bankPaymentDays || undefined);
    const file = await reportWorkbookFile(data, { t: deps.translate, language: recipient.language, timeZone: deps.timeZone });
    if (file.length > deps.maxBytes) return { refused: `the spreadsheet (${file.length} bytes) is larger than the platform takes` };
    return { file, filename: reportFileName(data.report) };
  } catch (error) {
    if (error instanceof DomainError) return { refused: `recipient may not read it (${error.code})` };
    throw error;
  }
}
