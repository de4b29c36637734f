import "server-only";
import { db } from "@/lib/server/db";
import { compareRows, topWithOther } from "@/lib/server/dashboard/breakdowns";
import type { Amount } from "@/lib/server/dashboard/combine";
import { makeMonth } from "@/lib/time/months";
import { CUSTOMS_MODES } from "@/lib/validation/declaration";
import { yearDays } from "@/lib/time/days";

const toAmounts = <K extends string>(rows: { key: K; value: bigint | null; count: number }[]) =>
  new Map<string, Amount>(rows.map((r) => [r.key, { value: r.value ?? 0n, count: r.count }]));

/**
 * A merchant's own figures for a year: by month, customs mode and market,
 * against the year before. Only its own rows, found through its index.
 */
export async function getMerchantFigures(merchantId: string, year: number) {
  const group = async (by: "month" | "customsMode" | "country", y: number) => {
    const rows = await db.declaration.groupBy({
      by: [by],
      where: { merchantId, declaredOn: yearDays(y) },
      _sum: { valueFen: true },
      _count: { _all: true },
    });
    return toAmounts(rows.map((r) => ({ key: r[by] as string, value: r._sum.valueFen, count: r._count._all })));
  };
  const [months, modes, markets, modesBefore, marketsBefore, monthsBefore] = await Promise.all([
    group("month", year),
    group("customsMode", year),
    group("country", year),
    group("customsMode", year - 1),
    group("country", year - 1),
    group("month", year - 1),
  ]);
  const monthKeys = Array.from({ length: 12 }, (_, i) => makeMonth(year, i + 1));
  const total = [...months.values()].reduce((s, a) => ({ value: s.value + a.value, count: s.count + a.count }), {
    value: 0n,
    count: 0,
  });
  const totalBefore = [...monthsBefore.values()].reduce((s, a) => s + a.value, 0n);
  return {
    year,
    total,
    totalBefore,
    months: monthKeys.map((m) => ({ month: m, value: months.get(m)?.value ?? 0n, count: months.get(m)?.count ?? 0 })),
    modes: compareRows(modes, modesBefore, CUSTOMS_MODES).filter((r) => r.current > 0n || r.previous > 0n),
    markets: topWithOther(compareRows(markets, marketsBefore, [...markets.keys()]), 10),
  };
}

export type MerchantFigures = Awaited<ReturnType<typeof getMerchantFigures>>;

/** The merchant's own total for a year, for its home page. */
export async function getMerchantYearTotal(merchantId: string, year: number) {
  const result = await db.declaration.aggregate({
    where: { merchantId, declaredOn: yearDays(year) },
    _sum: { valueFen: true },
    _count: { _all: true },
  });
  return { value: result._sum.valueFen ?? 0n, count: result._count._all };
}
