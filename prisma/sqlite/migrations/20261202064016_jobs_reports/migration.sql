-- CreateTable
CREATE TABLE "JobsReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "monthsAfter" INTEGER NOT NULL,
    "selfWorks" BOOLEAN NOT NULL,
    "newJobs" INTEGER NOT NULL,
    "keptJobs" INTEGER NOT NULL,
    "reportedAt" DATETIME NOT NULL,
    "verifiedById" INTEGER,
    "verifiedAt" DATETIME,
    "corrected" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "JobsReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "JobsReport_reportedAt_idx" ON "JobsReport"("reportedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobsReport_applicationId_monthsAfter_key" ON "JobsReport"("applicationId", "monthsAfter");

-- CreateIndex
CREATE INDEX "BankReferral_paidAt_idx" ON "BankReferral"("paidAt");
