import { z } from "zod";
import { cleanText } from "../input/clean-text.ts";

// A coordinator's note to the applicant: the bot's question and the use case check the same rule.
const cleaned = z.string().transform(cleanText);

/** An optional note (with a document request). */
export const reviewNote = cleaned.pipe(z.string().min(1, { error: "err-text-expected" }).max(500, { error: "err-too-long" }));

/** A reason the applicant must be given (a rejection). */
export const requiredNote = cleaned.pipe(z.string().min(3, { error: "err-note-required" }).max(500, { error: "err-too-long" }));
