// Closed lists the bot offers as buttons; labels live in locales (category-<id>, workplace-<id>).

export const BUSINESS_CATEGORIES = [
  "handicrafts",
  "food",
  "livestock",
  "agriculture",
  "beekeeping",
  "carpet",
  "services",
  "fisheries",
  "arts",
  "other",
] as const;
export type BusinessCategory = (typeof BUSINESS_CATEGORIES)[number];

export const WORKPLACE_KINDS = ["home", "workshop", "farm", "shop", "online", "other"] as const;
export type WorkplaceKind = (typeof WORKPLACE_KINDS)[number];

export const APPLICATION_KINDS = ["home_permit", "loan"] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICATION_STATUSES = [
  "submitted",
  "under_review",
  "documents_requested",
  "approved",
  "rejected",
  "issued",
  /** A starred field's permit, approved by the coordinator, waits for its second body (src/domain/review/second-body.ts). */
  "awaiting_second_body",
  "second_body_refused",
  "referred_to_bank",
  "bank_approved",
  "bank_returned",
  "paid",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** An observer (a member of the province's working group) only reads the report. */
export const ROLES = ["applicant", "facilitator", "coordinator", "admin", "observer"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["fa", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The value chains a county's conversion-industry hub works in (labels: chain-<id>); the hubs
 * file names one per hub and a program may favour some.
 */
export const VALUE_CHAINS = [
  "dates",
  "citrus",
  "pomegranate",
  "grape",
  "fig",
  "apple",
  "nuts",
  "rice",
  "grain",
  "tomato",
  "olive",
  "dairy",
  "meat",
  "honey",
  "medicinal-herbs",
  "wool-carpet",
] as const;
export type ValueChain = (typeof VALUE_CHAINS)[number];
