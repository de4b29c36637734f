-- CreateTable
CREATE TABLE "ParkMonthTotalRollup" (
    "month" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    CONSTRAINT "ParkMonthTotalRollup_pkey" PRIMARY KEY ("month","parkId")
);

-- CreateIndex
CREATE INDEX "ParkMonthTotalRollup_parkId_month_idx" ON "ParkMonthTotalRollup"("parkId", "month");

-- Backfill from the declarations (each under its merchant's park, as the other rollups).
INSERT INTO "ParkMonthTotalRollup" ("month", "parkId", "count", "valueFen")
SELECT d."month", m."parkId", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
GROUP BY d."month", m."parkId";

-- The dashboards cached before this migration are out of date.
UPDATE "RollupVersion" SET "version" = "version" + 1;
