import { factsOf } from "../applicant/facts.ts";
import type { DomainDeps } from "../context.ts";

/**
 * Everything stored about one person, readable (sealed fields come decrypted: it is their
 * own), for /mydata. Money is in rials, times in ISO 8601 (UTC), names in both languages.
 */
export async function collectMyData(deps: DomainDeps, userId: number) {
  const { db } = deps;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const [businesses, applications, notifications, counties, funds] = await Promise.all([
    db.business.findMany({ where: { ownerId: userId }, include: { region: true, hub: true }, orderBy: { id: "asc" } }),
    db.application.findMany({
      where: { applicantId: userId },
      include: {
        program: true,
        region: true,
        events: { orderBy: { id: "asc" } },
        documents: { orderBy: { id: "asc" } },
        requests: { orderBy: { id: "asc" } },
        referrals: { orderBy: { id: "asc" } },
        jobsReports: { orderBy: { id: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
    db.outbox.findMany({ where: { recipientId: userId }, select: { kind: true, state: true, createdAt: true, sentAt: true }, orderBy: { id: "asc" } }),
    db.coordinatorRegion.findMany({ where: { userId }, include: { region: true } }),
    db.fundMember.findMany({ where: { userId }, include: { fund: true, entries: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } }),
  ]);
  return {
    exportedAt: deps.clock.now().toISOString(),
    profile: {
      platform: user.platform,
      platformUserId: user.platformUserId,
      firstName: user.firstName,
      fullName: user.fullName,
      nationalId: user.nationalId,
      phone: user.phone,
      /** What employment programs asked (null: never asked). */
      facts: factsOf(user),
      language: user.language,
      role: user.role,
      registeredByFacilitator: user.consentKind ? { consent: user.consentKind, at: user.consentAt?.toISOString() ?? null } : null,
      counties: counties.map((c) => c.region.nameEn),
      reminders: !user.remindersOptOut,
      announcements: !user.broadcastsOptOut,
      firstSeen: user.createdAt.toISOString(),
    },
    businesses: businesses.map((b) => ({
      name: b.name,
      category: b.category,
      county: { fa: b.region.nameFa, en: b.region.nameEn },
      village: b.village,
      description: b.description,
      workplace: b.workplaceKind,
      plannedJobs: b.plannedJobs,
      capitalRials: b.capitalRials.toString(),
      registeredAt: b.createdAt.toISOString(),
      /** The county's conversion-industry hub a coordinator linked it to, and when. */
      hub: b.hub ? { name: { fa: b.hub.nameFa, en: b.hub.nameEn }, linkedAt: b.hubLinkedAt?.toISOString() ?? null } : null,
    })),
    applications: applications.map((a) => ({
      trackingCode: a.trackingCode,
      kind: a.kind,
      status: a.status,
      county: { fa: a.region.nameFa, en: a.region.nameEn },
      program: a.program ? { fa: a.program.nameFa, en: a.program.nameEn } : null,
      amountRials: a.amountRials?.toString() ?? null,
      purpose: a.purpose,
      repaymentMonths: a.repaymentMonths,
      introducingBody: a.introducingBody,
      targetGroup: a.targetGroup,
      permitNumber: a.permitNumber,
      permitIssuedAt: a.permitIssuedAt?.toISOString() ?? null,
      permitExpiresAt: a.permitExpiresAt?.toISOString() ?? null,
      submittedAt: a.submittedAt.toISOString(),
      history: a.events.map((e) => ({ at: e.createdAt.toISOString(), from: e.fromStatus, to: e.toStatus, note: e.note })),
      documents: a.documents.map((d) => ({
        document: d.documentCode,
        kind: d.kind,
        type: d.mimeType,
        bytes: d.sizeBytes,
        receivedAt: d.createdAt.toISOString(),
      })),
      documentRequests: a.requests.map((r) => ({
        document: r.documentCode,
        requestedAt: r.requestedAt.toISOString(),
        fulfilledAt: r.fulfilledAt?.toISOString() ?? null,
      })),
      bankReferrals: a.referrals.map((r) => ({
        bank: r.bank,
        branch: r.branch,
        introducedAt: r.introducedAt.toISOString(),
        decision: r.decision,
        returnReason: r.returnReason,
        paidAmountRials: r.paidAmountRials?.toString() ?? null,
        paidAt: r.paidAt?.toISOString() ?? null,
      })),
      jobsReports: a.jobsReports.map((j) => ({
        monthsAfter: j.monthsAfter,
        selfWorks: j.selfWorks,
        newJobs: j.newJobs,
        keptJobs: j.keptJobs,
        reportedAt: j.reportedAt.toISOString(),
        verified: j.verifiedAt !== null,
        corrected: j.corrected,
      })),
    })),
    funds: funds.map((m) => ({
      fund: m.fund.name,
      role: m.role,
      joinedAt: m.joinedAt.toISOString(),
      entries: m.entries.map((e) => ({
        kind: e.kind,
        amountRials: e.amountRials.toString(),
        installments: e.installments,
        purpose: e.purpose,
        recordedAt: e.recordedAt.toISOString(),
      })),
    })),
    notifications: notifications.map((n) => ({ kind: n.kind, state: n.state, queuedAt: n.createdAt.toISOString(), sentAt: n.sentAt?.toISOString() ?? null })),
  };
}

export type MyData = Awaited<ReturnType<typeof collectMyData>>;
