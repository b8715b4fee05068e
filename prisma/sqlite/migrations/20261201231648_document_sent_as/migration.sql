-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApplicationDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "documentCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAs" TEXT NOT NULL DEFAULT 'document',
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT NOT NULL,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storedPath" TEXT,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ApplicationDocument" ("applicationId", "createdAt", "documentCode", "fileId", "fileUniqueId", "id", "kind", "mimeType", "sizeBytes", "storedPath", "uploadedById") SELECT "applicationId", "createdAt", "documentCode", "fileId", "fileUniqueId", "id", "kind", "mimeType", "sizeBytes", "storedPath", "uploadedById" FROM "ApplicationDocument";
DROP TABLE "ApplicationDocument";
ALTER TABLE "new_ApplicationDocument" RENAME TO "ApplicationDocument";
CREATE INDEX "ApplicationDocument_applicationId_documentCode_idx" ON "ApplicationDocument"("applicationId", "documentCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Files received before this column: photo messages were stored as JPEG photos (images sent as files mostly came as other types).
UPDATE "ApplicationDocument" SET "sentAs" = 'photo' WHERE "kind" = 'photo' AND "mimeType" = 'image/jpeg';
