-- AlterTable
ALTER TABLE "User" ADD COLUMN "registrationStartedAt" DATETIME;

-- CreateTable
CREATE TABLE "JobState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
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
    "assignedToId" INTEGER,
    "permitNumber" TEXT,
    "permitIssuedAt" DATETIME,
    "permitExpiresAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "statusChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("amountRials", "applicantId", "assignedToId", "businessId", "createdAt", "id", "kind", "permitExpiresAt", "permitIssuedAt", "permitNumber", "programId", "purpose", "regionId", "repaymentMonths", "status", "submissionKey", "submittedAt", "trackingCode", "updatedAt", "version", "statusChangedAt") SELECT "amountRials", "applicantId", "assignedToId", "businessId", "createdAt", "id", "kind", "permitExpiresAt", "permitIssuedAt", "permitNumber", "programId", "purpose", "regionId", "repaymentMonths", "status", "submissionKey", "submittedAt", "trackingCode", "updatedAt", "version", "updatedAt" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_trackingCode_key" ON "Application"("trackingCode");
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE UNIQUE INDEX "Application_permitNumber_key" ON "Application"("permitNumber");
CREATE INDEX "Application_applicantId_submittedAt_idx" ON "Application"("applicantId", "submittedAt");
CREATE INDEX "Application_programId_idx" ON "Application"("programId");
CREATE INDEX "Application_regionId_status_idx" ON "Application"("regionId", "status");
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");
CREATE INDEX "Application_status_statusChangedAt_idx" ON "Application"("status", "statusChangedAt");
CREATE INDEX "Application_status_permitExpiresAt_idx" ON "Application"("status", "permitExpiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ApplicationEvent_createdAt_idx" ON "ApplicationEvent"("createdAt");

-- CreateIndex
CREATE INDEX "DocumentRequest_requestedAt_idx" ON "DocumentRequest"("requestedAt");

-- CreateIndex
CREATE INDEX "User_registrationStartedAt_idx" ON "User"("registrationStartedAt");
