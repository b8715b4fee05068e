import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Db } from "../db/client.ts";

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
