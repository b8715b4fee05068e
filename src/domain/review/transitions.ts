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
}

const BOTH = ["home_permit", "loan"] as const;
const STAFF = ["coordinator", "admin"] as const;

/**
 * The one table of how an application may move, and who may move it. Everything that
 * changes a status goes through it (src/domain/review/change-status.ts).
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: "submitted", to: "under_review", kinds: BOTH, roles: STAFF },
  { from: "submitted", to: "documents_requested", kinds: BOTH, roles: STAFF, needsDocuments: true },
  { from: "submitted", to: "approved", kinds: BOTH, roles: STAFF },
  { from: "submitted", to: "rejected", kinds: BOTH, roles: STAFF, needsNote: true },
  { from: "under_review", to: "documents_requested", kinds: BOTH, roles: STAFF, needsDocuments: true },
  { from: "under_review", to: "approved", kinds: BOTH, roles: STAFF },
  { from: "under_review", to: "rejected", kinds: BOTH, roles: STAFF, needsNote: true },
  { from: "documents_requested", to: "under_review", kinds: BOTH, roles: STAFF },
  // The applicant's upload of the last requested document (src/domain/documents/attach.ts), never a bare button.
  { from: "documents_requested", to: "under_review", kinds: BOTH, roles: ["applicant"], needsRequestedDocuments: true },
  { from: "documents_requested", to: "rejected", kinds: BOTH, roles: STAFF, needsNote: true },
  { from: "approved", to: "issued", kinds: ["home_permit"], roles: STAFF },
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

export function findTransition(kind: ApplicationKind, from: ApplicationStatus, to: ApplicationStatus, role: Role): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to && t.kinds.includes(kind) && t.roles.includes(role));
}

/** The moves a role can make from here (for the buttons; the server checks again). */
export function movesFrom(kind: ApplicationKind, from: ApplicationStatus, role: Role): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from && t.kinds.includes(kind) && t.roles.includes(role));
}

/** Statuses a coordinator still has work on. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  "submitted",
  "under_review",
  "documents_requested",
  "approved",
  "referred_to_bank",
  "bank_approved",
  "bank_returned",
];

/** At the bank and not yet paid: the 15-day clock (introduction → payment) runs. */
export const AT_BANK: readonly ApplicationStatus[] = ["referred_to_bank", "bank_approved"];

/** Statuses in which the next move is a coordinator's (the service-level clock runs). */
export const AWAITING_STAFF: readonly ApplicationStatus[] = ["submitted", "under_review", "approved"];
