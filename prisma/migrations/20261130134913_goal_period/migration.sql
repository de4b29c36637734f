-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "zoneId" TEXT,
    "unit" TEXT NOT NULL,
    "targetValue" BIGINT NOT NULL,
    "baselineValue" BIGINT NOT NULL,
    "baselineYear" INTEGER NOT NULL,
    "periodStart" TEXT NOT NULL,
    "periodEnd" TEXT NOT NULL,
    "reportedValue" BIGINT,
    "reportedAt" DATETIME,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
-- Backfill: a goal counted the 12 months that end with its deadline's month.
-- The deadline is stored as the UTC midnight of its day, as ISO text or as
-- milliseconds since 1970 depending on the driver's timestamp format.
INSERT INTO "new_Goal" ("baselineValue", "baselineYear", "code", "id", "labelEn", "labelZh", "metric", "periodStart", "periodEnd", "reportedAt", "reportedValue", "targetValue", "unit", "updatedAt", "zoneId") SELECT "baselineValue", "baselineYear", "code", "id", "labelEn", "labelZh", "metric",
    CASE WHEN typeof("deadline") IN ('integer', 'real')
        THEN strftime('%Y-%m', "deadline" / 1000, 'unixepoch', 'start of month', '-11 months')
        ELSE strftime('%Y-%m', "deadline", 'start of month', '-11 months') END,
    CASE WHEN typeof("deadline") IN ('integer', 'real')
        THEN strftime('%Y-%m', "deadline" / 1000, 'unixepoch')
        ELSE strftime('%Y-%m', "deadline") END,
    "reportedAt", "reportedValue", "targetValue", "unit", "updatedAt", "zoneId" FROM "Goal";
DROP TABLE "Goal";
ALTER TABLE "new_Goal" RENAME TO "Goal";
CREATE UNIQUE INDEX "Goal_code_key" ON "Goal"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
