// The dashboard as it was computed before the view-shaped rollups and the
// cache: every breakdown regrouped in JavaScript from DeclarationRollup, the
// ranking from MerchantMonthRollup. Kept only as the reference the tests
// compare getDashboard with.
import "server-only";
import { db } from "@/lib/server/db";
import { CUSTOMS_MODES, DIRECTIONS } from "@/lib/validation/declaration";
import { compareRows, topWithOther, type BreakdownRow } from "@/lib/server/dashboard/breakdowns";
import {
  combineZoneMonths,
  groupPeriod,
  monthTotals,
  sumTotals,
  zoneTotals,
  type Amount,
  type Total,
} from "@/lib/server/dashboard/combine";
import {
  asOfMonth,
  DASHBOARD_START,
  dashboardYears,
  DashboardFilters,
  resolveYear,
} from "@/lib/server/dashboard/filters";
import { getDashboardCounts } from "@/lib/server/dashboard/get-counts";
import { monthRange } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";
import { goalLines, goalsForYear } from "@/lib/server/dashboard/goal-status";
import { cumulative, ratio, yearOnYear, yearToDate } from "@/lib/server/dashboard/pace";
import { officialByZone, periodBreakdown, type ParkMonth, type VolumeScope } from "@/lib/server/dashboard/queries";
import type { DbOrTx } from "@/lib/db/create-client";

const where = (scope: VolumeScope, from: string, to: string) => ({
  month: { gte: from, lte: to },
  ...(scope.parkIds ? { parkId: { in: scope.parkIds } } : {}),
  ...(scope.customsMode ? { customsMode: scope.customsMode } : {}),
});

