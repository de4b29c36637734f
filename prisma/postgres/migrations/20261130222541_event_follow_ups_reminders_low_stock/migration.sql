-- CreateEnum
CREATE TYPE "FollowUpOutcome" AS ENUM ('ONBOARDED', 'SAMPLE_ORDER', 'CONTRACT_SIGNED', 'FURTHER_MEETING', 'NONE');

-- AlterTable
ALTER TABLE "Sku" ADD COLUMN     "lowStockThreshold" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "Signup" ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EventFollowUp" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "partnerId" TEXT,
    "outcome" "FollowUpOutcome" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventFollowUp_eventId_createdAt_idx" ON "EventFollowUp"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "EventFollowUp_merchantId_idx" ON "EventFollowUp"("merchantId");

-- AddForeignKey
ALTER TABLE "EventFollowUp" ADD CONSTRAINT "EventFollowUp_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventFollowUp" ADD CONSTRAINT "EventFollowUp_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventFollowUp" ADD CONSTRAINT "EventFollowUp_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
