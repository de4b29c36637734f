// Currency conversion with the month's rate, in integers only. Rates are CNY
// per unit of a currency times 1,000,000 (ExchangeRate.cnyPerUnitMicros).
// Pure; used by the use cases, the seed and the benchmark.
import { currencyMinorDigits } from "@/lib/reference/currencies";

export const MICROS = 1_000_000n;

/** Market procurement (1039): at most 150,000.00 USD per declaration, in cents. */
export const MARKET_PROCUREMENT_CAP_USD_CENTS = 15_000_000n;

/** Whether a currency needs a rate to become CNY. */
export function needsRate(currency: string): boolean {
  return currency !== "CNY";
}

/** num / den rounded half up; both non-negative. */
function roundDiv(num: bigint, den: bigint): bigint {
  return (num * 2n + den) / (den * 2n);
}

const scale = (currency: string) => 10n ** BigInt(currencyMinorDigits(currency));

/**
 * An amount in a currency's minor unit as fen, with that month's rate:
 * fen = minor × rate × 100 / (10^digits × 10^6), rounded half up.
 */
export function toFen(valueMinor: bigint, currency: string, cnyPerUnitMicros: bigint): bigint {
  if (!needsRate(currency)) return valueMinor;
  return roundDiv(valueMinor * cnyPerUnitMicros * 100n, scale(currency) * MICROS);
}

/** The inverse, for the seed: an amount of fen in a currency's minor unit, rounded. */
export function fromFen(fen: bigint, currency: string, cnyPerUnitMicros: bigint): bigint {
  if (!needsRate(currency)) return fen;
  return roundDiv(fen * scale(currency) * MICROS, cnyPerUnitMicros * 100n);
}

/**
 * True when an amount is above 150,000 USD at the month's rates. Compared
 * exactly, as fractions, so that an amount at the cap is never pushed over it
 * (or under it) by rounding: minor × rate × 100 / 10^digits > cap × usdRate.
 */
export function exceedsMarketProcurementCap(
  valueMinor: bigint,
  currency: string,
  cnyPerUnitMicros: bigint,
  usdCnyMicros: bigint,
): boolean {
  if (currency === "USD") return valueMinor > MARKET_PROCUREMENT_CAP_USD_CENTS;
  const rate = needsRate(currency) ? cnyPerUnitMicros : MICROS;
  return valueMinor * rate * 100n > MARKET_PROCUREMENT_CAP_USD_CENTS * usdCnyMicros * scale(currency);
}

/** The amount in US cents at the month's rates, rounded; for messages. */
export function toUsdCents(
  valueMinor: bigint,
  currency: string,
  cnyPerUnitMicros: bigint,
  usdCnyMicros: bigint,
): bigint {
  if (currency === "USD") return valueMinor;
  const rate = needsRate(currency) ? cnyPerUnitMicros : MICROS;
  return roundDiv(valueMinor * rate * 100n, scale(currency) * usdCnyMicros);
}
