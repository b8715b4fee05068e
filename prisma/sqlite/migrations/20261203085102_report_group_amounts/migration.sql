-- DropIndex
DROP INDEX "Application_kind_submittedAt_regionId_targetGroup_idx";

-- CreateIndex
CREATE INDEX "Application_kind_submittedAt_regionId_targetGroup_amountRials_idx" ON "Application"("kind", "submittedAt", "regionId", "targetGroup", "amountRials");
