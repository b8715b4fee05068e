// Writes the report's workbook off the main thread (see report-file.ts): the data comes as
// workerData (structured clone keeps bigints, dates and maps), the file goes back as a message.
import { parentPort, workerData } from "node:worker_threads";
import type { Language } from "../domain/catalog.ts";
import type { ReportExport } from "../domain/report/cases.ts";
import { createTranslate } from "../i18n/translator.ts";
import { reportWorkbook } from "./report-workbook.ts";

const { data, language, timeZone } = workerData as { data: ReportExport; language: Language; timeZone: string };
parentPort!.postMessage(await reportWorkbook(data, { t: createTranslate(), language, timeZone }));
