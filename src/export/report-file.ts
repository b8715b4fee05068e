import { Worker } from "node:worker_threads";
import type { ReportExport } from "../domain/report/cases.ts";
import { reportWorkbook } from "./report-workbook.ts";
import type { WorkbookReader } from "./workbook.ts";

/**
 * Up to this many cases the workbook is written in the caller's thread (well under a second);
 * a bigger one is written in a worker thread, because compressing it blocks for seconds (about
 * 20 s for 100,000 cases on a shared 2-core machine) and the same thread answers the webhook.
 */
export const IN_THREAD_CASES = 5_000;

/** The report's workbook, written where it does not hold up the process's other work. */
export async function reportWorkbookFile(data: ReportExport, reader: WorkbookReader, inThreadCases = IN_THREAD_CASES): Promise<Buffer> {
  if (data.cases.length <= inThreadCases) return reportWorkbook(data, reader);
  // The worker builds its own translator from the same locale files.
  const worker = new Worker(new URL("./report-workbook.worker.ts", import.meta.url), {
    workerData: { data, language: reader.language, timeZone: reader.timeZone },
  });
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      worker.once("message", (file: Uint8Array) => resolve(Buffer.from(file.buffer, file.byteOffset, file.byteLength)));
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the workbook worker stopped (exit code ${code}) before it wrote the file`)));
    });
  } finally {
    await worker.terminate();
  }
}
