// Reference monthly rates for the demo data, 2023-01 to 2026-11: CNY per US
// dollar each month (close to the published monthly averages), and each other
// currency through its yearly US-dollar cross rate. Staff keep the real table
// in the portal; these only seed it.
import { makeMonth } from "@/lib/time/months";

const USD_CNY: Readonly<Record<number, readonly number[]>> = {
  2023: [6.7851, 6.8586, 6.9005, 6.8934, 6.9884, 7.1799, 7.1902, 7.2384, 7.3012, 7.3125, 7.2065, 7.1429],
  2024: [7.1689, 7.1942, 7.2013, 7.2411, 7.2385, 7.2603, 7.2701, 7.1612, 7.0735, 7.1043, 7.2212, 7.2903],
  2025: [7.3021, 7.2884, 7.2519, 7.2895, 7.2102, 7.1803, 7.1714, 7.1835, 7.1326, 7.1218, 7.1033, 7.0612],
  2026: [7.0515, 7.0326, 7.0218, 7.0043, 6.9921, 6.9837, 6.9802, 6.9733, 6.9615, 6.9548, 6.9502],
};

/** US dollars per unit of each currency, by year. */
const USD_PER_UNIT: Readonly<Record<string, readonly [number, number, number, number]>> = {
  EUR: [1.0813, 1.0824, 1.1302, 1.1605],
  GBP: [1.2437, 1.2781, 1.3215, 1.3402],
  JPY: [1 / 140.5, 1 / 151.4, 1 / 148.2, 1 / 150.1],
  HKD: [1 / 7.829, 1 / 7.812, 1 / 7.803, 1 / 7.801],
  AUD: [0.6644, 0.6603, 0.6472, 0.6612],
  SGD: [1 / 1.3435, 1 / 1.3363, 1 / 1.3211, 1 / 1.3028],
  RUB: [1 / 85.2, 1 / 92.8, 1 / 84.9, 1 / 80.3],
};

export const REFERENCE_CURRENCIES = ["USD", ...Object.keys(USD_PER_UNIT)] as const;

export type ReferenceRate = { month: string; currency: string; cnyPerUnitMicros: bigint };

/** Every reference rate up to and including a month. */
export function referenceRates(untilMonth: string): ReferenceRate[] {
  const out: ReferenceRate[] = [];
  for (const [yearKey, months] of Object.entries(USD_CNY)) {
    const year = Number(yearKey);
    months.forEach((usd, i) => {
      const month = makeMonth(year, i + 1);
      if (month > untilMonth) return;
      // Rounded once, to 6 decimals, when the table is built; stored as integers.
      out.push({ month, currency: "USD", cnyPerUnitMicros: BigInt(Math.round(usd * 1e6)) });
      for (const [currency, cross] of Object.entries(USD_PER_UNIT)) {
        out.push({ month, currency, cnyPerUnitMicros: BigInt(Math.round(usd * cross[year - 2023] * 1e6)) });
      }
    });
  }
  return out;
}
