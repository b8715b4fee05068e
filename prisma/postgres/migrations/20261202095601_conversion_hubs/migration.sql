-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "hubId" INTEGER,
ADD COLUMN     "hubLinkedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "favoursChains" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Hub" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Hub_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Hub_code_key" ON "Hub"("code");

-- CreateIndex
CREATE INDEX "Hub_regionId_retired_idx" ON "Hub"("regionId", "retired");

-- CreateIndex
CREATE INDEX "Business_hubId_idx" ON "Business"("hubId");

-- AddForeignKey
ALTER TABLE "Business" ADD CONSTRAINT "Business_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hub" ADD CONSTRAINT "Hub_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
