-- CreateTable
CREATE TABLE "BackgroundJob" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'created',
    "retryCount" INTEGER NOT NULL DEFAULT 0,
    "retryLimit" INTEGER NOT NULL DEFAULT 0,
    "retryDelay" INTEGER NOT NULL DEFAULT 0,
    "retryBackoff" BOOLEAN NOT NULL DEFAULT false,
    "expireSeconds" INTEGER NOT NULL DEFAULT 900,
    "singletonKey" TEXT,
    "scheduleSlot" TEXT,
    "startAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedOn" TIMESTAMP(3),
    "completedOn" TIMESTAMP(3),
    "lastError" TEXT,
    "createdOn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BackgroundJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundJob_scheduleSlot_key" ON "BackgroundJob"("scheduleSlot");

-- CreateIndex
CREATE INDEX "BackgroundJob_state_startAfter_idx" ON "BackgroundJob"("state", "startAfter");

-- CreateIndex
CREATE INDEX "BackgroundJob_name_singletonKey_state_idx" ON "BackgroundJob"("name", "singletonKey", "state");

-- CreateIndex
CREATE INDEX "BackgroundJob_createdOn_idx" ON "BackgroundJob"("createdOn");
