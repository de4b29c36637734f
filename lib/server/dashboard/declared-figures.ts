// The declared figures one dashboard view shows, read from the rollups shaped
// to it: one grouped statement per widget (both periods together), returning
// only the rows it needs. Cached per scope and period at the rollup version
// (see view-cache.ts).
import type { DbOrTx } from "@/lib/db/create-client";
import { monthlyByPark, type VolumeScope } from "./queries";
import { cachedAtRollupVersion } from "./view-cache";
import { byMarketYearOnYear, byParkYearOnYear, topMerchantsYearOnYear } from "./year-on-year";

type Period = { from: string; to: string };

async function read(db: DbOrTx, scope: VolumeScope, series: Period, current: Period, previous: Period, take: number) {
  const [parkMonths, parks, markets, merchants] = await Promise.all([
    monthlyByPark(db, scope, series.from, series.to),
    byParkYearOnYear(db, scope, current, previous),
    byMarketYearOnYear(db, scope, current, previous),
    topMerchantsYearOnYear(db, scope, current, previous, take),
  ]);
  return {
    parkMonths,
    parksNow: parks.current,
    parksBefore: parks.previous,
    marketsNow: markets.current,
    marketsBefore: markets.previous,
    top: merchants.current,
    topBefore: merchants.previous,
  };
}

/** The series by month and park, this period and last by park/mode/direction and by market, and the top merchants. */
export function declaredFigures(
  db: DbOrTx,
  scope: VolumeScope,
  periods: { series: Period; current: Period; previous: Period },
  take = 10,
) {
  const key = JSON.stringify([scope, periods, take]);
  return cachedAtRollupVersion(db, key, () => read(db, scope, periods.series, periods.current, periods.previous, take));
}

export type DeclaredFigures = Awaited<ReturnType<typeof declaredFigures>>;
