-- DropIndex
DROP INDEX "Application_kind_submittedAt_regionId_targetGroup_idx";

-- CreateIndex
CREATE INDEX "Application_kind_submittedAt_regionId_targetGroup_amountRia_idx" ON "Application"("kind", "submittedAt", "regionId", "targetGroup", "amountRials");
