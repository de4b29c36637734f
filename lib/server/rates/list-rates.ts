import "server-only";
import { db } from "@/lib/server/db";

/** The latest month with any rate entered ("2025-06"), or null when there is none. */
export async function latestRateMonth(): Promise<string | null> {
  const latest = await db.exchangeRate.aggregate({ _max: { month: true } });
  return latest._max.month ?? null;
}

/** A year's rate table: currencies as columns, months as rows. */
export async function listRates(year: number) {
  const [rows, latestMonth] = await Promise.all([
    db.exchangeRate.findMany({
      where: { month: { gte: `${year}-01`, lte: `${year}-12` } },
      orderBy: [{ month: "asc" }, { currency: "asc" }],
    }),
    latestRateMonth(),
  ]);
  const currencies = [...new Set(rows.map((r) => r.currency))].sort((a, b) =>
    a === "USD" ? -1 : b === "USD" ? 1 : a.localeCompare(b),
  );
  const byKey = new Map(rows.map((r) => [`${r.month}|${r.currency}`, r.cnyPerUnitMicros]));
  return {
    currencies,
    rate: (month: string, currency: string) => byKey.get(`${month}|${currency}`) ?? null,
    latestMonth,
    count: rows.length,
  };
}
