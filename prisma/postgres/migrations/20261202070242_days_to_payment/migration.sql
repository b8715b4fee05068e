-- AlterTable
ALTER TABLE "BankReferral" ADD COLUMN     "daysToPayment" INTEGER;
