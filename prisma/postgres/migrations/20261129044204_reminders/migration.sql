-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Existing applications: their last change is the best estimate of when their status changed.
UPDATE "Application" SET "statusChangedAt" = "updatedAt";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "registrationStartedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "JobState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE INDEX "Application_status_statusChangedAt_idx" ON "Application"("status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Application_status_permitExpiresAt_idx" ON "Application"("status", "permitExpiresAt");

-- CreateIndex
CREATE INDEX "ApplicationEvent_createdAt_idx" ON "ApplicationEvent"("createdAt");

-- CreateIndex
CREATE INDEX "DocumentRequest_requestedAt_idx" ON "DocumentRequest"("requestedAt");

-- CreateIndex
CREATE INDEX "User_registrationStartedAt_idx" ON "User"("registrationStartedAt");
