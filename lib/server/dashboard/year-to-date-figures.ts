// Every declared figure of a dashboard view of a year to date, in one SQL
// statement: the series by month and park (ParkMonthTotalRollup, or
// ParkMonthRollup for one customs mode), and for this
// year to date and the same months a year before, which are each one month
// of the running totals, the breakdown by park, mode and direction
// (ParkYtdRollup), the markets (CityMarketYtdRollup, or MarketYtdRollup when
// parks are in scope) and the top merchants with last year's figures for them
// (MerchantYtdRollup). Each part's rows are tagged with its name.
import type { DbOrTx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Direction } from "@/lib/validation/declaration";
import {
  isYearToDate,
  scopeSql,
  seriesTable,
  type MarketTotal,
  type MerchantTotal,
  type ParkMonth,
  type ParkPeriodRow,
  type VolumeScope,
} from "./queries";

type Period = { from: string; to: string };

type Part = "series" | "parks" | "markets" | "merchants";
type FigureRow = {
  part: Part;
  month: string;
  a: string;
  b: string | null;
  c: string | null;
  count: unknown;
  valueFen: unknown;
  rank: unknown;
};

/** Whether both periods are years to date, ending in different months: two months of the running totals. */
export function bothYearToDate(current: Period, previous: Period): boolean {
  return (
    isYearToDate(current.from, current.to) && isYearToDate(previous.from, previous.to) && current.to !== previous.to
  );
}

export type YearToDateFigures = {
  parkMonths: ParkMonth[];
  parksNow: ParkPeriodRow[];
  parksBefore: ParkPeriodRow[];
  marketsNow: MarketTotal[];
  marketsBefore: MarketTotal[];
  /** The top merchants this period, largest first (ties in merchant id order). */
  top: MerchantTotal[];
  /** The same merchants' figures the period before. */
  topBefore: MerchantTotal[];
};

/** The declared figures of a view whose two periods are years to date (see bothYearToDate). */
export async function readYearToDateFigures(
  db: DbOrTx,
  scope: VolumeScope,
  series: Period,
  current: Period,
  previous: Period,
  take: number,
): Promise<YearToDateFigures> {
  const where = scopeSql(scope);
  const months = Prisma.sql`"month" IN (${current.to}, ${previous.to})${where}`;
  // Without a park in scope, the markets over every park are a few dozen rows a month instead of every park's.
  const markets = scope.parkIds ? Prisma.sql`"MarketYtdRollup"` : Prisma.sql`"CityMarketYtdRollup"`;
  const rows = await db.$queryRaw<FigureRow[]>(
    Prisma.sql`WITH "top" AS (
        SELECT "month", "merchantId", SUM("count") AS "count", SUM("valueFen") AS "valueFen",
          ROW_NUMBER() OVER (ORDER BY SUM("valueFen") DESC, "merchantId" ASC) AS "rank"
        FROM "MerchantYtdRollup" WHERE "month" = ${current.to}${where} GROUP BY "month", "merchantId"
        ORDER BY SUM("valueFen") DESC, "merchantId" ASC LIMIT ${take})
      SELECT 'series' AS "part", "month", "parkId" AS "a", NULL AS "b", NULL AS "c",
          SUM("count") AS "count", SUM("valueFen") AS "valueFen", 0 AS "rank"
        FROM ${seriesTable(scope)} WHERE "month" >= ${series.from} AND "month" <= ${series.to}${where}
        GROUP BY "month", "parkId"
      UNION ALL
      SELECT 'parks', "month", "parkId", "customsMode", CAST("direction" AS TEXT), "count", "valueFen", 0
        FROM "ParkYtdRollup" WHERE ${months}
      UNION ALL
      SELECT 'markets', "month", "country", NULL, NULL, SUM("count"), SUM("valueFen"), 0
        FROM ${markets} WHERE ${months} GROUP BY "month", "country"
      UNION ALL
      SELECT 'merchants', "month", "merchantId", NULL, NULL, "count", "valueFen", "rank" FROM "top"
      UNION ALL
      SELECT 'merchants', "month", "merchantId", NULL, NULL, SUM("count"), SUM("valueFen"), 0
        FROM "MerchantYtdRollup" WHERE "month" = ${previous.to}${where}
          AND "merchantId" IN (SELECT "merchantId" FROM "top") GROUP BY "month", "merchantId"`,
  );
  const out: YearToDateFigures = {
    parkMonths: [],
    parksNow: [],
    parksBefore: [],
    marketsNow: [],
    marketsBefore: [],
    top: [],
    topBefore: [],
  };
  const ranked: { rank: number; row: MerchantTotal }[] = [];
  for (const r of rows) {
    const count = Number(r.count);
    const valueFen = BigInt(String(r.valueFen));
    const now = r.month === current.to;
    if (r.part === "series") out.parkMonths.push({ month: r.month, parkId: r.a, count, valueFen });
    else if (r.part === "parks")
      (now ? out.parksNow : out.parksBefore).push({
        parkId: r.a,
        customsMode: r.b!,
        direction: r.c as Direction,
        count,
        valueFen,
      });
    else if (r.part === "markets") {
      if (count > 0) (now ? out.marketsNow : out.marketsBefore).push({ country: r.a, count, valueFen });
    } else if (now) ranked.push({ rank: Number(r.rank), row: { merchantId: r.a, count, valueFen } });
    else out.topBefore.push({ merchantId: r.a, count, valueFen });
  }
  out.top = ranked.sort((x, y) => x.rank - y.rank).map((x) => x.row);
  return out;
}