async function monthlyByPark(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<ParkMonth[]> {
  const rows = await db.declarationRollup.groupBy({
    by: ["month", "parkId"],
    where: where(scope, from, to),
    _sum: { count: true, valueFen: true },
  });
  return rows.map((r) => ({
    month: r.month,
    parkId: r.parkId,
    count: r._sum.count ?? 0,
    valueFen: r._sum.valueFen ?? 0n,
  }));
}

async function merchantTotals(
  scope: VolumeScope,
  period: { from: string; to: string },
  options: { take?: number; merchantIds?: string[] },
) {
  const rows = await db.merchantMonthRollup.groupBy({
    by: ["merchantId"],
    where: {
      ...where(scope, period.from, period.to),
      ...(options.merchantIds ? { merchantId: { in: options.merchantIds } } : {}),
    },
    _sum: { count: true, valueFen: true },
    orderBy: [{ _sum: { valueFen: "desc" } }, { merchantId: "asc" }],
    ...(options.take ? { take: options.take } : {}),
  });
  return new Map(rows.map((r) => [r.merchantId, { value: r._sum.valueFen ?? 0n, count: r._sum.count ?? 0 }]));
}

async function getMerchantRanking(
  scope: VolumeScope,
  current: { from: string; to: string },
  previous: { from: string; to: string },
) {
  const top = await merchantTotals(scope, current, { take: 10 });
  const ids = [...top.keys()];
  const before = ids.length ? await merchantTotals(scope, previous, { merchantIds: ids }) : new Map();
  const merchants = await db.merchant.findMany({
    where: { id: { in: ids } },
    select: { id: true, nameZh: true, nameEn: true, park: { select: { nameZh: true, nameEn: true } } },
  });
  const rows: BreakdownRow[] = compareRows(top, before, ids);
  const byId = new Map(merchants.map((m) => [m.id, m]));
  return rows.map((r) => ({ ...r, merchant: byId.get(r.key)! })).filter((r) => r.merchant);
}
import type { ScopeUser } from "@/lib/server/auth/park-scope";
import { resolveDashboardScope } from "@/lib/server/dashboard/scope";
import { findVolumeGoals } from "@/lib/server/dashboard/volume-goals";

const MARKETS_SHOWN = 10;

/**
 * Everything the dashboard shows, for a user's scope and the URL's filters:
 * the headline against the goal, the monthly series 2023 to now, the
 * breakdowns with year on year, the rankings, the map and the counts.
 */
export async function getDashboardAsBefore(
  user: ScopeUser,
  rawFilters: Record<string, string | undefined>,
  now = new Date(),
) {
  const filters = DashboardFilters.parse(rawFilters);
  const nowMonth = monthOf(now);
  const year = resolveYear(filters.year, nowMonth);
  const asOf = asOfMonth(year, nowMonth);
  const period = yearToDate(year, asOf);
  const scope = await resolveDashboardScope(user, filters);
  const vs = scope.volumeScope;
  const from = [period.previous.from, DASHBOARD_START].sort()[0];
  // A goal belongs to the city or a zone, for all customs modes together.
  const goalApplies = scope.kind !== "park" && !filters.mode;

  const [parkMonths, official, current, previous, goals, counts, merchants] = await Promise.all([
    monthlyByPark(db, vs, from, nowMonth),
    officialByZone(db, vs, from, nowMonth),
    periodBreakdown(db, vs, period.current.from, period.current.to),
    periodBreakdown(db, vs, period.previous.from, period.previous.to),
    // Goals are measured as of today, whatever the year shown, so each has one figure everywhere.
    goalApplies ? findVolumeGoals(db, scope.zone?.id ?? null, nowMonth) : [],
    getDashboardCounts(scope, year, period.current),
    getMerchantRanking(vs, period.current, period.previous),
  ]);

  const zoneMonths = combineZoneMonths(parkMonths, official, scope.zoneOfPark);
  const totals = monthTotals(zoneMonths, monthRange(from, nowMonth));
  const monthly = (m: string) => totals.get(m)?.value ?? 0n;
  const sumOf = (p: { from: string; to: string }) =>
    sumTotals(
      monthRange(p.from, p.to)
        .map((m) => totals.get(m)!)
        .filter(Boolean),
    );
  const thisYear = sumOf(period.current);
  const lastYear = sumOf(period.previous);

  const chartMonths = monthRange(DASHBOARD_START, nowMonth);
  const actual = chartMonths.map(monthly);
  const actualCumulative = cumulative(actual);
  const lines = goalLines(goals, chartMonths, actualCumulative);
  const headlineGoals = goalsForYear(goals, year);
  // Nothing at all (official or declared) in the same months a year before: no comparison, not a zero.
  const hasPrevious = lastYear.source !== "none";

  const zonesNow = zoneTotals(zoneMonths, period.current.from, period.current.to);
  const zonesBefore = zoneTotals(zoneMonths, period.previous.from, period.previous.to);
  // Zones with parks or figures; a planned zone without either has nothing to show yet.
  const zonesWithParks = new Set(scope.zoneOfPark.values());
  const zoneKeys = scope.zones
    .filter((z) => scope.kind === "city" || z.id === scope.zone?.id)
    .filter(
      (z) =>
        zonesWithParks.has(z.id) || (zonesNow.get(z.id)?.value ?? 0n) > 0n || (zonesBefore.get(z.id)?.value ?? 0n) > 0n,
    )
    .map((z) => z.id);
  const declaredTotal = current.reduce((s, r) => s + r.valueFen, 0n);
  const asAmounts = (m: Map<string, Total>) =>
    new Map<string, Amount>([...m].map(([k, t]) => [k, { value: t.value, count: t.count }]));
  const byCountry = groupPeriod(current, (r) => r.country);

  return {
    filters: { year, zone: scope.zone?.id ?? null, mode: filters.mode ?? null },
    years: dashboardYears(nowMonth),
    nowMonth,
    asOf,
    lastMonth: period.lastMonth,
    scope: { kind: scope.kind, zone: scope.zone, zones: scope.zones, parks: scope.parks },
    headline: {
      current: thisYear,
      previous: lastYear,
      yoy: hasPrevious ? yearOnYear(thisYear.value, lastYear.value) : null,
      /** The goal whose period covers the year, or else the latest result and the next goal. */
      ...headlineGoals,
    },
    /** Every volume goal in scope, each measured once as of today. */
    goals,
    /** Whether the same period a year before has any figures; without them the comparisons show "—". */
    comparison: { hasPrevious, previousYear: year - 1 },
    chart: {
      months: chartMonths,
      actual,
      actualCumulative,
      goalCumulative: goals.length ? lines.cumulative : null,
      goalMonthly: goals.length ? lines.monthly : null,
      sources: chartMonths.map((m) => totals.get(m)?.source ?? "none"),
    },
    zones: compareRows(asAmounts(zonesNow), asAmounts(zonesBefore), zoneKeys).map((r) => ({
      ...r,
      source: zonesNow.get(r.key)?.source ?? "none",
    })),
    parks: compareRows(
      groupPeriod(current, (r) => r.parkId),
      groupPeriod(previous, (r) => r.parkId),
      scope.parks.map((p) => p.id),
    ),
    modes: compareRows(
      groupPeriod(current, (r) => r.customsMode),
      groupPeriod(previous, (r) => r.customsMode),
      filters.mode ? [filters.mode] : CUSTOMS_MODES,
    ),
    directions: compareRows(
      groupPeriod(current, (r) => r.direction),
      groupPeriod(previous, (r) => r.direction),
      DIRECTIONS,
    ),
    markets: topWithOther(
      compareRows(
        byCountry,
        groupPeriod(previous, (r) => r.country),
        [...byCountry.keys()],
      ),
      MARKETS_SHOWN,
    ),
    // A merchant's share is of everything declared in scope, not of the ten shown.
    merchants: merchants.map((m) => ({ ...m, share: ratio(m.current, declaredTotal) })),
    map: Object.fromEntries(
      [...byCountry].filter(([, a]) => a.value > 0n).map(([country, a]) => [country, Number(a.value / 100n)]),
    ),
    counts,
  };
}
