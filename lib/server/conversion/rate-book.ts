// The exchange rates a batch of declarations needs, loaded in one query.
import type { DbOrTx } from "@/lib/db/create-client";
import { MICROS, needsRate } from "./convert";

export type RateBook = {
  /** CNY per unit × 10^6 for a month and currency; CNY is always 10^6; undefined when missing. */
  get(month: string, currency: string): bigint | undefined;
};

export async function loadRateBook(
  tx: DbOrTx,
  months: Iterable<string>,
  currencies: Iterable<string>,
): Promise<RateBook> {
  const wanted = [...new Set(currencies)].filter(needsRate);
  const monthList = [...new Set(months)];
  const rows =
    wanted.length && monthList.length
      ? await tx.exchangeRate.findMany({ where: { month: { in: monthList }, currency: { in: wanted } } })
      : [];
  const byKey = new Map(rows.map((r) => [`${r.month}|${r.currency}`, r.cnyPerUnitMicros]));
  return {
    get: (month, currency) => (needsRate(currency) ? byKey.get(`${month}|${currency}`) : MICROS),
  };
}
