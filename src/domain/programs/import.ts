import type { Db } from "../../db/client.ts";
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
