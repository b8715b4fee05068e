-- CreateTable
CREATE TABLE "CooperativeUnion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Fund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'fund',
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinTokenHash" TEXT NOT NULL,
    "bookVersion" INTEGER NOT NULL DEFAULT 0,
    "unionId" INTEGER,
    "joinedUnionAt" DATETIME,
    CONSTRAINT "Fund_unionId_fkey" FOREIGN KEY ("unionId") REFERENCES "CooperativeUnion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Fund" ("bookVersion", "createdAt", "createdById", "id", "joinTokenHash", "name", "regionId", "stage", "villageId") SELECT "bookVersion", "createdAt", "createdById", "id", "joinTokenHash", "name", "regionId", "stage", "villageId" FROM "Fund";
DROP TABLE "Fund";
ALTER TABLE "new_Fund" RENAME TO "Fund";
CREATE UNIQUE INDEX "Fund_joinTokenHash_key" ON "Fund"("joinTokenHash");
CREATE INDEX "Fund_villageId_idx" ON "Fund"("villageId");
CREATE INDEX "Fund_regionId_idx" ON "Fund"("regionId");
CREATE INDEX "Fund_unionId_idx" ON "Fund"("unionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CooperativeUnion_regionId_idx" ON "CooperativeUnion"("regionId");
