-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "attachment" TEXT;
