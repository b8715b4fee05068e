-- CreateTable
CREATE TABLE "Fund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'fund',
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinTokenHash" TEXT NOT NULL,
    "bookVersion" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "FundMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fundId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FundMember_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FundEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fundId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "amountRials" BIGINT NOT NULL,
    "loanId" INTEGER,
    "reversesId" INTEGER,
    "installments" INTEGER,
    "purpose" TEXT,
    "recordedById" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FundEntry_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FundEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "FundMember" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FundInstallment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "loanId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "amountRials" BIGINT NOT NULL,
    CONSTRAINT "FundInstallment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "FundEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Fund_joinTokenHash_key" ON "Fund"("joinTokenHash");

-- CreateIndex
CREATE INDEX "Fund_villageId_idx" ON "Fund"("villageId");

-- CreateIndex
CREATE INDEX "Fund_regionId_idx" ON "Fund"("regionId");

-- CreateIndex
CREATE INDEX "FundMember_userId_idx" ON "FundMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FundMember_fundId_userId_key" ON "FundMember"("fundId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "FundEntry_reversesId_key" ON "FundEntry"("reversesId");

-- CreateIndex
CREATE INDEX "FundEntry_fundId_recordedAt_idx" ON "FundEntry"("fundId", "recordedAt");

-- CreateIndex
CREATE INDEX "FundEntry_loanId_idx" ON "FundEntry"("loanId");

-- CreateIndex
CREATE INDEX "FundInstallment_dueAt_idx" ON "FundInstallment"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "FundInstallment_loanId_number_key" ON "FundInstallment"("loanId", "number");
