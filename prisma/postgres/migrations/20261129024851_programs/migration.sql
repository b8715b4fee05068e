-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "amountRials" BIGINT,
ADD COLUMN     "programId" INTEGER,
ADD COLUMN     "purpose" TEXT,
ADD COLUMN     "repaymentMonths" INTEGER;

-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "providerFa" TEXT NOT NULL,
    "providerEn" TEXT NOT NULL,
    "minAmountRials" BIGINT NOT NULL,
    "maxAmountRials" BIGINT NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,
    "repaymentMonths" INTEGER NOT NULL,
    "graceMonths" INTEGER NOT NULL,
    "eligibility" TEXT NOT NULL,
    "howToApplyFa" TEXT NOT NULL,
    "howToApplyEn" TEXT NOT NULL,
    "activeFrom" TIMESTAMP(3),
    "activeTo" TIMESTAMP(3),
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramDocument" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "accepts" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProgramDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "documentCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT NOT NULL,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storedPath" TEXT,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Program_code_key" ON "Program"("code");

-- CreateIndex
CREATE INDEX "Program_retired_sortOrder_idx" ON "Program"("retired", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDocument_programId_code_key" ON "ProgramDocument"("programId", "code");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_documentCode_idx" ON "ApplicationDocument"("applicationId", "documentCode");

-- CreateIndex
CREATE INDEX "Application_programId_idx" ON "Application"("programId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDocument" ADD CONSTRAINT "ProgramDocument_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
