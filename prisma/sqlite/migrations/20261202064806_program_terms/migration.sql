-- AlterTable
ALTER TABLE "Application" ADD COLUMN "introducingBody" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Program" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "providerFa" TEXT NOT NULL,
    "providerEn" TEXT NOT NULL,
    "minAmountRials" BIGINT NOT NULL,
    "maxAmountRials" BIGINT NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,
    "repaymentMonths" INTEGER NOT NULL,
    "graceMonths" INTEGER NOT NULL,
    "eligibility" TEXT NOT NULL,
    "fundingLine" TEXT,
    "terms" TEXT NOT NULL DEFAULT '{}',
    "howToApplyFa" TEXT NOT NULL,
    "howToApplyEn" TEXT NOT NULL,
    "activeFrom" DATETIME,
    "activeTo" DATETIME,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Program" ("activeFrom", "activeTo", "code", "eligibility", "graceMonths", "howToApplyEn", "howToApplyFa", "id", "kind", "maxAmountRials", "minAmountRials", "nameEn", "nameFa", "providerEn", "providerFa", "rateBasisPoints", "repaymentMonths", "retired", "sortOrder") SELECT "activeFrom", "activeTo", "code", "eligibility", "graceMonths", "howToApplyEn", "howToApplyFa", "id", "kind", "maxAmountRials", "minAmountRials", "nameEn", "nameFa", "providerEn", "providerFa", "rateBasisPoints", "repaymentMonths", "retired", "sortOrder" FROM "Program";
DROP TABLE "Program";
ALTER TABLE "new_Program" RENAME TO "Program";
CREATE UNIQUE INDEX "Program_code_key" ON "Program"("code");
CREATE INDEX "Program_retired_sortOrder_idx" ON "Program"("retired", "sortOrder");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
