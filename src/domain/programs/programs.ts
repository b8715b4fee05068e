import type { Db } from "../../db/client.ts";
import type { ValueChain } from "../catalog.ts";
import {
  eligibilityRules,
  programTerms,
  type DocumentKind,
  type EligibilityRules,
  type FundingLine,
  type ProgramKind,
  type ProgramTerms,
} from "./catalog-file.ts";

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
  fundingLine: FundingLine | null;
  terms: ProgramTerms;
  /** Value chains whose county hub the program favours (listed first where the hub works in one). */
  favoursChains: ValueChain[];
  /** Fields of work closed now: by the catalog (with why), or because their quota is full. */
  closedFields: { category: string; why: Text | null; quota: number | null }[];
  howToApply: Text;
  activeFrom: string | null;
  activeTo: string | null;
  documents: { code: string; name: Text; accepts: DocumentKind[] }[];
}

const include = { documents: { orderBy: { sortOrder: "asc" } } } as const;
type ProgramRow = Awaited<ReturnType<Db["program"]["findFirstOrThrow"]>> & {
  documents: { code: string; nameFa: string; nameEn: string; accepts: string }[];
};

/** Applications that take up a place in a field's quota: all but the refused and withdrawn. */
const HOLDS_A_PLACE = { notIn: ["rejected", "withdrawn", "bank_returned"] };

/** The fields closed now: one count per quota (a handful per program), never a scan of the catalog's applications. */
async function closedFields(db: Db, programId: number, terms: ProgramTerms): Promise<ProgramView["closedFields"]> {
  const closed: ProgramView["closedFields"] = [];
  for (const q of terms.fieldQuotas) {
    if (q.closedBecause) {
      closed.push({ category: q.category, why: q.closedBecause, quota: null });
      continue;
    }
    const taken = await db.application.count({ where: { programId, status: HOLDS_A_PLACE, business: { category: q.category } } });
    if (taken >= q.quota!) closed.push({ category: q.category, why: null, quota: q.quota! });
  }
  return closed;
}

async function toView(db: Db, p: ProgramRow): Promise<ProgramView> {
  const terms = programTerms.parse(JSON.parse(p.terms));
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
    fundingLine: p.fundingLine as FundingLine | null,
    terms,
    favoursChains: JSON.parse(p.favoursChains) as ValueChain[],
    closedFields: await closedFields(db, p.id, terms),
    howToApply: { fa: p.howToApplyFa, en: p.howToApplyEn },
    activeFrom: p.activeFrom?.toISOString() ?? null,
    activeTo: p.activeTo?.toISOString() ?? null,
    documents: p.documents.map((d) => ({ code: d.code, name: { fa: d.nameFa, en: d.nameEn }, accepts: d.accepts.split(",") as DocumentKind[] })),
  };
}

/** The catalog in force, in the file's order. */
export async function listPrograms(db: Db): Promise<ProgramView[]> {
  const rows = await db.program.findMany({ where: { retired: false }, orderBy: { sortOrder: "asc" }, include });
  return Promise.all(rows.map((row) => toView(db, row)));
}

export async function findProgram(db: Db, code: string): Promise<ProgramView | null> {
  const row = await db.program.findFirst({ where: { code, retired: false }, include });
  return row ? toView(db, row) : null;
}
