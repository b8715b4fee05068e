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
        /** The county's villages (a starter list the agency completes); registration offers them. */
        villages: z.array(z.object({ fa: z.string().min(1), en: z.string().min(1).optional() })).default([]),
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
  /** In the file's order. */
  villages: Village[];
}

/**
 * Loads a province's counties and their villages from a data file (upsert by code, villages by
 * their name's key; the file order is kept). Villages that leave the file stay: businesses refer
 * to them. A county naming one village twice (by key) is refused with the file.
 */
export async function importRegions(db: Db, path: string): Promise<number> {
  const parsed = regionsFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  const { province, counties } = parsed.data;
  for (const c of counties) {
    const keys = c.villages.map((v) => villageKey(v.fa));
    const twice = keys.find((key, i) => keys.indexOf(key) !== i);
    if (twice !== undefined) throw new Error(`${path}: county ${c.code} lists the village "${c.villages[keys.indexOf(twice)]!.fa}" twice`);
  }
  await db.$transaction(async (tx) => {
    for (const [index, c] of counties.entries()) {
      const region = await tx.region.upsert({
        where: { code: c.code },
        create: { code: c.code, province: province.code, nameFa: c.fa, nameEn: c.en, deprived: c.deprived, sortOrder: index },
        update: { province: province.code, nameFa: c.fa, nameEn: c.en, deprived: c.deprived, sortOrder: index },
      });
      for (const [order, v] of c.villages.entries()) {
        const fields = { nameFa: v.fa, nameEn: v.en ?? v.fa, sortOrder: order };
        const nameKey = villageKey(v.fa);
        await tx.village.upsert({
          where: { regionId_nameKey: { regionId: region.id, nameKey } },
          create: { regionId: region.id, nameKey, ...fields },
          update: fields,
        });
      }
    }
  });
  return counties.length;
}

export async function listCounties(db: Db): Promise<County[]> {
  return db.region.findMany({
    orderBy: [{ province: "asc" }, { sortOrder: "asc" }],
    select: {
      id: true,
      code: true,
      nameFa: true,
      nameEn: true,
      deprived: true,
      villages: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, nameFa: true, nameEn: true } },
    },
  });
}

/**
 * A place name reduced to what tells it apart: no spaces or half-spaces ("نی ریز",
 * "نیریز", "نی‌ریز"), no hyphens or dots, Arabic letter forms (ي ك, cleanIdentifier) and alef
 * variants folded (ة → ه, أ إ آ → ا), lower case, without the word `prefix` / `suffix`.
 */
function placeKey(name: string, words: RegExp): string {
  return cleanIdentifier(name)
    .toLowerCase()
    .replace(words, "")
    .replace(/\u0629/g, "\u0647")
    .replace(/[\u0622\u0623\u0625]/g, "\u0627")
    .replace(/[\s\-‐‑‒–—−_.'’]/g, "");
}

const nameKey = (name: string) => placeKey(name, /^\s*شهرستان\s+|\s+county\s*$/g);

/** A village's name reduced the same way, without "روستای" / "village": how a typed name finds the list's village. */
export const villageKey = (name: string) => placeKey(name, /^\s*روستا(ی)?\s+|\s+village\s*$/g);

/** The county a person typed by name, in Persian or English; undefined when none (or more than one) matches. */
export function findCountyByName<C extends Pick<County, "nameFa" | "nameEn">>(counties: readonly C[], text: string): C | undefined {
  const key = nameKey(text);
  if (key === "") return undefined;
  const matches = counties.filter((c) => nameKey(c.nameFa) === key || nameKey(c.nameEn) === key);
  return matches.length === 1 ? matches[0] : undefined;
}

export interface Village {
  id: number;
  nameFa: string;
  nameEn: string;
}

/** The village of a county's list a person typed, in Persian or English (matched by villageKey); undefined when none or two. */
export function findVillageByName<V extends Pick<Village, "nameFa" | "nameEn">>(villages: readonly V[], text: string): V | undefined {
  const key = villageKey(text);
  if (key === "") return undefined;
  const matches = villages.filter((v) => villageKey(v.nameFa) === key || villageKey(v.nameEn) === key);
  return matches.length === 1 ? matches[0] : undefined;
}
