-- CreateTable
CREATE TABLE "ParkMonthRollup" (
    "month" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "direction" "TradeDirection" NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    CONSTRAINT "ParkMonthRollup_pkey" PRIMARY KEY ("month","parkId","customsMode","direction")
);

-- CreateTable
CREATE TABLE "MarketYtdRollup" (
    "month" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    CONSTRAINT "MarketYtdRollup_pkey" PRIMARY KEY ("month","parkId","customsMode","country")
);

-- CreateTable
CREATE TABLE "MerchantYtdRollup" (
    "month" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    CONSTRAINT "MerchantYtdRollup_pkey" PRIMARY KEY ("month","merchantId","customsMode")
);

-- CreateTable
CREATE TABLE "RollupVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "RollupVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParkMonthRollup_parkId_month_idx" ON "ParkMonthRollup"("parkId", "month");

-- CreateIndex
CREATE INDEX "MerchantYtdRollup_month_parkId_idx" ON "MerchantYtdRollup"("month", "parkId");

-- Backfill from the declarations (each under its merchant's park, as the other rollups).
INSERT INTO "ParkMonthRollup" ("month", "parkId", "customsMode", "direction", "count", "valueFen")
SELECT d."month", m."parkId", d."customsMode", d."direction", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
GROUP BY d."month", m."parkId", d."customsMode", d."direction";

-- Year to date: a declaration counts in its month and every later month of its year.
INSERT INTO "MarketYtdRollup" ("month", "parkId", "customsMode", "country", "count", "valueFen")
SELECT substr(d."month", 1, 5) || mm."m", m."parkId", d."customsMode", d."country", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
JOIN (SELECT '01' AS "m" UNION ALL SELECT '02' UNION ALL SELECT '03' UNION ALL SELECT '04' UNION ALL SELECT '05' UNION ALL SELECT '06'
  UNION ALL SELECT '07' UNION ALL SELECT '08' UNION ALL SELECT '09' UNION ALL SELECT '10' UNION ALL SELECT '11' UNION ALL SELECT '12') mm
  ON mm."m" >= substr(d."month", 6, 2)
GROUP BY substr(d."month", 1, 5) || mm."m", m."parkId", d."customsMode", d."country";

INSERT INTO "MerchantYtdRollup" ("month", "merchantId", "customsMode", "parkId", "count", "valueFen")
SELECT substr(d."month", 1, 5) || mm."m", d."merchantId", d."customsMode", m."parkId", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
JOIN (SELECT '01' AS "m" UNION ALL SELECT '02' UNION ALL SELECT '03' UNION ALL SELECT '04' UNION ALL SELECT '05' UNION ALL SELECT '06'
  UNION ALL SELECT '07' UNION ALL SELECT '08' UNION ALL SELECT '09' UNION ALL SELECT '10' UNION ALL SELECT '11' UNION ALL SELECT '12') mm
  ON mm."m" >= substr(d."month", 6, 2)
GROUP BY substr(d."month", 1, 5) || mm."m", d."merchantId", d."customsMode", m."parkId";

INSERT INTO "RollupVersion" ("id", "version") VALUES (1, 1);
