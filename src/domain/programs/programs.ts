import type { Db } from "../../db/client.ts";
import { eligibilityRules, type DocumentKind, type EligibilityRules, type ProgramKind } from "./catalog-file.ts";

type Text = { fa: string; en: string };

/** A program as the bot shows it. Plain JSON (conversations store what they read). */
export interface ProgramView {
  code: string;
  kind: ProgramKind;
  name: Text;
  provider: Text;
  /** Rials; numbers are exact up to 9·10^15, far above any program's amounts. */
  minAmountRials: number;
  maxAmountRials: number;
  ratePercent: number;
  repaymentMonths: number;
  graceMonths: number;
  rules: EligibilityRules;
  howToApply: Text;
  activeFrom: string | null;
  activeTo: string | null;
  documents: { code: string; name: Text; accepts: DocumentKind[] }[];
}

const include = { documents: { orderBy: { sortOrder: "asc" } } } as const;
type ProgramRow = Awaited<ReturnType<Db["program"]["findFirstOrThrow"]>> & {
  documents: { code: string; nameFa: string; nameEn: string; accepts: string }[];
};

function toView(p: ProgramRow): ProgramView {
  return {
    code: p.code,
    kind: p.kind as ProgramKind,
    name: { fa: p.nameFa, en: p.nameEn },
    provider: { fa: p.providerFa, en: p.providerEn },
    minAmountRials: Number(p.minAmountRials),
    maxAmountRials: Number(p.maxAmountRials),
    ratePercent: p.rateBasisPoints / 100,
    repaymentMonths: p.repaymentMonths,
    graceMonths: p.graceMonths,
    rules: eligibilityRules.parse(JSON.parse(p.eligibility)),
    howToApply: { fa: p.howToApplyFa, en: p.howToApplyEn },
    activeFrom: p.activeFrom?.toISOString() ?? null,
    activeTo: p.activeTo?.toISOString() ?? null,
    documents: p.documents.map((d) => ({ code: d.code, name: { fa: d.nameFa, en: d.nameEn }, accepts: d.accepts.split(",") as DocumentKind[] })),
  };
}

/** The catalog in force, in the file's order. */
export async function listPrograms(db: Db): Promise<ProgramView[]> {
  const rows = await db.program.findMany({ where: { retired: false }, orderBy: { sortOrder: "asc" }, include });
  return rows.map(toView);
}

export async function findProgram(db: Db, code: string): Promise<ProgramView | null> {
  const row = await db.program.findFirst({ where: { code, retired: false }, include });
  return row ? toView(row) : null;
}
