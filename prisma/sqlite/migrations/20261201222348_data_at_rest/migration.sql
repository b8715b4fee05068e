-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Outbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recipientId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "params" TEXT,
    "buttons" TEXT,
    "subjectUserId" INTEGER,
    "broadcastId" INTEGER,
    "dedupeKey" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "notBefore" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Outbox_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Outbox" ("attempts", "broadcastId", "buttons", "claimedAt", "createdAt", "dedupeKey", "id", "kind", "lastError", "notBefore", "params", "recipientId", "sentAt", "state", "template") SELECT "attempts", "broadcastId", "buttons", "claimedAt", "createdAt", "dedupeKey", "id", "kind", "lastError", "notBefore", "params", "recipientId", "sentAt", "state", "template" FROM "Outbox";
DROP TABLE "Outbox";
ALTER TABLE "new_Outbox" RENAME TO "Outbox";
CREATE UNIQUE INDEX "Outbox_dedupeKey_key" ON "Outbox"("dedupeKey");
CREATE INDEX "Outbox_state_notBefore_idx" ON "Outbox"("state", "notBefore");
CREATE INDEX "Outbox_recipientId_idx" ON "Outbox"("recipientId");
CREATE INDEX "Outbox_subjectUserId_idx" ON "Outbox"("subjectUserId");
CREATE INDEX "Outbox_broadcastId_state_idx" ON "Outbox"("broadcastId", "state");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- New-case and new-loan notices (dedupe key "<kind>:<application>:<coordinator>") carry their applicant's name: record whose.
UPDATE "Outbox" SET "subjectUserId" = (
    SELECT "applicantId" FROM "Application"
    WHERE "Application"."id" = CAST(substr(substr("dedupeKey", instr("dedupeKey", ':') + 1), 1, instr(substr("dedupeKey", instr("dedupeKey", ':') + 1), ':') - 1) AS INTEGER)
) WHERE "kind" IN ('case-new', 'loan-new');
