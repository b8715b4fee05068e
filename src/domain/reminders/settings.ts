/** What the reminder rules and digests do; each part can be switched off (config.ts reads them). */
export interface ReminderSettings {
  timeZone: string;
  /** Days after a registration was started and not finished: one reminder for each. */
  registrationDays: number[];
  /** Days after documents were requested and not uploaded: one reminder for each. */
  documentsDays: number[];
  /** Days after which the coordinators are told the documents never came; 0 = never. */
  documentsEscalateDays: number;
  /** Days before a permit expires: one reminder for each. */
  permitExpiryDays: number[];
  /** Days before a fund loan's installment is due (0: on the day): one reminder for each. */
  installmentDays: number[];
  /** Days a case may wait on a coordinator before it is overdue; 0 = no overdue alerts. */
  slaDays: number;
  /** The 15-day rule: days from a loan's introduction to the bank to its payment; 0 = no alerts. */
  bankPaymentDays: number;
  /** Months after a loan's payment when its applicant is asked about the jobs in the business. */
  jobsFollowUpMonths: number[];
  /** Years after a permit's issue (no paid loan) when its business is asked about jobs, once a year; unset: 10, 0: never. */
  permitJobsYears?: number;
  /** Local minutes after midnight of the daily digests, or null for none. */
  digestAt: number | null;
  /** The admins' weekly summary: day of the week (0 = Sunday) and local minutes, or null. */
  weekly: { weekday: number; at: number } | null;
}

/** The defaults of the configuration (config.ts), Tehran time. */
export const DEFAULT_REMINDERS: ReminderSettings = {
  timeZone: "Asia/Tehran",
  registrationDays: [2, 5],
  documentsDays: [3, 7],
  documentsEscalateDays: 10,
  permitExpiryDays: [30, 7],
  installmentDays: [3, 0],
  slaDays: 5,
  bankPaymentDays: 15,
  jobsFollowUpMonths: [3, 6, 12],
  permitJobsYears: 10,
  digestAt: 8 * 60,
  weekly: { weekday: 6, at: 8 * 60 },
};
