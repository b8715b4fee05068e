-- CreateTable
CREATE TABLE "Program" (
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
    "howToApplyFa" TEXT NOT NULL,
    "howToApplyEn" TEXT NOT NULL,
    "activeFrom" DATETIME,
    "activeTo" DATETIME,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ProgramDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "accepts" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ProgramDocument_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "documentCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT NOT NULL,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storedPath" TEXT,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Application" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "submissionKey" TEXT,
    "status" TEXT NOT NULL,
    "applicantId" INTEGER NOT NULL,
    "businessId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "programId" INTEGER,
    "amountRials" BIGINT,
    "purpose" TEXT,
    "repaymentMonths" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("applicantId", "businessId", "createdAt", "id", "kind", "regionId", "status", "submissionKey", "submittedAt", "trackingCode", "updatedAt", "version") SELECT "applicantId", "businessId", "createdAt", "id", "kind", "regionId", "status", "submissionKey", "submittedAt", "trackingCode", "updatedAt", "version" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_trackingCode_key" ON "Application"("trackingCode");
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE INDEX "Application_applicantId_submittedAt_idx" ON "Application"("applicantId", "submittedAt");
CREATE INDEX "Application_programId_idx" ON "Application"("programId");
CREATE INDEX "Application_regionId_status_idx" ON "Application"("regionId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Program_code_key" ON "Program"("code");

-- CreateIndex
CREATE INDEX "Program_retired_sortOrder_idx" ON "Program"("retired", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDocument_programId_code_key" ON "ProgramDocument"("programId", "code");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_documentCode_idx" ON "ApplicationDocument"("applicationId", "documentCode");
