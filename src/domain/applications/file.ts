import type { Tx } from "../../db/client.ts";
import type { ApplicationKind } from "../catalog.ts";
import type { DomainDeps } from "../context.ts";
import { isUniqueViolation } from "../errors.ts";
import { notifyCoordinators } from "../notify-coordinators.ts";
import type { OutboxButton, OutboxMessage } from "../outbox.ts";
import { casesSharingIdentity, identityButton, identityWarning } from "../review/identity.ts";
import { caseButton } from "../../shared/buttons.ts";
import { secondBodyFor } from "../review/second-body.ts";
import { formatTrackingCode, newTrackingCode } from "../tracking-code.ts";

export interface FiledApplication {
  applicationId: number;
  trackingCode: string;
  /** False when this submission key was already used: the earlier result is returned. */
  created: boolean;
}

export interface ApplicationToFile {
  applicantId: number;
  /** Drawn once per conversation: a repeated submit (redelivery, double click) files nothing new. */
  submissionKey: string;
  kind: ApplicationKind;
  regionId: number;
  /** The facilitator filing it on the applicant's behalf (they are the first history entry's actor). */
  filedById?: number;
  /** Writes made in the same transaction before the application row; returns its business and loan fields. */
  prepare(
    tx: Tx,
    now: Date,
  ): Promise<{
    businessId: number;
    programId?: number;
    amountRials?: bigint;
    purpose?: string;
    repaymentMonths?: number;
    introducingBody?: string | null;
    targetGroup?: string | null;
  }>;
  /**
   * What the county's staff are told (its coordinators, or the admins where it has none);
   * `identityTemplate` when the applicant's national ID or mobile is on another account's case
   * (it adds the `identity` line, and buttons to those cases).
   */
  notice: { kind: string; template: string; identityTemplate: string; params: OutboxMessage["params"] };
}

const TRACKING_CODE_ATTEMPTS = 5;

/** A new case's notice lets the coordinator act on it at once. */
function newCaseButtons(applicationId: number, version: number, starred: boolean): OutboxButton[][] {
  // A starred field's permit is approved into its second body's step (src/domain/review/second-body.ts).
  const approve = starred
    ? { label: { t: "btn-case-send-second-body" }, data: caseButton.pack("to", "awaiting_second_body", applicationId, version) }
    : { label: { t: "btn-case-approve" }, data: caseButton.pack("to", "approved", applicationId, version) };
  return [
    [{ label: { t: "btn-case-open" }, data: caseButton.pack("open", applicationId) }],
    [approve, { label: { t: "btn-case-reject" }, data: caseButton.pack("reject", applicationId, version) }],
    [
      { label: { t: "btn-case-docs" }, data: caseButton.pack("docs", applicationId, version) },
      { label: { t: "btn-case-assign" }, data: caseButton.pack("assign", applicationId, version) },
    ],
  ];
}

/**
 * Files an application: one transaction writes whatever `prepare` writes, the application
 * with a fresh tracking code, its first history entry and the coordinators' notifications.
 */
export async function fileApplication(deps: DomainDeps, a: ApplicationToFile): Promise<FiledApplication> {
  const previous = await deps.db.application.findUnique({ where: { submissionKey: a.submissionKey } });
  if (previous) return { applicationId: previous.id, trackingCode: previous.trackingCode, created: false };

  for (let attempt = 1; ; attempt++) {
    const trackingCode = newTrackingCode();
    try {
      return await deps.db.$transaction(async (tx) => {
        const now = deps.clock.now();
        const fields = await a.prepare(tx, now);
        const application = await tx.application.create({
          data: {
            ...fields,
            kind: a.kind,
            trackingCode,
            submissionKey: a.submissionKey,
            status: "submitted",
            applicantId: a.applicantId,
            filedById: a.filedById ?? null,
            regionId: a.regionId,
            submittedAt: now,
            statusChangedAt: now,
            createdAt: now,
          },
        });
        await tx.applicationEvent.create({
          data: { applicationId: application.id, actorId: a.filedById ?? a.applicantId, fromStatus: null, toStatus: "submitted", createdAt: now },
        });
        const { category } = await tx.business.findUniqueOrThrow({ where: { id: fields.businessId }, select: { category: true } });
        const matches = await casesSharingIdentity(tx, a.applicantId);
        const warning = identityWarning(matches);
        await notifyCoordinators(tx, a, {
          kind: a.notice.kind,
          template: warning ? a.notice.identityTemplate : a.notice.template,
          event: `${a.notice.kind}:${application.id}`,
          now,
          params: {
            ...a.notice.params,
            trackingCode: formatTrackingCode(trackingCode),
            ...(warning ? { identity: { t: warning.key, args: warning.args } } : {}),
          },
          buttons: newCaseButtons(application.id, application.version, a.kind === "home_permit" && secondBodyFor(category) !== null),
          countyButtons: matches.map((m) => ({ regionId: m.regionId, row: [identityButton(m)] })),
          subjectUserId: a.applicantId,
        });
        return { applicationId: application.id, trackingCode, created: true };
      });
    } catch (error) {
      if (isUniqueViolation(error, "submissionKey")) {
        const first = await deps.db.application.findUniqueOrThrow({ where: { submissionKey: a.submissionKey } });
        return { applicationId: first.id, trackingCode: first.trackingCode, created: false };
      }
      if (isUniqueViolation(error, "trackingCode") && attempt < TRACKING_CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}
