-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN "heartbeatAt" DATETIME;
ALTER TABLE "ImportJob" ADD COLUMN "payload" BLOB;
ALTER TABLE "ImportJob" ADD COLUMN "startedAt" DATETIME;

-- CreateIndex
CREATE INDEX "ImportJob_status_createdAt_idx" ON "ImportJob"("status", "createdAt");
