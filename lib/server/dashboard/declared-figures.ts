// The declared figures one dashboard view shows, read from the rollups shaped
// to it and returning only the rows it needs: for a year to date (every view
// of the dashboard) one statement for them all (year-to-date-figures.ts),
// otherwise one grouped statement per widget and period. Cached per scope and
// period at the rollup version (see view-cache.ts), as are the monthly series
// and official figures that goals are measured over.
import type { DbOrTx } from "@/lib/db/create-client";
import {
  merchantTotals,
  monthlyByPark,
  officialByZone,
  periodByMarket,
  periodByPark,
  type VolumeScope,
} from "./queries";
import { cachedAtRollupVersion } from "./view-cache";
import { bothYearToDate, readYearToDateFigures, type YearToDateFigures } from "./year-to-date-figures";

type Period = { from: string; to: string };

async function readByPeriod(
  db: DbOrTx,
  scope: VolumeScope,
  series: Period,
  current: Period,
  previous: Period,
  take: number,
): Promise<YearToDateFigures> {
  const [parkMonths, parksNow, parksBefore, marketsNow, marketsBefore, top] = await Promise.all([
    monthlyByPark(db, scope, series.from, series.to),
    periodByPark(db, scope, current.from, current.to),
    periodByPark(db, scope, previous.from, previous.to),
    periodByMarket(db, scope, current.from, current.to),
    periodByMarket(db, scope, previous.from, previous.to),
    merchantTotals(db, scope, current.from, current.to, { take }),
  ]);
  const ids = top.map((t) => t.merchantId);
  const topBefore = ids.length ? await merchantTotals(db, scope, previous.from, previous.to, { merchantIds: ids }) : [];
  return { parkMonths, parksNow, parksBefore, marketsNow, marketsBefore, top, topBefore };
}

/** The series by month and park, this period and last by park/mode/direction and by market, and the top merchants. */
export function declaredFigures(
  db: DbOrTx,
  scope: VolumeScope,
  periods: { series: Period; current: Period; previous: Period },
  take = 10,
) {
  const { series, current, previous } = periods;
  const key = JSON.stringify([scope, periods, take]);
  const read = bothYearToDate(current, previous) ? readYearToDateFigures : readByPeriod;
  return cachedAtRollupVersion(db, key, () => read(db, scope, series, current, previous, take));
}

export type DeclaredFigures = Awaited<ReturnType<typeof declaredFigures>>;

/** monthlyByPark, cached at the rollup version: the same rows until the next declaration write. */
export function cachedMonthlyByPark(db: DbOrTx, scope: VolumeScope, from: string, to: string) {
  return cachedAtRollupVersion(db, JSON.stringify(["monthlyByPark", scope, from, to]), () =>
    monthlyByPark(db, scope, from, to),
  );
}

/** officialByZone, cached at the rollup version, which every write of an official figure bumps too. */
export function cachedOfficialByZone(db: DbOrTx, scope: VolumeScope, from: string, to: string) {
  return cachedAtRollupVersion(db, JSON.stringify(["officialByZone", scope.officialZoneIds, from, to]), () =>
    officialByZone(db, scope, from, to),
  );
}
