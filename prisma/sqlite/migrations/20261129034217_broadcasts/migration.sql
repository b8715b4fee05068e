-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "broadcastId" INTEGER;

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdById" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "entities" TEXT,
    "photoFileId" TEXT,
    "audience" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "scheduledAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "progressChatId" TEXT,
    "progressMessageId" INTEGER,
    "progressEditedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Broadcast_state_scheduledAt_idx" ON "Broadcast"("state", "scheduledAt");

-- CreateIndex
CREATE INDEX "Outbox_broadcastId_state_idx" ON "Outbox"("broadcastId", "state");
