-- CreateTable
CREATE TABLE "Fund" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'fund',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinTokenHash" TEXT NOT NULL,
    "bookVersion" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Fund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundMember" (
    "id" SERIAL NOT NULL,
    "fundId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundEntry" (
    "id" SERIAL NOT NULL,
    "fundId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "amountRials" BIGINT NOT NULL,
    "loanId" INTEGER,
    "reversesId" INTEGER,
    "installments" INTEGER,
    "purpose" TEXT,
    "recordedById" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundInstallment" (
    "id" SERIAL NOT NULL,
    "loanId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "amountRials" BIGINT NOT NULL,

    CONSTRAINT "FundInstallment_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "FundMember" ADD CONSTRAINT "FundMember_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundEntry" ADD CONSTRAINT "FundEntry_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundEntry" ADD CONSTRAINT "FundEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "FundMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundInstallment" ADD CONSTRAINT "FundInstallment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "FundEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
