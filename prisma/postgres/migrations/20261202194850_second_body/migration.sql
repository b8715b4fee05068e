-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "secondBody" TEXT,
ADD COLUMN     "secondBodyRefusal" TEXT;
