-- CreateTable
CREATE TABLE "BankReferral" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "bank" TEXT NOT NULL,
    "branch" TEXT NOT NULL,
    "introducedAt" TIMESTAMP(3) NOT NULL,
    "introducedById" INTEGER NOT NULL,
    "decision" TEXT,
    "decidedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "paidAmountRials" BIGINT,
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BankReferral_applicationId_idx" ON "BankReferral"("applicationId");

-- CreateIndex
CREATE INDEX "BankReferral_introducedAt_idx" ON "BankReferral"("introducedAt");

-- AddForeignKey
ALTER TABLE "BankReferral" ADD CONSTRAINT "BankReferral_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Loans introduced before referrals were recorded: a referral of an unknown bank, introduced when they entered the status.
INSERT INTO "BankReferral" ("applicationId", "bank", "branch", "introducedAt", "introducedById")
SELECT "id", 'other', '-', "statusChangedAt", COALESCE("assignedToId", 0) FROM "Application" WHERE "status" = 'referred_to_bank';
