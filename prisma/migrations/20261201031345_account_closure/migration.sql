-- CreateTable
CREATE TABLE "AccountClosureRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "openKey" TEXT,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "reason" TEXT,
    CONSTRAINT "AccountClosureRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountClosureRequest_openKey_key" ON "AccountClosureRequest"("openKey");

-- CreateIndex
CREATE INDEX "AccountClosureRequest_status_requestedAt_idx" ON "AccountClosureRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "AccountClosureRequest_userId_idx" ON "AccountClosureRequest"("userId");
