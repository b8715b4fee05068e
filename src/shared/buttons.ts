import { z } from "zod";
import { callbackFamily } from "./callback-data.ts";

// Button families whose data is written by the domain into pushed messages (outbox) and
// read by the bot: defined once here, where both can reach them.

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(0);

/** Moves a coordinator makes from a button: the status to go to, or an action that asks more first. */
export const CASE_MOVES = ["under_review", "approved", "issued", "referred_to_bank", "paid"] as const;

export const caseButton = callbackFamily(
  "case",
  z.union([
    z.tuple([z.literal("open"), id]),
    z.tuple([z.literal("files"), id]),
    z.tuple([z.enum(["assign", "reject", "docs"]), id, version]),
    z.tuple([z.literal("to"), z.enum(CASE_MOVES), id, version]),
  ]),
);

/** "Send this document for this application." */
export const documentButton = callbackFamily("doc", z.tuple([z.string().regex(/^\d{8}$/), z.string().regex(/^[a-z0-9-]{2,24}$/)]));
