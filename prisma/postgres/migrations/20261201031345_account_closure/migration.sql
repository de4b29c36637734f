-- CreateEnum
CREATE TYPE "ClosureStatus" AS ENUM ('PENDING', 'COMPLETED', 'REJECTED');

-- CreateTable
CREATE TABLE "AccountClosureRequest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "ClosureStatus" NOT NULL DEFAULT 'PENDING',
    "openKey" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "reason" TEXT,

    CONSTRAINT "AccountClosureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountClosureRequest_openKey_key" ON "AccountClosureRequest"("openKey");

-- CreateIndex
CREATE INDEX "AccountClosureRequest_status_requestedAt_idx" ON "AccountClosureRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "AccountClosureRequest_userId_idx" ON "AccountClosureRequest"("userId");

-- AddForeignKey
ALTER TABLE "AccountClosureRequest" ADD CONSTRAINT "AccountClosureRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
