-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "broadcastId" INTEGER;

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" SERIAL NOT NULL,
    "createdById" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "entities" TEXT,
    "photoFileId" TEXT,
    "audience" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "progressChatId" TEXT,
    "progressMessageId" INTEGER,
    "progressEditedAt" TIMESTAMP(3),

    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Broadcast_state_scheduledAt_idx" ON "Broadcast"("state", "scheduledAt");

-- CreateIndex
CREATE INDEX "Outbox_broadcastId_state_idx" ON "Outbox"("broadcastId", "state");
