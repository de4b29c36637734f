import "server-only";
import { readReplica } from "@/lib/server/db";
import { CUSTOMS_MODES, DIRECTIONS } from "@/lib/validation/declaration";
import { compareRows, topWithOther } from "./breakdowns";
import { combineZoneMonths, groupPeriod, monthTotals, sumTotals, zoneTotals, type Amount, type Total } from "./combine";
import { asOfMonth, DASHBOARD_START, dashboardYears, DashboardFilters, resolveYear } from "./filters";
import { getDashboardCounts } from "./get-counts";
import { rankMerchants } from "./merchant-ranking";
import { cachedOfficialByZone, declaredFigures } from "./declared-figures";
import { monthRange } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";
import { goalLines, goalsForYear } from "./goal-status";
import { cumulative, ratio, yearOnYear, yearToDate } from "./pace";
import type { ScopeUser } from "@/lib/server/auth/park-scope";
import { resolveDashboardScope } from "./scope";
import { listVolumeGoals, measureVolumeGoalsFrom } from "./volume-goals";

const MARKETS_SHOWN = 10;

/**
 * Everything the dashboard shows, for a user's scope and the URL's filters:
 * the headline against the goal, the monthly series 2023 to now, the
 * breakdowns with year on year, the rankings, the map and the counts.
 */
export async function getDashboard(user: ScopeUser, rawFilters: Record<string, string | undefined>, now = new Date()) {
  const filters = DashboardFilters.parse(rawFilters);
  // Every read of the view from one read replica (the primary without DATABASE_REPLICA_URLS); the figures'
  // cache is keyed by that database's rollup version, so it follows what the replica has replayed.
  const db = readReplica();
  const nowMonth = monthOf(now);
  const year = resolveYear(filters.year, nowMonth);
  const asOf = asOfMonth(year, nowMonth);
  const period = yearToDate(year, asOf);
  const scope = await resolveDashboardScope(user, filters);
  const vs = scope.volumeScope;
  const from = [period.previous.from, DASHBOARD_START].sort()[0];
  // A goal belongs to the city or a zone, for all customs modes together.
  const goalApplies = scope.kind !== "park" && !filters.mode;

  // The declared and official figures (cached until the next write of either); goals, counts and names fresh.
  const figures = declaredFigures(db, vs, {
    series: { from, to: nowMonth },
    current: period.current,
    previous: period.previous,
  });
  const [declared, official, goalList, counts] = await Promise.all([
    figures,
    cachedOfficialByZone(db, vs, from, nowMonth),
    goalApplies ? listVolumeGoals(db, scope.zone?.id ?? null) : [],
    getDashboardCounts(
      scope,
      year,
      period.current,
      figures.then((f) => f.marketsNow.length),
    ),
  ]);
  const { parkMonths, parksNow: current, parksBefore: previous } = declared;
  const merchants = await rankMerchants(declared.top, declared.topBefore, scope.parks);

  const zoneMonths = combineZoneMonths(parkMonths, official, scope.zoneOfPark);
  const totals = monthTotals(zoneMonths, monthRange(from, nowMonth));
  const monthly = (m: string) => totals.get(m)?.value ?? 0n;
  // Goals are measured as of today, whatever the year shown, so each has one figure everywhere; a goal
  // belongs to the scope shown (the city or the zone, every mode), so its months are the series' months.
  const goals = await measureVolumeGoalsFrom(db, goalList, nowMonth, { from, monthly });
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
  const byCountry = new Map<string, Amount>(
    declared.marketsNow.map((r) => [r.country, { value: r.valueFen, count: r.count }]),
  );
  const byCountryBefore = new Map<string, Amount>(
    declared.marketsBefore.map((r) => [r.country, { value: r.valueFen, count: r.count }]),
  );

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
    markets: topWithOther(compareRows(byCountry, byCountryBefore, [...byCountry.keys()]), MARKETS_SHOWN),
    // A merchant's share is of everything declared in scope, not of the ten shown.
    merchants: merchants.map((m) => ({ ...m, share: ratio(m.current, declaredTotal) })),
    map: Object.fromEntries(
      [...byCountry].filter(([, a]) => a.value > 0n).map(([country, a]) => [country, Number(a.value / 100n)]),
    ),
    counts,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
