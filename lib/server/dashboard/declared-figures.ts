// The declared figures one dashboard view shows, read from the rollups shaped
// to it: one grouped query per widget, returning only the rows it needs.
// Cached per scope and period at the rollup version (see view-cache.ts).
import type { DbOrTx } from "@/lib/db/create-client";
import { merchantTotals, monthlyByPark, periodByMarket, periodByPark, type VolumeScope } from "./queries";
import { cachedAtRollupVersion } from "./view-cache";

type Period = { from: string; to: string };

async function read(db: DbOrTx, scope: VolumeScope, series: Period, current: Period, previous: Period, take: number) {
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
  const key = JSON.stringify([scope, periods, take]);
  return cachedAtRollupVersion(db, key, () => read(db, scope, periods.series, periods.current, periods.previous, take));
}

export type DeclaredFigures = Awaited<ReturnType<typeof declaredFigures>>;
