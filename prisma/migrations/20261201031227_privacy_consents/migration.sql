-- CreateTable
CREATE TABLE "PrivacyConsent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "clientAddress" TEXT,
    "eventId" TEXT,
    "attendeesInformed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PrivacyConsent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PrivacyConsent_userId_createdAt_idx" ON "PrivacyConsent"("userId", "createdAt");
