-- AlterTable
ALTER TABLE "Application" ADD COLUMN "filedById" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "consentAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "consentKind" TEXT;
ALTER TABLE "User" ADD COLUMN "heldById" INTEGER;

-- CreateTable
CREATE TABLE "FacilitatorVillage" (
    "userId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "villageId"),
    CONSTRAINT "FacilitatorVillage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FacilitatorVillage_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TakeoverCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeHash" TEXT NOT NULL,
    "heldUserId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    "revokedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invitation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'coordinator',
    "counties" TEXT NOT NULL,
    "villages" TEXT,
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

-- CreateIndex
CREATE INDEX "FacilitatorVillage_villageId_idx" ON "FacilitatorVillage"("villageId");

-- CreateIndex
CREATE UNIQUE INDEX "TakeoverCode_codeHash_key" ON "TakeoverCode"("codeHash");

-- CreateIndex
CREATE INDEX "TakeoverCode_heldUserId_idx" ON "TakeoverCode"("heldUserId");

-- CreateIndex
CREATE INDEX "Application_filedById_idx" ON "Application"("filedById");

-- CreateIndex
CREATE INDEX "User_heldById_idx" ON "User"("heldById");
