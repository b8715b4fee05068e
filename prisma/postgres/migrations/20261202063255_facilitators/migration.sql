-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "filedById" INTEGER;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'coordinator',
ADD COLUMN     "villages" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "consentAt" TIMESTAMP(3),
ADD COLUMN     "consentKind" TEXT,
ADD COLUMN     "heldById" INTEGER;

-- CreateTable
CREATE TABLE "FacilitatorVillage" (
    "userId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FacilitatorVillage_pkey" PRIMARY KEY ("userId","villageId")
);

-- CreateTable
CREATE TABLE "TakeoverCode" (
    "id" SERIAL NOT NULL,
    "codeHash" TEXT NOT NULL,
    "heldUserId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" INTEGER,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "TakeoverCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FacilitatorVillage_villageId_idx" ON "FacilitatorVillage"("villageId");

-- CreateIndex
CREATE UNIQUE INDEX "TakeoverCode_codeHash_key" ON "TakeoverCode"("codeHash");

-- CreateIndex
CREATE INDEX "TakeoverCode_heldUserId_idx" ON "TakeoverCode"("heldUserId");

-- CreateIndex
CREATE INDEX "Application_filedById_idx" ON "Application"("filedById");

-- CreateIndex
CREATE INDEX "User_heldById_idx" ON "User"("heldById");

-- AddForeignKey
ALTER TABLE "FacilitatorVillage" ADD CONSTRAINT "FacilitatorVillage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilitatorVillage" ADD CONSTRAINT "FacilitatorVillage_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
