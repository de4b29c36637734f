-- CreateTable
CREATE TABLE "ParkYtdRollup" (
    "month" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    PRIMARY KEY ("month", "parkId", "customsMode", "direction")
);

-- CreateTable
CREATE TABLE "CityMarketYtdRollup" (
    "month" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    PRIMARY KEY ("month", "customsMode", "country")
);

-- Backfill from the declarations (each under its merchant's park, as the other rollups).
-- Year to date: a declaration counts in its month and every later month of its year.
INSERT INTO "ParkYtdRollup" ("month", "parkId", "customsMode", "direction", "count", "valueFen")
SELECT substr(d."month", 1, 5) || mm."m", m."parkId", d."customsMode", d."direction", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
JOIN (SELECT '01' AS "m" UNION ALL SELECT '02' UNION ALL SELECT '03' UNION ALL SELECT '04' UNION ALL SELECT '05' UNION ALL SELECT '06'
  UNION ALL SELECT '07' UNION ALL SELECT '08' UNION ALL SELECT '09' UNION ALL SELECT '10' UNION ALL SELECT '11' UNION ALL SELECT '12') mm
  ON mm."m" >= substr(d."month", 6, 2)
GROUP BY substr(d."month", 1, 5) || mm."m", m."parkId", d."customsMode", d."direction";

INSERT INTO "CityMarketYtdRollup" ("month", "customsMode", "country", "count", "valueFen")
SELECT substr(d."month", 1, 5) || mm."m", d."customsMode", d."country", COUNT(*), SUM(d."valueFen")
FROM "Declaration" d
JOIN (SELECT '01' AS "m" UNION ALL SELECT '02' UNION ALL SELECT '03' UNION ALL SELECT '04' UNION ALL SELECT '05' UNION ALL SELECT '06'
  UNION ALL SELECT '07' UNION ALL SELECT '08' UNION ALL SELECT '09' UNION ALL SELECT '10' UNION ALL SELECT '11' UNION ALL SELECT '12') mm
  ON mm."m" >= substr(d."month", 6, 2)
GROUP BY substr(d."month", 1, 5) || mm."m", d."customsMode", d."country";

-- The dashboards cached before this migration are out of date.
UPDATE "RollupVersion" SET "version" = "version" + 1;
