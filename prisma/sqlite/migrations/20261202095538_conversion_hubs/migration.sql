-- CreateTable
CREATE TABLE "Hub" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Hub_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Business" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "village" TEXT NOT NULL,
    "villageId" INTEGER,
    "description" TEXT NOT NULL,
    "workplaceKind" TEXT NOT NULL,
    "plannedJobs" INTEGER NOT NULL,
    "capitalRials" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hubId" INTEGER,
    "hubLinkedAt" DATETIME,
    CONSTRAINT "Business_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Business_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Business_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Business_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Business" ("capitalRials", "category", "createdAt", "description", "id", "name", "ownerId", "plannedJobs", "regionId", "village", "villageId", "workplaceKind") SELECT "capitalRials", "category", "createdAt", "description", "id", "name", "ownerId", "plannedJobs", "regionId", "village", "villageId", "workplaceKind" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE INDEX "Business_ownerId_idx" ON "Business"("ownerId");
CREATE INDEX "Business_regionId_idx" ON "Business"("regionId");
CREATE INDEX "Business_villageId_idx" ON "Business"("villageId");
CREATE INDEX "Business_hubId_idx" ON "Business"("hubId");
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
    "favoursChains" TEXT NOT NULL DEFAULT '[]',
    "howToApplyFa" TEXT NOT NULL,
    "howToApplyEn" TEXT NOT NULL,
    "activeFrom" DATETIME,
    "activeTo" DATETIME,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Program" ("activeFrom", "activeTo", "code", "eligibility", "fundingLine", "graceMonths", "howToApplyEn", "howToApplyFa", "id", "kind", "maxAmountRials", "minAmountRials", "nameEn", "nameFa", "providerEn", "providerFa", "rateBasisPoints", "repaymentMonths", "retired", "sortOrder", "terms") SELECT "activeFrom", "activeTo", "code", "eligibility", "fundingLine", "graceMonths", "howToApplyEn", "howToApplyFa", "id", "kind", "maxAmountRials", "minAmountRials", "nameEn", "nameFa", "providerEn", "providerFa", "rateBasisPoints", "repaymentMonths", "retired", "sortOrder", "terms" FROM "Program";
DROP TABLE "Program";
ALTER TABLE "new_Program" RENAME TO "Program";
CREATE UNIQUE INDEX "Program_code_key" ON "Program"("code");
CREATE INDEX "Program_retired_sortOrder_idx" ON "Program"("retired", "sortOrder");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Hub_code_key" ON "Hub"("code");

-- CreateIndex
CREATE INDEX "Hub_regionId_retired_idx" ON "Hub"("regionId", "retired");
