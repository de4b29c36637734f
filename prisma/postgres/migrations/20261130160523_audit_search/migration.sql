-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "merchantId" TEXT,
ADD COLUMN     "parkId" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_merchantId_createdAt_idx" ON "AuditLog"("merchantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_parkId_createdAt_idx" ON "AuditLog"("parkId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- Backfill: the company an existing entry concerns (a Merchant entry's own
-- id, else the merchantId its details recorded, when that company exists),
-- the company's park, and a Park entry's own id. Details are always written
-- by JSON.stringify (lib/server/audit/record-audit.ts).
UPDATE "AuditLog" SET "merchantId" = "entityId" WHERE "entityType" = 'Merchant';
UPDATE "AuditLog"
SET "merchantId" = CASE WHEN jsonb_typeof("details"::jsonb -> 'merchantId') = 'string' THEN "details"::jsonb ->> 'merchantId' END
WHERE "merchantId" IS NULL AND "details" LIKE '%"merchantId"%';
UPDATE "AuditLog" SET "merchantId" = NULL
WHERE "merchantId" IS NOT NULL AND "merchantId" NOT IN (SELECT "id" FROM "Merchant");
UPDATE "AuditLog" AS a
SET "parkId" = m."parkId"
FROM "Merchant" AS m
WHERE m."id" = a."merchantId";
UPDATE "AuditLog" SET "parkId" = "entityId"
WHERE "entityType" = 'Park' AND "entityId" IN (SELECT "id" FROM "Park");
