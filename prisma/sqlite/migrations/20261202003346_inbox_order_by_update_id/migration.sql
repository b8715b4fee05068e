-- DropIndex
DROP INDEX "InboxUpdate_state_chatKey_id_idx";

-- CreateIndex
CREATE INDEX "InboxUpdate_state_chatKey_updateId_idx" ON "InboxUpdate"("state", "chatKey", "updateId");
