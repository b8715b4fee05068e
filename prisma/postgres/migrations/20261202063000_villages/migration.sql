-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "villageId" INTEGER;

-- CreateTable
CREATE TABLE "Village" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Village_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Village_regionId_nameKey_key" ON "Village"("regionId", "nameKey");

-- CreateIndex
CREATE INDEX "Business_villageId_idx" ON "Business"("villageId");

-- AddForeignKey
ALTER TABLE "Village" ADD CONSTRAINT "Village_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Business" ADD CONSTRAINT "Business_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE SET NULL ON UPDATE CASCADE;
