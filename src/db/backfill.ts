import type { Db } from "./client.ts";

/**
 * Data the schema's migrations cannot carry (they stay pure schema): filled in code at start,
 * each step idempotent and cheap once done.
 *
 * Bank referrals written before they carried their case's county, introducing body and
 * committed jobs (the working group's report groups by them) get them from the case now.
 * Returns how many rows were filled.
 */
export async function backfill(db: Db): Promise<number> {
  return db.$executeRawUnsafe(`UPDATE "BankReferral" SET
    "regionId" = (SELECT a."regionId" FROM "Application" a WHERE a."id" = "BankReferral"."applicationId"),
    "introducingBody" = (SELECT a."introducingBody" FROM "Application" a WHERE a."id" = "BankReferral"."applicationId"),
    "plannedJobs" = (SELECT b."plannedJobs" FROM "Application" a JOIN "Business" b ON b."id" = a."businessId" WHERE a."id" = "BankReferral"."applicationId")
    WHERE "regionId" IS NULL`);
}
