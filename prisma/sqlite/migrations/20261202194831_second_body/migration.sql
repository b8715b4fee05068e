-- AlterTable
ALTER TABLE "Application" ADD COLUMN "secondBody" TEXT;
ALTER TABLE "Application" ADD COLUMN "secondBodyRefusal" TEXT;
