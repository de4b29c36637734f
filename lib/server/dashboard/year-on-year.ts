// The dashboard's breakdowns of a period beside the same months a year before,
// each widget in one SQL statement for both periods. A year to date is one
// month of the running totals (ParkYtdRollup, CityMarketYtdRollup or
// MarketYtdRollup, MerchantYtdRollup), so both periods are two months' rows;
// any other pair of periods is read period by period (queries.ts).
import type { DbOrTx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Direction } from "@/lib/validation/declaration";
import {
  isYearToDate,
  merchantTotals,
  periodByMarket,
  periodByPark,
  scopeSql,
  type MarketTotal,
  type MerchantTotal,
  type ParkPeriodRow,
  type VolumeScope,
} from "./queries";

type Period = { from: string; to: string };
export type YearOnYear<R> = { current: R[]; previous: R[] };

type SqlRow = Record<string, unknown> & { count: unknown; valueFen: unknown };
const amount = (r: SqlRow) => ({ count: Number(r.count), valueFen: BigInt(String(r.valueFen)) });

/** Whether both periods are years to date, ending in different months: two months of the running totals. */
function bothYearToDate(current: Period, previous: Period): boolean {
  return (
    isYearToDate(current.from, current.to) && isYearToDate(previous.from, previous.to) && current.to !== previous.to
  );
}

/** Splits rows tagged with their period's last month into the two periods. */
function split<R>(rows: SqlRow[], current: Period, toRow: (r: SqlRow) => R): YearOnYear<R> {
  const out: YearOnYear<R> = { current: [], previous: [] };
  for (const r of rows) (String(r.month) === current.to ? out.current : out.previous).push(toRow(r));
  return out;
}

/** Declared volume by park, customs mode and direction, this period and the one before. */
export async function byParkYearOnYear(
  db: DbOrTx,
  scope: VolumeScope,
  current: Period,
  previous: Period,
): Promise<YearOnYear<ParkPeriodRow>> {
  if (!bothYearToDate(current, previous)) {
    const [now, before] = await Promise.all([
      periodByPark(db, scope, current.from, current.to),
      periodByPark(db, scope, previous.from, previous.to),
    ]);
    return { current: now, previous: before };
  }
  // One row per key and month already: nothing to add up.
  const rows = await db.$queryRaw<SqlRow[]>(
    Prisma.sql`SELECT "month", "parkId", "customsMode", "direction", "count", "valueFen" FROM "ParkYtdRollup"
      WHERE "month" IN (${current.to}, ${previous.to})${scopeSql(scope)}`,
  );
  return split(rows, current, (r) => ({
    parkId: String(r.parkId),
    customsMode: String(r.customsMode),
    direction: String(r.direction) as Direction,
    ...amount(r),
  }));
}

/**
 * Declared volume by market, this period and the one before (markets with a
 * declaration only). Without a park in scope, from the running totals over
 * every park: a few dozen rows a month instead of every park's.
 */
export async function byMarketYearOnYear(
  db: DbOrTx,
  scope: VolumeScope,
  current: Period,
  previous: Period,
): Promise<YearOnYear<MarketTotal>> {
  if (!bothYearToDate(current, previous)) {
    const [now, before] = await Promise.all([
      periodByMarket(db, scope, current.from, current.to),
      periodByMarket(db, scope, previous.from, previous.to),
    ]);
    return { current: now, previous: before };
  }
  const table = scope.parkIds ? Prisma.sql`"MarketYtdRollup"` : Prisma.sql`"CityMarketYtdRollup"`;
  const rows = await db.$queryRaw<SqlRow[]>(
    Prisma.sql`SELECT "month", "country", SUM("count") AS "count", SUM("valueFen") AS "valueFen" FROM ${table}
      WHERE "month" IN (${current.to}, ${previous.to})${scopeSql(scope)} GROUP BY "month", "country"`,
  );
  const out = split(rows, current, (r) => ({ country: String(r.country), ...amount(r) }));
  return { current: out.current.filter((r) => r.count > 0), previous: out.previous.filter((r) => r.count > 0) };
}

/**
 * The merchants with the largest declared volume this period (ties in
 * merchant id order), in order, and the same merchants' figures the period
 * before.
 */
export async function topMerchantsYearOnYear(
  db: DbOrTx,
  scope: VolumeScope,
  current: Period,
  previous: Period,
  take: number,
): Promise<YearOnYear<MerchantTotal>> {
  if (!bothYearToDate(current, previous)) {
    const top = await merchantTotals(db, scope, current.from, current.to, { take });
    const merchantIds = top.map((t) => t.merchantId);
    const before = merchantIds.length
      ? await merchantTotals(db, scope, previous.from, previous.to, { merchantIds })
      : [];
    return { current: top, previous: before };
  }
  const where = scopeSql(scope);
  const rows = await db.$queryRaw<(SqlRow & { rank: unknown })[]>(
    Prisma.sql`WITH "top" AS (
        SELECT "month", "merchantId", SUM("count") AS "count", SUM("valueFen") AS "valueFen",
          ROW_NUMBER() OVER (ORDER BY SUM("valueFen") DESC, "merchantId" ASC) AS "rank"
        FROM "MerchantYtdRollup" WHERE "month" = ${current.to}${where} GROUP BY "month", "merchantId"
        ORDER BY SUM("valueFen") DESC, "merchantId" ASC LIMIT ${take})
      SELECT "month", "merchantId", "count", "valueFen", "rank" FROM "top"
      UNION ALL
      SELECT "month", "merchantId", SUM("count") AS "count", SUM("valueFen") AS "valueFen", 0 AS "rank"
        FROM "MerchantYtdRollup" WHERE "month" = ${previous.to}${where}
          AND "merchantId" IN (SELECT "merchantId" FROM "top") GROUP BY "month", "merchantId"`,
  );
  const ranked = [...rows].sort((a, b) => Number(a.rank) - Number(b.rank));
  return split(ranked, current, (r) => ({ merchantId: String(r.merchantId), ...amount(r) }));
}
