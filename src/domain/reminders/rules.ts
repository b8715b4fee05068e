import type { Prisma } from "../../db/generated/sqlite/client.ts";
import type { Tx } from "../../db/client.ts";
import { caseButton, resumeButton } from "../../shared/buttons.ts";
import { documentsFor } from "../documents/checklist.ts";
import { documentListParam, uploadButtons } from "../documents/requested.ts";
import { caseStaff, noticesFor } from "../notify-coordinators.ts";
import type { OutboxMessage } from "../outbox.ts";
import { AT_BANK, AWAITING_STAFF } from "../review/transitions.ts";
import { formatTrackingCode } from "../tracking-code.ts";
import { DAY_MS } from "../local-time.ts";
import { jobsFollowUpRule, permitJobsRule } from "../jobs/follow-up.ts";
import { loadBook } from "../funds/funds.ts";
import type { ReminderSettings } from "./settings.ts";
import { after, type Subject, type WindowRule } from "./window.ts";

/** Applicants who still hear reminders (status changes reach them regardless). */
const remindable = { status: "active", remindersOptOut: false } satisfies Prisma.UserWhereInput;

const daysBefore = (days: number) => (now: Date) => new Date(now.getTime() - days * DAY_MS);
const daysAhead = (days: number) => (now: Date) => new Date(now.getTime() + days * DAY_MS);
const openCase = (applicationId: number) => [[{ label: { t: "btn-case-open" }, data: caseButton.pack("open", applicationId) }]];

/** Reminder `stage` (1, 2, …) of a registration started `days` ago and not finished. */
export function registrationRule(stage: number, days: number): WindowRule<Subject> {
  const key = `registration-${stage}`;
  return {
    key,
    horizon: daysBefore(days),
    async load(db, position, until, take) {
      const users = await db.user.findMany({
        where: { ...(after("registrationStartedAt", position, until) as Prisma.UserWhereInput), ...remindable },
        orderBy: [{ registrationStartedAt: "asc" }, { id: "asc" }],
        take,
        select: { id: true, registrationStartedAt: true },
      });
      return users.map((u) => ({ id: u.id, at: u.registrationStartedAt! }));
    },
    async messages(_tx, users, now) {
      return users.map((u) => ({
        recipientId: u.id,
        kind: "reminder",
        template: "reminder-registration",
        params: {},
        buttons: [[{ label: { t: "reminder-continue" }, data: resumeButton.pack("registration") }]],
        dedupeKey: `reminder:${key}:${u.id}:${u.at.getTime()}`,
        notBefore: now,
      }));
    },
  };
}

interface RequestSubject extends Subject {
  applicationId: number;
}

/** Open document requests made at or before `until` (one per document asked for). */
function loadRequests(forApplicants: Prisma.UserWhereInput): WindowRule<RequestSubject>["load"] {
  return async (db, position, until, take) => {
    const requests = await db.documentRequest.findMany({
      where: {
        ...(after("requestedAt", position, until) as Prisma.DocumentRequestWhereInput),
        fulfilledAt: null,
        application: { status: "documents_requested", applicant: forApplicants },
      },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, requestedAt: true, applicationId: true },
    });
    return requests.map((r) => ({ id: r.id, at: r.requestedAt, applicationId: r.applicationId }));
  };
}

/** The requests of one coordinator's action (one application, one moment), still open. */
async function openRequestGroups(tx: Tx, requests: RequestSubject[]) {
  const applicationIds = [...new Set(requests.map((r) => r.applicationId))];
  const [applications, open] = await Promise.all([
    tx.application.findMany({ where: { id: { in: applicationIds } }, select: { id: true, applicantId: true, regionId: true, trackingCode: true } }),
    tx.documentRequest.findMany({
      where: { applicationId: { in: applicationIds }, fulfilledAt: null },
      select: { applicationId: true, requestedAt: true, documentCode: true },
    }),
  ]);
  const groups = new Map<string, { application: (typeof applications)[number]; requestedAt: Date; codes: Set<string> }>();
  for (const r of requests) {
    const application = applications.find((a) => a.id === r.applicationId)!;
    const key = `${r.applicationId}:${r.at.getTime()}`;
    if (groups.has(key)) continue;
    const codes = open.filter((o) => o.applicationId === r.applicationId && o.requestedAt.getTime() === r.at.getTime()).map((o) => o.documentCode);
    groups.set(key, { application, requestedAt: r.at, codes: new Set(codes) });
  }
  return [...groups.values()];
}

