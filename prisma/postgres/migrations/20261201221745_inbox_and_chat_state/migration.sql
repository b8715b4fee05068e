/*
  Warnings:

  - You are about to drop the `Session` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "Session";

-- CreateTable
CREATE TABLE "ChatState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastUpdateId" BIGINT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatState_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "InboxUpdate" (
    "id" SERIAL NOT NULL,
    "bot" TEXT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "effects" TEXT,
    "notBefore" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "handledAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "InboxUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxChat" (
    "chatKey" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InboxChat_pkey" PRIMARY KEY ("chatKey")
);

-- CreateIndex
CREATE INDEX "ChatState_expiresAt_idx" ON "ChatState"("expiresAt");

-- CreateIndex
CREATE INDEX "InboxUpdate_state_chatKey_id_idx" ON "InboxUpdate"("state", "chatKey", "id");

-- CreateIndex
CREATE INDEX "InboxUpdate_handledAt_idx" ON "InboxUpdate"("handledAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboxUpdate_bot_updateId_key" ON "InboxUpdate"("bot", "updateId");
