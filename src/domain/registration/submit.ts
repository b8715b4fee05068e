import type { Tx } from "../../db/client.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { maskMobile } from "../input/mobile.ts";
import { maskNationalId } from "../input/national-id.ts";
import { enqueue } from "../outbox.ts";
import { formatTrackingCode, newTrackingCode } from "../tracking-code.ts";
import { registrationDraft } from "./fields.ts";

export interface SubmittedRegistration {
  applicationId: number;
  trackingCode: string;
  /** False when this submission key was already used: the earlier result is returned. */
  created: boolean;
}

const TRACKING_CODE_ATTEMPTS = 5;

function isUniqueViolation(error: unknown, field: string): boolean {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: unknown } };
  return e?.code === "P2002" && JSON.stringify(e.meta ?? {}).includes(field);
}

/**
 * Registers a home business and opens its home-business permit application, in one
 * transaction with the coordinators' notifications. `submissionKey` makes it idempotent:
 * a repeated submit (a redelivered update, a double click) returns the first result.
 */
export async function submitRegistration(
  deps: DomainDeps,
  applicantId: number,
  submissionKey: string,
  input: unknown,
): Promise<SubmittedRegistration> {
  const parsed = registrationDraft.safeParse(input);
  if (!parsed.success) throw new DomainError("invalid-registration", "err-registration-invalid");
  const draft = parsed.data;

  const previous = await deps.db.application.findUnique({ where: { submissionKey } });
  if (previous) return { applicationId: previous.id, trackingCode: previous.trackingCode, created: false };

  const region = await deps.db.region.findUnique({ where: { id: draft.regionId } });
  if (!region) throw new DomainError("unknown-region", "err-registration-invalid");

  for (let attempt = 1; ; attempt++) {
    const trackingCode = newTrackingCode();
    try {
      return await deps.db.$transaction(async (tx) => {
        const now = deps.clock.now();
        await tx.user.update({
          where: { id: applicantId },
          data: {
            fullName: draft.fullName,
            nationalIdEnc: deps.cipher.encrypt(draft.nationalId),
            nationalIdHash: deps.cipher.lookupHash(draft.nationalId),
            phoneEnc: deps.cipher.encrypt(draft.phone),
            phoneHash: deps.cipher.lookupHash(draft.phone),
          },
        });
        const business = await tx.business.create({
          data: {
            ownerId: applicantId,
            name: draft.businessName,
            category: draft.category,
            regionId: region.id,
            village: draft.village,
            description: draft.description,
            workplaceKind: draft.workplaceKind,
            plannedJobs: draft.plannedJobs,
            capitalRials: BigInt(draft.capitalTomans) * 10n,
            createdAt: now,
          },
        });
        const application = await tx.application.create({
          data: {
            kind: "home_permit",
            trackingCode,
            submissionKey,
            status: "submitted",
            applicantId,
            businessId: business.id,
            regionId: region.id,
            submittedAt: now,
            createdAt: now,
          },
        });
        await tx.applicationEvent.create({
          data: { applicationId: application.id, actorId: applicantId, fromStatus: null, toStatus: "submitted", createdAt: now },
        });
        await notifyCoordinators(tx, region.id, application.id, now, {
          trackingCode: formatTrackingCode(trackingCode),
          fullName: draft.fullName,
          nationalId: maskNationalId(draft.nationalId),
          phone: maskMobile(draft.phone),
          county: { fa: region.nameFa, en: region.nameEn },
          village: draft.village,
          category: { t: `category-${draft.category}` },
          businessName: draft.businessName,
          workplace: { t: `workplace-${draft.workplaceKind}` },
          plannedJobs: draft.plannedJobs,
          capital: { rials: String(BigInt(draft.capitalTomans) * 10n) },
        });
        return { applicationId: application.id, trackingCode, created: true };
      });
    } catch (error) {
      if (isUniqueViolation(error, "submissionKey")) {
        const first = await deps.db.application.findUniqueOrThrow({ where: { submissionKey } });
        return { applicationId: first.id, trackingCode: first.trackingCode, created: false };
      }
      if (isUniqueViolation(error, "trackingCode") && attempt < TRACKING_CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function notifyCoordinators(
  tx: Tx,
  regionId: number,
  applicationId: number,
  now: Date,
  params: Parameters<typeof enqueue>[1][number]["params"],
): Promise<void> {
  const coordinators = await tx.coordinatorRegion.findMany({ where: { regionId }, select: { userId: true } });
  await enqueue(
    tx,
    coordinators.map(({ userId }) => ({
      recipientId: userId,
      kind: "case-new",
      template: "notify-new-case",
      params,
      dedupeKey: `case-new:${applicationId}:${userId}`,
      notBefore: now,
    })),
  );
}
