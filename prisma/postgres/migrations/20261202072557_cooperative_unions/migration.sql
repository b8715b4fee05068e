-- AlterTable
ALTER TABLE "Fund" ADD COLUMN     "joinedUnionAt" TIMESTAMP(3),
ADD COLUMN     "unionId" INTEGER;

-- CreateTable
CREATE TABLE "CooperativeUnion" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperativeUnion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CooperativeUnion_regionId_idx" ON "CooperativeUnion"("regionId");

-- CreateIndex
CREATE INDEX "Fund_unionId_idx" ON "Fund"("unionId");

-- AddForeignKey
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_unionId_fkey" FOREIGN KEY ("unionId") REFERENCES "CooperativeUnion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
