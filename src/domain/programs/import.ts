import type { Db } from "../../db/client.ts";
import { audit } from "../audit.ts";
import type { DomainDeps } from "../context.ts";
import { loadActor, requireAdmin } from "../review/actor.ts";
import { CatalogError, readCatalogFile } from "./catalog-file.ts";

/**
 * Replaces the catalog with the programs of `path`, all or nothing: a file with any problem
 * (including county codes unknown here) leaves the catalog in force untouched. Programs
 * missing from the file are retired, not deleted: applications still refer to them.
 */
export async function importCatalog(db: Db, path: string): Promise<number> {
  const programs = readCatalogFile(path);
  const known = new Set((await db.region.findMany({ select: { code: true } })).map((r) => r.code));
  const unknown = programs.flatMap((p, i) =>
    (p.eligibility.counties ?? [])
      .filter((code) => !known.has(code))
      .map((code) => `${path}: programs[${i}] (${p.code}): eligibility.counties: unknown county "${code}"`),
  );
  if (unknown.length > 0) throw new CatalogError(unknown);

  await db.$transaction(async (tx) => {
    for (const [index, p] of programs.entries()) {
      const data = {
        kind: p.kind,
        nameFa: p.name.fa,
        nameEn: p.name.en,
        providerFa: p.provider.fa,
        providerEn: p.provider.en,
        minAmountRials: BigInt(p.minAmountRials),
        maxAmountRials: BigInt(p.maxAmountRials),
        rateBasisPoints: Math.round(p.profitRatePercent * 100),
        repaymentMonths: p.repaymentMonths,
        graceMonths: p.graceMonths,
        eligibility: JSON.stringify(p.eligibility),
        fundingLine: p.fundingLine,
        terms: JSON.stringify(p.terms),
        favoursChains: JSON.stringify(p.favoursChains),
        howToApplyFa: p.howToApply.fa,
        howToApplyEn: p.howToApply.en,
        activeFrom: p.activeFrom ? new Date(`${p.activeFrom}T00:00:00+03:30`) : null,
        activeTo: p.activeTo ? new Date(`${p.activeTo}T23:59:59+03:30`) : null,
        retired: false,
        sortOrder: index,
      };
      const saved = await tx.program.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data });
      await tx.programDocument.deleteMany({ where: { programId: saved.id } });
      await tx.programDocument.createMany({
        data: p.documents.map((d, i) => ({
          programId: saved.id,
          code: d.code,
          nameFa: d.name.fa,
          nameEn: d.name.en,
          accepts: d.accepts.join(","),
          sortOrder: i,
        })),
      });
    }
    await tx.program.updateMany({ where: { code: { notIn: programs.map((p) => p.code) } }, data: { retired: true } });
  });
  return programs.length;
}

/** An admin replaces the catalog with an uploaded file (the console): the same all-or-nothing import, audited. */
export async function importCatalogAs(deps: DomainDeps, adminId: number, path: string): Promise<number> {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "catalog-import");
  try {
    const count = await importCatalog(deps.db, path);
    await audit(deps.db, { actorId: adminId, action: "catalog.import", subjectType: "catalog", subjectId: "programs", details: { programs: count } });
    return count;
  } catch (error) {
    if (error instanceof CatalogError) {
      await audit(deps.db, {
        actorId: adminId,
        action: "refused.catalog-invalid",
        subjectType: "catalog",
        subjectId: "programs",
        details: { problems: error.problems.length },
      });
    }
    throw error;
  }
}

/** The catalog as it stands, retired programs last (admins). */
export async function catalogSummary(deps: DomainDeps, adminId: number) {
  await requireAdmin(deps.db, await loadActor(deps.db, adminId), "catalog");
  const programs = await deps.db.program.findMany({
    orderBy: [{ retired: "asc" }, { sortOrder: "asc" }],
    include: { _count: { select: { documents: true } } },
  });
  return programs.map((p) => ({
    code: p.code,
    kind: p.kind,
    name: { fa: p.nameFa, en: p.nameEn },
    minAmountRials: p.minAmountRials,
    maxAmountRials: p.maxAmountRials,
    documents: p._count.documents,
    retired: p.retired,
  }));
}
