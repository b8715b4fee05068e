-- CreateTable
CREATE TABLE "FundConversion" (
    "id" SERIAL NOT NULL,
    "fundId" INTEGER NOT NULL,
    "fromStage" TEXT NOT NULL,
    "toStage" TEXT NOT NULL,
    "progress" TEXT NOT NULL,
    "decidedById" INTEGER NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundConversion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundConversion_fundId_decidedAt_idx" ON "FundConversion"("fundId", "decidedAt");

-- AddForeignKey
ALTER TABLE "FundConversion" ADD CONSTRAINT "FundConversion_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
