import type { DomainDeps } from "../context.ts";
import { loadActor, requireStaff } from "../review/actor.ts";
import { applicationScope } from "../review/actor.ts";

export interface ExportRow {
  trackingCode: string;
  kind: string;
  status: string;
  submittedAt: Date;
  county: { fa: string; en: string };
  village: string;
  applicant: string;
  businessName: string;
  category: string;
  plannedJobs: number;
  capitalRials: bigint;
  program: { fa: string; en: string } | null;
  amountRials: bigint | null;
  permitNumber: string | null;
}

/**
 * The applications an actor may see, for export. National IDs and phone numbers are left
 * out: a spreadsheet travels further than the bot.
 */
export async function applicationsForExport(deps: DomainDeps, actorId: number): Promise<ExportRow[]> {
  const actor = await loadActor(deps.db, actorId);
  await requireStaff(deps.db, actor, "export");
  const rows = await deps.db.application.findMany({
    where: applicationScope(actor),
    orderBy: { submittedAt: "asc" },
    include: { region: true, business: true, applicant: { select: { fullName: true } }, program: { select: { nameFa: true, nameEn: true } } },
  });
  return rows.map((r) => ({
    trackingCode: r.trackingCode,
    kind: r.kind,
    status: r.status,
    submittedAt: r.submittedAt,
    county: { fa: r.region.nameFa, en: r.region.nameEn },
    village: r.business.village,
    applicant: r.applicant.fullName ?? "",
    businessName: r.business.name,
    category: r.business.category,
    plannedJobs: r.business.plannedJobs,
    capitalRials: r.business.capitalRials,
    program: r.program ? { fa: r.program.nameFa, en: r.program.nameEn } : null,
    amountRials: r.amountRials,
    permitNumber: r.permitNumber,
  }));
}
