// Official statistics and declarations, month by month and zone by zone:
// where an official figure exists for a zone and month it is the figure;
// elsewhere the declarations are. Pure.
import type { OfficialMonth, ParkMonth, PeriodRow } from "./queries";

export type ZoneMonth = { declared: bigint; count: number; official: bigint | null };
export type Source = "official" | "declared" | "mixed" | "none";

export type ZoneMonths = Map<string, Map<string, ZoneMonth>>;

export function combineZoneMonths(
  parkRows: ParkMonth[],
  officialRows: OfficialMonth[],
  zoneOfPark: ReadonlyMap<string, string>,
): ZoneMonths {
  const zones: ZoneMonths = new Map();
  const cell = (zoneId: string, month: string) => {
    let months = zones.get(zoneId);
    if (!months) zones.set(zoneId, (months = new Map()));
    let c = months.get(month);
    if (!c) months.set(month, (c = { declared: 0n, count: 0, official: null }));
    return c;
  };
  for (const r of parkRows) {
    const zoneId = zoneOfPark.get(r.parkId);
    if (!zoneId) continue;
    const c = cell(zoneId, r.month);
    c.declared += r.valueFen;
    c.count += r.count;
  }
  for (const o of officialRows) cell(o.zoneId, o.month).official = o.valueFen;
  return zones;
}

export function valueOf(c: ZoneMonth): bigint {
  return c.official ?? c.declared;
}

function sourceOf(official: number, declared: number): Source {
  if (!official && !declared) return "none";
  if (!declared) return "official";
  return official ? "mixed" : "declared";
}

export type Total = {
  value: bigint;
  declared: bigint;
  count: number;
  officialCells: number;
  declaredCells: number;
  source: Source;
};

function add(total: Total, c: ZoneMonth) {
  total.value += valueOf(c);
  total.declared += c.declared;
  total.count += c.count;
  if (c.official !== null) total.officialCells++;
  else if (c.declared !== 0n || c.count) total.declaredCells++;
}

const emptyTotal = (): Total => ({
  value: 0n,
  declared: 0n,
  count: 0,
  officialCells: 0,
  declaredCells: 0,
  source: "none",
});

function finish(t: Total): Total {
  t.source = sourceOf(t.officialCells, t.declaredCells);
  return t;
}

/** The total of each month in a list, over every zone. */
export function monthTotals(zones: ZoneMonths, months: string[]): Map<string, Total> {
  const out = new Map(months.map((m) => [m, emptyTotal()]));
  for (const byMonth of zones.values()) {
    for (const [month, c] of byMonth) {
      const t = out.get(month);
      if (t) add(t, c);
    }
  }
  for (const t of out.values()) finish(t);
  return out;
}

/** Each zone's total over a period (months from..to, inclusive). */
export function zoneTotals(zones: ZoneMonths, from: string, to: string): Map<string, Total> {
  const out = new Map<string, Total>();
  for (const [zoneId, byMonth] of zones) {
    const t = emptyTotal();
    for (const [month, c] of byMonth) if (month >= from && month <= to) add(t, c);
    out.set(zoneId, finish(t));
  }
  return out;
}

/** The sum of several totals, for a period's headline. */
export function sumTotals(totals: Iterable<Total>): Total {
  const t = emptyTotal();
  for (const x of totals) {
    t.value += x.value;
    t.declared += x.declared;
    t.count += x.count;
    t.officialCells += x.officialCells;
    t.declaredCells += x.declaredCells;
  }
  return finish(t);
}

export type Amount = { value: bigint; count: number };

/** Declared volume over a period grouped by one dimension of the rollups. */
export function groupPeriod<R extends Pick<PeriodRow, "count" | "valueFen">>(
  rows: R[],
  keyOf: (r: R) => string,
): Map<string, Amount> {
  const out = new Map<string, Amount>();
  for (const r of rows) {
    const key = keyOf(r);
    const a = out.get(key) ?? { value: 0n, count: 0 };
    a.value += r.valueFen;
    a.count += r.count;
    out.set(key, a);
  }
  return out;
}
