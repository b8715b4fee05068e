-- AlterTable
ALTER TABLE "Application" ADD COLUMN "targetGroup" TEXT;

-- AlterTable
ALTER TABLE "BankReferral" ADD COLUMN "targetGroup" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "birthDate" TEXT;
ALTER TABLE "User" ADD COLUMN "education" TEXT;
ALTER TABLE "User" ADD COLUMN "priorLoan" TEXT;
ALTER TABLE "User" ADD COLUMN "reliefClient" TEXT;
ALTER TABLE "User" ADD COLUMN "sex" TEXT;
ALTER TABLE "User" ADD COLUMN "welfareClient" TEXT;

-- CreateIndex
CREATE INDEX "Application_kind_submittedAt_regionId_targetGroup_idx" ON "Application"("kind", "submittedAt", "regionId", "targetGroup");

-- CreateIndex
CREATE INDEX "BankReferral_introducedAt_regionId_targetGroup_idx" ON "BankReferral"("introducedAt", "regionId", "targetGroup");

-- CreateIndex
CREATE INDEX "BankReferral_paidAt_regionId_targetGroup_paidAmountRials_idx" ON "BankReferral"("paidAt", "regionId", "targetGroup", "paidAmountRials");
