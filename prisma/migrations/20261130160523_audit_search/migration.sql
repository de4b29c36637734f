-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "merchantId" TEXT;
ALTER TABLE "AuditLog" ADD COLUMN "parkId" TEXT;

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
-- the company's park, and a Park entry's own id.
UPDATE "AuditLog" SET "merchantId" = "entityId" WHERE "entityType" = 'Merchant';
UPDATE "AuditLog"
SET "merchantId" = CASE WHEN json_valid("details") THEN json_extract("details", '$.merchantId') END
WHERE "merchantId" IS NULL AND "details" LIKE '%"merchantId"%';
UPDATE "AuditLog" SET "merchantId" = NULL
WHERE "merchantId" IS NOT NULL AND "merchantId" NOT IN (SELECT "id" FROM "Merchant");
UPDATE "AuditLog"
SET "parkId" = (SELECT "parkId" FROM "Merchant" WHERE "Merchant"."id" = "AuditLog"."merchantId")
WHERE "merchantId" IS NOT NULL;
UPDATE "AuditLog" SET "parkId" = "entityId"
WHERE "entityType" = 'Park' AND "entityId" IN (SELECT "id" FROM "Park");