/** Reminder `stage` to an applicant who has not sent documents asked for `days` ago. */
export function documentsRule(stage: number, days: number): WindowRule<RequestSubject> {
  const key = `documents-${stage}`;
  return {
    key,
    horizon: daysBefore(days),
    load: loadRequests(remindable),
    async messages(tx, requests, now) {
      const messages: OutboxMessage[] = [];
      for (const { application, requestedAt, codes } of await openRequestGroups(tx, requests)) {
        const missing = (await documentsFor(tx, application.id)).filter((d) => codes.has(d.code));
        if (missing.length === 0) continue;
        messages.push({
          recipientId: application.applicantId,
          kind: "reminder",
          template: "reminder-documents",
          params: { trackingCode: formatTrackingCode(application.trackingCode), documents: documentListParam(missing), days },
          buttons: uploadButtons(application.trackingCode, missing),
          dedupeKey: `reminder:${key}:${application.id}:${requestedAt.getTime()}`,
          notBefore: now,
        });
      }
      return messages;
    },
  };
}

/** After the applicant's reminders: the county's staff (caseStaff) learn the documents never came. */
export function documentsLateRule(days: number): WindowRule<RequestSubject> {
  const key = "documents-late";
  return {
    key,
    horizon: daysBefore(days),
    load: loadRequests({}),
    async messages(tx, requests, now) {
      const groups = await openRequestGroups(tx, requests);
      const staff = await caseStaff(
        tx,
        groups.map((g) => g.application),
      );
      return groups.flatMap(({ application, requestedAt }) =>
        noticesFor(staff(application), {
          kind: "reminder",
          template: "reminder-documents-late",
          event: `reminder:${key}:${application.id}:${requestedAt.getTime()}`,
          params: { trackingCode: formatTrackingCode(application.trackingCode), days },
          buttons: openCase(application.id),
          now,
        }),
      );
    },
  };
}

/** A permit holder is told `days` before their permit expires, with renewal instructions. */
export function permitExpiryRule(days: number): WindowRule<Subject & { applicantId: number; trackingCode: string; permitNumber: string }> {
  const key = `permit-expiry-${days}`;
  return {
    key,
    horizon: daysAhead(days),
    async load(db, position, until, take) {
      const permits = await db.application.findMany({
        where: { ...(after("permitExpiresAt", position, until) as Prisma.ApplicationWhereInput), status: "issued", applicant: remindable },
        orderBy: [{ permitExpiresAt: "asc" }, { id: "asc" }],
        take,
        select: { id: true, permitExpiresAt: true, applicantId: true, trackingCode: true, permitNumber: true },
      });
      return permits.map((p) => ({
        id: p.id,
        at: p.permitExpiresAt!,
        applicantId: p.applicantId,
        trackingCode: p.trackingCode,
        permitNumber: p.permitNumber ?? "",
      }));
    },
    async messages(_tx, permits, now) {
      return permits.map((p) => ({
        recipientId: p.applicantId,
        kind: "reminder",
        template: "reminder-permit-expiry",
        params: { trackingCode: formatTrackingCode(p.trackingCode), permitNumber: p.permitNumber, expiresAt: { day: p.at.toISOString() }, days },
        dedupeKey: `reminder:${key}:${p.id}:${p.at.getTime()}`,
        notBefore: now,
      }));
    },
  };
}

/**
 * A fund borrower is told `days` before an installment is due (0: on the day), unless the
 * repayments already cover it; a person a facilitator holds is reminded through them
 * (src/domain/outbox.ts), so they count as remindable.
 */
export function installmentRule(days: number): WindowRule<Subject & { loanId: number; number: number; fundId: number; userId: number }> {
  const key = `installment-${days}`;
  return {
    key,
    horizon: daysAhead(days),
    async load(db, position, until, take) {
      const due = await db.fundInstallment.findMany({
        where: after("dueAt", position, until),
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        take,
        select: { id: true, dueAt: true, loanId: true, number: true, loan: { select: { fundId: true, member: { select: { userId: true } } } } },
      });
      return due.map((d) => ({ id: d.id, at: d.dueAt, loanId: d.loanId, number: d.number, fundId: d.loan.fundId, userId: d.loan.member.userId }));
    },
    async messages(tx, installments, now) {
      const messages: OutboxMessage[] = [];
      const users = await tx.user.findMany({
        where: { id: { in: installments.map((i) => i.userId) }, OR: [remindable, { heldById: { not: null }, remindersOptOut: false }] },
        select: { id: true },
      });
      const reachable = new Set(users.map((u) => u.id));
      for (const i of installments.filter((x) => reachable.has(x.userId))) {
        const { figures } = await loadBook(tx, i.fundId, now);
        const loan = figures.loans.find((l) => l.loanId === i.loanId);
        // Reversed, repaid, or this installment already covered.
        if (!loan?.next || loan.next.number > i.number) continue;
        const fund = await tx.fund.findUniqueOrThrow({ where: { id: i.fundId }, select: { name: true } });
        messages.push({
          recipientId: i.userId,
          kind: "reminder",
          template: "reminder-installment",
          params: { amount: { rials: String(loan.next.dueRials) }, fund: fund.name, due: { day: i.at.toISOString() } },
          dedupeKey: `reminder:${key}:${i.id}`,
          notBefore: now,
        });
      }
      return messages;
    },
  };
}

