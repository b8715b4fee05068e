-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "introducingBody" TEXT;

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "fundingLine" TEXT,
ADD COLUMN     "terms" TEXT NOT NULL DEFAULT '{}';
