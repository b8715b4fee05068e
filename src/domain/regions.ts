import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { cleanIdentifier } from "./input/clean-text.ts";

const regionsFile = z.object({
  province: z.object({ code: z.string().min(1), fa: z.string().min(1), en: z.string().min(1) }),
  counties: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z0-9-]+$/),
        fa: z.string().min(1),
        en: z.string().min(1),
        deprived: z.boolean().default(false),
      }),
    )
    .min(1),
});

export interface County {
  id: number;
  code: string;
  nameFa: string;
  nameEn: string;
  deprived: boolean;
}

/** Loads a province's counties from a data file (upsert by code; the file order is kept). */
export async function importRegions(db: Db, path: string): Promise<number> {
  const parsed = regionsFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  const { province, counties } = parsed.data;
  await db.$transaction(
    counties.map((c, index) =>
      db.region.upsert({
        where: { code: c.code },
        create: { code: c.code, province: province.code, nameFa: c.fa, nameEn: c.en, deprived: c.deprived, sortOrder: index },
        update: { province: province.code, nameFa: c.fa, nameEn: c.en, deprived: c.deprived, sortOrder: index },
      }),
    ),
  );
  return counties.length;
}

export async function listCounties(db: Db): Promise<County[]> {
  return db.region.findMany({
    orderBy: [{ province: "asc" }, { sortOrder: "asc" }],
    select: { id: true, code: true, nameFa: true, nameEn: true, deprived: true },
  });
}

/**
 * A county name reduced to what tells it apart: no spaces or half-spaces ("نی ریز",
 * "نیریز", "نی‌ریز"), no hyphens or dots, Arabic letter forms and alef variants folded
 * (ة → ه, أ إ آ → ا), lower case, without the word "شهرستان" / "county".
 */
function nameKey(name: string): string {
  return cleanIdentifier(name)
    .toLowerCase()
    .replace(/^\s*شهرستان\s+|\s+county\s*$/g, "")
    .replace(/\u0629/g, "\u0647")
    .replace(/[\u0622\u0623\u0625]/g, "\u0627")
    .replace(/[\s\-‐‑‒–—−_.'’]/g, "");
}

/** The county a person typed by name, in Persian or English; undefined when none (or more than one) matches. */
export function findCountyByName<C extends Pick<County, "nameFa" | "nameEn">>(counties: readonly C[], text: string): C | undefined {
  const key = nameKey(text);
  if (key === "") return undefined;
  const matches = counties.filter((c) => nameKey(c.nameFa) === key || nameKey(c.nameEn) === key);
  return matches.length === 1 ? matches[0] : undefined;
}
