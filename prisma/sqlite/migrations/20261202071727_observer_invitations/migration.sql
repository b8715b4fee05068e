-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invitation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "counties" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'coordinator',
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    "revokedAt" DATETIME
);
INSERT INTO "new_Invitation" ("counties", "createdAt", "createdById", "expiresAt", "id", "revokedAt", "tokenHash", "usedAt", "usedById") SELECT "counties", "createdAt", "createdById", "expiresAt", "id", "revokedAt", "tokenHash", "usedAt", "usedById" FROM "Invitation";
DROP TABLE "Invitation";
ALTER TABLE "new_Invitation" RENAME TO "Invitation";
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
