-- AlterTable: a goal's period replaces its deadline.
ALTER TABLE "Goal" ADD COLUMN "periodStart" TEXT,
ADD COLUMN "periodEnd" TEXT;

-- Backfill: a goal counted the 12 months that end with its deadline's month.
UPDATE "Goal" SET
    "periodStart" = to_char(date_trunc('month', "deadline") - interval '11 months', 'YYYY-MM'),
    "periodEnd" = to_char("deadline", 'YYYY-MM');

ALTER TABLE "Goal" ALTER COLUMN "periodStart" SET NOT NULL,
ALTER COLUMN "periodEnd" SET NOT NULL,
DROP COLUMN "deadline";
