-- AlterEnum
ALTER TYPE "ImportStatus" ADD VALUE 'QUEUED';

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "payload" BYTEA,
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ImportJob_status_createdAt_idx" ON "ImportJob"("status", "createdAt");
