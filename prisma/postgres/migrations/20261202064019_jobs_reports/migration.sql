-- CreateTable
CREATE TABLE "JobsReport" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "monthsAfter" INTEGER NOT NULL,
    "selfWorks" BOOLEAN NOT NULL,
    "newJobs" INTEGER NOT NULL,
    "keptJobs" INTEGER NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "verifiedById" INTEGER,
    "verifiedAt" TIMESTAMP(3),
    "corrected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "JobsReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobsReport_reportedAt_idx" ON "JobsReport"("reportedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobsReport_applicationId_monthsAfter_key" ON "JobsReport"("applicationId", "monthsAfter");

-- CreateIndex
CREATE INDEX "BankReferral_paidAt_idx" ON "BankReferral"("paidAt");

-- AddForeignKey
ALTER TABLE "JobsReport" ADD CONSTRAINT "JobsReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
