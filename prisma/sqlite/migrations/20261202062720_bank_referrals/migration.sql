-- CreateTable
CREATE TABLE "BankReferral" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "bank" TEXT NOT NULL,
    "branch" TEXT NOT NULL,
    "introducedAt" DATETIME NOT NULL,
    "introducedById" INTEGER NOT NULL,
    "decision" TEXT,
    "decidedAt" DATETIME,
    "returnReason" TEXT,
    "paidAmountRials" BIGINT,
    "paidAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankReferral_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BankReferral_applicationId_idx" ON "BankReferral"("applicationId");

-- CreateIndex
CREATE INDEX "BankReferral_introducedAt_idx" ON "BankReferral"("introducedAt");

-- Loans introduced before referrals were recorded: a referral of an unknown bank, introduced when they entered the status.
INSERT INTO "BankReferral" ("applicationId", "bank", "branch", "introducedAt", "introducedById")
SELECT "id", 'other', '-', "statusChangedAt", COALESCE("assignedToId", 0) FROM "Application" WHERE "status" = 'referred_to_bank';
