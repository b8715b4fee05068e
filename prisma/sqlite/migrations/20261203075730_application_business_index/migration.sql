-- CreateIndex
CREATE INDEX "Application_businessId_idx" ON "Application"("businessId");
