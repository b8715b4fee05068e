import type { Db } from "../../src/db/client.ts";
import { DataFileError } from "../../src/domain/data-file.ts";
import type { RegistrationDraft } from "../../src/domain/registration/fields.ts";
import { ensureUser } from "../../src/domain/users.ts";

export async function applicant(db: Db, id = 1001, firstName = "Zahra", platform: "telegram" | "bale" = "telegram") {
  return ensureUser(db, { platform, platformUserId: String(id), chatId: String(id), firstName });
}

export async function regionId(db: Db, code = "fars-shiraz"): Promise<number> {
  return (await db.region.findUniqueOrThrow({ where: { code } })).id;
}

export async function validDraft(db: Db, overrides: Partial<RegistrationDraft> = {}): Promise<RegistrationDraft> {
  return {
    fullName: "زهرا احمدی",
    nationalId: "0499370899",
    phone: "+989123456789",
    regionId: await regionId(db),
    village: "کوشک",
    category: "beekeeping",
    businessName: "عسل کوهپایه",
    description: "تولید و بسته‌بندی عسل طبیعی",
    workplaceKind: "home",
    plannedJobs: 3,
    capitalRials: 5_000_000_000,
    ...overrides,
  };
}

/** The problems a data file's reader (the catalog, the hubs) lists for a file; none when it reads it. */
export function dataFileProblems(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof DataFileError) return error.problems;
    throw error;
  }
  return [];
}
