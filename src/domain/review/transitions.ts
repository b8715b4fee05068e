import type { ApplicationKind, ApplicationStatus, Role } from "../catalog.ts";

export interface Transition {
  from: ApplicationStatus;
  to: ApplicationStatus;
  kinds: readonly ApplicationKind[];
  roles: readonly Role[];
  /** A reason the applicant will read is required. */
  needsNote?: boolean;
  /** Documents to ask for are required. */
  needsDocuments?: boolean;
  /** Every document a coordinator asked for must have arrived since. */
  needsRequestedDocuments?: boolean;
  /** Which bank and branch, and when (src/domain/loans/bank.ts). */
  needsBankIntroduction?: boolean;
  /** The amount paid and when. */
  needsPayment?: boolean;
  /** Why the bank returned the plan (a reason from the list). */
  needsReturnReason?: boolean;
  /** Why the second body refused (a reason from data/second-bodies.json). */
  needsSecondBodyReason?: boolean;
  /**
   * Home permits only: the move is for starred fields (their permit waits for a second body,
   * src/domain/review/second-body.ts) or for the others; unset, for both.
   */
  fields?: "starred" | "plain";
}

const BOTH = ["home_permit", "loan"] as const;
const STAFF = ["coordinator", "admin"] as const;
const PERMIT = ["home_permit"] as const;

/**
 * The one table of how an application may move, and who may move it. Everything that
 * changes a status goes through it (src/domain/review/change-status.ts).
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: "submitted", to: "under_review", kinds: BOTH, roles: STAFF },
  { from: "submitted", to: "documents_requested", kinds: BOTH, roles: STAFF, needsDocuments: true },
  // A starred field's permit, once the coordinator approves it, waits for its second body's decision instead.
  { from: "submitted", to: "approved", kinds: BOTH, roles: STAFF, fields: "plain" },
  { from: "submitted", to: "awaiting_second_body", kinds: PERMIT, roles: STAFF, fields: "starred" },
  { from: "submitted", to: "rejected", kinds: BOTH, roles: STAFF, needsNote: true },
  { from: "under_review", to: "documents_requested", kinds: BOTH, roles: STAFF, needsDocuments: true },
  { from: "under_review", to: "approved", kinds: BOTH, roles: STAFF, fields: "plain" },
  { from: "under_review", to: "awaiting_second_body", kinds: PERMIT, roles: STAFF, fields: "starred" },
  { from: "under_review", to: "rejected", kinds: BOTH, roles: STAFF, needsNote: true },
  { from: "documents_requested", to: "under_review", kinds: BOTH, roles: STAFF },
  // The applicant's upload of the last requested document (src/domain/documents/attach.ts), never a bare button.
  { from: "documents_requested", to: "under_review", kinds: BOTH, roles: ["applicant"], needsRequestedDocuments: true },
  { from: "documents_requested", to: "rejected", kinds: BOTH, roles: STAFF, needsNote: true },
  { from: "approved", to: "issued", kinds: PERMIT, roles: STAFF, fields: "plain" },
  // A starred case approved before the second body's step existed goes to its body too.
  { from: "approved", to: "awaiting_second_body", kinds: PERMIT, roles: STAFF, fields: "starred" },
  // The second body's decision, recorded by a coordinator: approved, the permit is issued; refused, with the body's reason.
  { from: "awaiting_second_body", to: "issued", kinds: PERMIT, roles: STAFF, fields: "starred" },
  { from: "awaiting_second_body", to: "second_body_refused", kinds: PERMIT, roles: STAFF, fields: "starred", needsSecondBodyReason: true },
  // The bank pipeline: introduced → the bank's decision → paid, or returned (and perhaps introduced again, to another bank).
  { from: "approved", to: "referred_to_bank", kinds: ["loan"], roles: STAFF, needsBankIntroduction: true },
  { from: "referred_to_bank", to: "bank_approved", kinds: ["loan"], roles: STAFF },
  { from: "referred_to_bank", to: "bank_returned", kinds: ["loan"], roles: STAFF, needsReturnReason: true },
  // A payment is the bank's yes too: a coordinator who only hears of the payment records it at once.
  { from: "referred_to_bank", to: "paid", kinds: ["loan"], roles: STAFF, needsPayment: true },
  { from: "bank_approved", to: "paid", kinds: ["loan"], roles: STAFF, needsPayment: true },
  { from: "bank_approved", to: "bank_returned", kinds: ["loan"], roles: STAFF, needsReturnReason: true },
  { from: "bank_returned", to: "referred_to_bank", kinds: ["loan"], roles: STAFF, needsBankIntroduction: true },
];

/** Whether a case is a home permit in a starred field (its business's category has a second body). */
export type Field = "starred" | "plain";

function fits(t: Transition, kind: ApplicationKind, role: Role, field: Field): boolean {
  return t.kinds.includes(kind) && t.roles.includes(role) && (t.fields === undefined || kind !== "home_permit" || t.fields === field);
}

export function findTransition(kind: ApplicationKind, from: ApplicationStatus, to: ApplicationStatus, role: Role, field: Field): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to && fits(t, kind, role, field));
}

/** The moves a role can make from here (for the buttons; the server checks again). */
export function movesFrom(kind: ApplicationKind, from: ApplicationStatus, role: Role, field: Field): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from && fits(t, kind, role, field));
}

/** Statuses a coordinator still has work on. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  "submitted",
  "under_review",
  "documents_requested",
  "approved",
  "awaiting_second_body",
  "referred_to_bank",
  "bank_approved",
  "bank_returned",
];

/** At the bank and not yet paid: the 15-day clock (introduction → payment) runs. */
export const AT_BANK: readonly ApplicationStatus[] = ["referred_to_bank", "bank_approved"];

/** Statuses in which the next move is a coordinator's (the service-level clock runs). */
export const AWAITING_STAFF: readonly ApplicationStatus[] = ["submitted", "under_review", "approved"];
