import { z } from "zod";
import { APPLICATION_KINDS, type ApplicationStatus } from "../domain/catalog.ts";
import { OPEN_STATUSES } from "../domain/review/transitions.ts";
import { callbackFamily } from "./callback-data.ts";

// Button families whose data is written by the domain into pushed messages (outbox) and
// read by the bot: defined once here, where both can reach them.

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(0);

/** Moves a coordinator makes from a button: the status to go to, or an action that asks more first. */
export const CASE_MOVES = ["under_review", "approved", "awaiting_second_body", "issued", "referred_to_bank", "bank_approved", "paid"] as const;

/** Moves that cannot be undone: the button asks for one confirmation tap ("sure") first. */
export const CONFIRMED_MOVES: readonly (typeof CASE_MOVES)[number][] = ["approved", "awaiting_second_body", "issued", "bank_approved", "paid"];

/** Actions that ask more first (a conversation): the reason, the documents, the bank's details. */
export const CASE_FLOWS = ["reject", "docs", "refer", "pay", "return"] as const;

export const caseButton = callbackFamily(
  "case",
  z.union([
    z.tuple([z.literal("open"), id]),
    z.tuple([z.literal("files"), id]),
    z.tuple([z.enum(["assign", ...CASE_FLOWS]), id, version]),
    z.tuple([z.literal("to"), z.enum(CASE_MOVES), id, version]),
    z.tuple([z.literal("sure"), z.enum(CASE_MOVES), id, version]),
    /** Link the case's business to its county's conversion-industry hub, or end the link. */
    z.tuple([z.literal("hub"), z.enum(["link", "unlink"]), id]),
    /** The second body refused a starred field's permit: show its reasons (sbno), then record the one tapped (sbr). */
    z.tuple([z.literal("sbno"), id, version]),
    z.tuple([z.literal("sbr"), z.string().regex(/^[a-z][a-z0-9-]{1,20}$/), id, version]),
    /** Back from a confirmation: the case's buttons again. */
    z.tuple([z.literal("keys"), id]),
  ]),
);

const statusFilter = z.union([z.literal("all"), z.enum(OPEN_STATUSES as [ApplicationStatus, ...ApplicationStatus[]])]);
const kindFilter = z.union([z.literal("all"), z.enum(APPLICATION_KINDS)]);
/** A page of the case queue, filtered by status and kind. */
export const queueButton = callbackFamily("q", z.tuple([statusFilter, kindFilter, z.coerce.number().int().min(0).max(9999)]));

/** What an upload is about: one document of one application. */
export const uploadAbout = (trackingCode: string, documentCode: string) => `doc:${trackingCode}:${documentCode}`;

/** "Send this document for this application." */
export const documentButton = callbackFamily("doc", z.tuple([z.string().regex(/^\d{8}$/), z.string().regex(/^[a-z0-9-]{2,40}$/)]), {
  enters: "upload",
  about: ([trackingCode, documentCode]) => uploadAbout(trackingCode, documentCode),
});

/** "Continue my registration" (a reminder's button): asks the open question again, or starts one if none is open. */
export const resumeButton = callbackFamily("resume", z.tuple([z.literal("registration")]), { enters: "registration" });

/** What a jobs report is about: one loan's follow-up, so many months after it was paid. */
export const jobsAbout = (applicationId: number, monthsAfter: number) => `jobs:${applicationId}:${monthsAfter}`;

/** "Tell us about the jobs in your business" (a follow-up months after a loan was paid): the loan and the months it answers. */
export const jobsAskButton = callbackFamily("jobs", z.tuple([id, z.coerce.number().int().min(1).max(120)]), {
  enters: "jobs-report",
  about: ([applicationId, monthsAfter]) => jobsAbout(applicationId, monthsAfter),
});

/** A coordinator's answer to a jobs report: verified as reported, or corrected (asks the figures again). */
export const jobsReviewButton = callbackFamily("jobsrv", z.tuple([z.enum(["ok", "fix"]), id]));
