import type { z } from "zod";

/** What to tell the person about input a schema refused: its first message (an i18n key), a length limit named. */
export function refusalOf(error: z.ZodError): { key: string; params: Record<string, number> } {
  const issue = error.issues[0];
  if (!issue) return { key: "err-text-expected", params: {} };
  return { key: issue.message, params: issue.code === "too_big" ? { max: Number(issue.maximum) } : {} };
}
