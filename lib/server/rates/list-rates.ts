import "server-only";
import { db } from "@/lib/server/db";

/** A year's rate table: currencies as columns, months as rows. */
export async function listRates(year: number) {
  const [rows, latest] = await Promise.all([
    db.exchangeRate.findMany({ where: { month: { gte: `${year}-01`, lte: `${year}-12` } }, orderBy: [{ month: "asc" }, { currency: "asc" }] }),
    db.exchangeRate.aggregate({ _max: { month: true } }),
  ]);
  const currencies = [...new Set(rows.map((r) => r.currency))].sort((a, b) => (a === "USD" ? -1 : b === "USD" ? 1 : a.localeCompare(b)));
  const byKey = new Map(rows.map((r) => [`${r.month}|${r.currency}`, r.cnyPerUnitMicros]));
  return { currencies, rate: (month: string, currency: string) => byKey.get(`${month}|${currency}`) ?? null, latestMonth: latest._max.month ?? null, count: rows.length };
}
