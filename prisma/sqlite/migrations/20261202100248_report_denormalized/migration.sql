-- DropIndex
DROP INDEX "BankReferral_paidAt_idx";

-- DropIndex
DROP INDEX "BankReferral_introducedAt_idx";

-- AlterTable
ALTER TABLE "BankReferral" ADD COLUMN "introducingBody" TEXT;
ALTER TABLE "BankReferral" ADD COLUMN "plannedJobs" INTEGER;
ALTER TABLE "BankReferral" ADD COLUMN "regionId" INTEGER;

-- CreateIndex
CREATE INDEX "Application_kind_submittedAt_regionId_introducingBody_amountRials_idx" ON "Application"("kind", "submittedAt", "regionId", "introducingBody", "amountRials");

-- CreateIndex
CREATE INDEX "Application_kind_permitIssuedAt_regionId_idx" ON "Application"("kind", "permitIssuedAt", "regionId");

-- CreateIndex
CREATE INDEX "BankReferral_introducedAt_regionId_introducingBody_idx" ON "BankReferral"("introducedAt", "regionId", "introducingBody");

-- CreateIndex
CREATE INDEX "BankReferral_paidAt_regionId_introducingBody_daysToPayment_paidAmountRials_plannedJobs_applicationId_idx" ON "BankReferral"("paidAt", "regionId", "introducingBody", "daysToPayment", "paidAmountRials", "plannedJobs", "applicationId");

-- CreateIndex
CREATE INDEX "BankReferral_decision_decidedAt_regionId_introducingBody_idx" ON "BankReferral"("decision", "decidedAt", "regionId", "introducingBody");