/** A case waiting on a coordinator longer than the service level: its county's staff (caseStaff) are alerted. */
export function overdueRule(
  slaDays: number,
): WindowRule<Subject & { version: number; regionId: number; applicantId: number; trackingCode: string; status: string }> {
  const key = "overdue";
  return {
    key,
    horizon: daysBefore(slaDays),
    async load(db, position, until, take) {
      const cases = await db.application.findMany({
        where: { ...(after("statusChangedAt", position, until) as Prisma.ApplicationWhereInput), status: { in: [...AWAITING_STAFF] } },
        orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
        take,
        select: { id: true, statusChangedAt: true, version: true, regionId: true, applicantId: true, trackingCode: true, status: true },
      });
      return cases.map(({ statusChangedAt, ...c }) => ({ ...c, at: statusChangedAt }));
    },
    async messages(tx, cases, now) {
      const staff = await caseStaff(tx, cases);
      return cases.flatMap((c) =>
        noticesFor(staff(c), {
          kind: "reminder",
          template: "reminder-overdue",
          // The version names this stay in the status: a case that moves on and comes back is a new one.
          event: `reminder:${key}:${c.id}:v${c.version}`,
          params: { trackingCode: formatTrackingCode(c.trackingCode), status: { t: `status-${c.status}` }, days: slaDays },
          buttons: openCase(c.id),
          now,
        }),
      );
    },
  };
}

/** The 15-day rule: a loan introduced to the bank and not paid (nor returned) by then; its county's staff are alerted once per referral. */
export function bankOverdueRule(
  days: number,
): WindowRule<Subject & { regionId: number; applicantId: number; trackingCode: string; bank: string; branch: string; applicationId: number }> {
  const key = "bank-overdue";
  return {
    key,
    horizon: daysBefore(days),
    async load(db, position, until, take) {
      const referrals = await db.bankReferral.findMany({
        where: {
          ...(after("introducedAt", position, until) as Prisma.BankReferralWhereInput),
          paidAt: null,
          returnReason: null,
          application: { status: { in: [...AT_BANK] } },
        },
        orderBy: [{ introducedAt: "asc" }, { id: "asc" }],
        take,
        select: {
          id: true,
          introducedAt: true,
          bank: true,
          branch: true,
          application: { select: { id: true, regionId: true, applicantId: true, trackingCode: true } },
        },
      });
      return referrals.map((r) => ({
        id: r.id,
        at: r.introducedAt,
        bank: r.bank,
        branch: r.branch,
        applicationId: r.application.id,
        regionId: r.application.regionId,
        applicantId: r.application.applicantId,
        trackingCode: r.application.trackingCode,
      }));
    },
    async messages(tx, referrals, now) {
      const staff = await caseStaff(tx, referrals);
      return referrals.flatMap((r) =>
        noticesFor(staff(r), {
          kind: "reminder",
          template: "reminder-bank-overdue",
          event: `reminder:${key}:${r.id}`,
          params: {
            trackingCode: formatTrackingCode(r.trackingCode),
            bank: { t: `bank-${r.bank}` },
            branch: r.branch,
            introducedAt: { day: r.at.toISOString() },
            days,
          },
          buttons: openCase(r.applicationId),
          now,
        }),
      );
    },
  };
}

/** Every rule the settings switch on. */
export function reminderRules(settings: ReminderSettings): WindowRule<Subject>[] {
  const rules: WindowRule<Subject>[] = [
    ...settings.registrationDays.map((days, i) => registrationRule(i + 1, days)),
    ...settings.documentsDays.map((days, i) => documentsRule(i + 1, days) as WindowRule<Subject>),
    ...settings.permitExpiryDays.map((days) => permitExpiryRule(days) as WindowRule<Subject>),
    ...settings.installmentDays.map((days) => installmentRule(days) as WindowRule<Subject>),
  ];
  if (settings.documentsEscalateDays > 0) rules.push(documentsLateRule(settings.documentsEscalateDays));
  if (settings.slaDays > 0) rules.push(overdueRule(settings.slaDays));
  if (settings.bankPaymentDays > 0) rules.push(bankOverdueRule(settings.bankPaymentDays));
  for (const months of settings.jobsFollowUpMonths) rules.push(jobsFollowUpRule(months));
  for (let year = 1; year <= (settings.permitJobsYears ?? 10); year++) rules.push(permitJobsRule(year));
  return rules;
}
