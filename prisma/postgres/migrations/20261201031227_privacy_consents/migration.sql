-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REGISTRATION', 'INVITATION', 'EVENT_SIGNUP', 'RENEWAL');

-- CreateTable
CREATE TABLE "PrivacyConsent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "clientAddress" TEXT,
    "eventId" TEXT,
    "attendeesInformed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrivacyConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrivacyConsent_userId_createdAt_idx" ON "PrivacyConsent"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "PrivacyConsent" ADD CONSTRAINT "PrivacyConsent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
