-- AlterTable
ALTER TABLE "ApplicationDocument" ADD COLUMN     "sentAs" TEXT NOT NULL DEFAULT 'document';

-- Files received before this column: photo messages were stored as JPEG photos (images sent as files mostly came as other types).
UPDATE "ApplicationDocument" SET "sentAs" = 'photo' WHERE "kind" = 'photo' AND "mimeType" = 'image/jpeg';
