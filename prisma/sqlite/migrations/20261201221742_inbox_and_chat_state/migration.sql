/*
  Warnings:

  - You are about to drop the `Session` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Session";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "ChatState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastUpdateId" BIGINT,
    "expiresAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InboxUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bot" TEXT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "effects" TEXT,
    "notBefore" DATETIME,
    "receivedAt" DATETIME NOT NULL,
    "handledAt" DATETIME,
    "lastError" TEXT
);

-- CreateTable
CREATE TABLE "InboxChat" (
    "chatKey" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ChatState_expiresAt_idx" ON "ChatState"("expiresAt");

-- CreateIndex
CREATE INDEX "InboxUpdate_state_chatKey_id_idx" ON "InboxUpdate"("state", "chatKey", "id");

-- CreateIndex
CREATE INDEX "InboxUpdate_handledAt_idx" ON "InboxUpdate"("handledAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboxUpdate_bot_updateId_key" ON "InboxUpdate"("bot", "updateId");
