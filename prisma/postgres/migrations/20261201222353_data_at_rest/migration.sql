-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "subjectUserId" INTEGER,
ALTER COLUMN "params" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Outbox_subjectUserId_idx" ON "Outbox"("subjectUserId");

-- New-case and new-loan notices (dedupe key "<kind>:<application>:<coordinator>") carry their applicant's name: record whose.
UPDATE "Outbox" SET "subjectUserId" = "Application"."applicantId"
FROM "Application"
WHERE "Outbox"."kind" IN ('case-new', 'loan-new') AND "Application"."id"::text = split_part("Outbox"."dedupeKey", ':', 2);
