-- CreateTable
CREATE TABLE "MerchantMonthRollup" (
    "month" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    CONSTRAINT "MerchantMonthRollup_pkey" PRIMARY KEY ("month","merchantId","customsMode")
);

-- CreateIndex
CREATE INDEX "MerchantMonthRollup_parkId_month_idx" ON "MerchantMonthRollup"("parkId", "month");

-- CreateIndex
CREATE INDEX "MerchantMonthRollup_merchantId_month_idx" ON "MerchantMonthRollup"("merchantId", "month");

-- Backfill (added by hand: a schema diff makes no data changes). The rollup of
-- the declarations already recorded, as `npm run db:rollups` computes it.
INSERT INTO "MerchantMonthRollup" ("month", "merchantId", "customsMode", "parkId", "count", "valueFen")
SELECT d."month", d."merchantId", d."customsMode", m."parkId", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
GROUP BY d."month", d."merchantId", d."customsMode", m."parkId";
