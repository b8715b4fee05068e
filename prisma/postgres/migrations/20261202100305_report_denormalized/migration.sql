-- DropIndex
DROP INDEX "BankReferral_introducedAt_idx";

-- DropIndex
DROP INDEX "BankReferral_paidAt_idx";

-- AlterTable
ALTER TABLE "BankReferral" ADD COLUMN     "introducingBody" TEXT,
ADD COLUMN     "plannedJobs" INTEGER,
ADD COLUMN     "regionId" INTEGER;

-- CreateIndex
CREATE INDEX "Application_kind_submittedAt_regionId_introducingBody_amoun_idx" ON "Application"("kind", "submittedAt", "regionId", "introducingBody", "amountRials");

-- CreateIndex
CREATE INDEX "Application_kind_permitIssuedAt_regionId_idx" ON "Application"("kind", "permitIssuedAt", "regionId");

-- CreateIndex
CREATE INDEX "BankReferral_introducedAt_regionId_introducingBody_idx" ON "BankReferral"("introducedAt", "regionId", "introducingBody");

-- CreateIndex
CREATE INDEX "BankReferral_paidAt_regionId_introducingBody_daysToPayment__idx" ON "BankReferral"("paidAt", "regionId", "introducingBody", "daysToPayment", "paidAmountRials", "plannedJobs", "applicationId");

-- CreateIndex
CREATE INDEX "BankReferral_decision_decidedAt_regionId_introducingBody_idx" ON "BankReferral"("decision", "decidedAt", "regionId", "introducingBody");
