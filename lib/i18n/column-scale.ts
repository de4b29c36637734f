import type { Locale } from "./config";
import { numberFormat } from "./intl-cache";

/**
 * A column of figures reads as one scale with one number of decimals: a table does not show "960.55
 * million CNY" under "1.49 billion CNY", nor "740万元" among "9.69亿元". The unit is said once, in the
 * column's header (its words are in the catalogs, under `figureScales.units`); each cell is the bare
 * number, right-aligned with tabular figures.
 */

/** The unit of a column of CNY amounts: 元, 万元, 亿元 in Chinese; CNY, thousand, million, billion CNY in English. */
export type CnyUnit = "yuan" | "wan" | "yi" | "cny" | "thousand" | "million" | "billion";

/** Each language's units, smallest first, with how many yuan one of them is. */
const CNY_SCALES: Record<Locale, readonly { unit: CnyUnit; yuan: number }[]> = {
  "zh-CN": [
    { unit: "yuan", yuan: 1 },
    { unit: "wan", yuan: 1e4 },
    { unit: "yi", yuan: 1e8 },
  ],
  en: [
    { unit: "cny", yuan: 1 },
    { unit: "thousand", yuan: 1e3 },
    { unit: "million", yuan: 1e6 },
    { unit: "billion", yuan: 1e9 },
  ],
};

/** At most this many digits before the decimal point ("9,999.99"): past it, the next unit up. */
const MAX_INTEGER = 1e4;
/** Never more decimals than fen have. */
const MAX_DIGITS = 2;

export type ColumnScale = {
  /** The unit the header names once. */
  unit: CnyUnit;
  /** Decimals, the same on every cell of the column. */
  digits: number;
  /** Fen in one unit (1e10 for 亿元). */
  fenPerUnit: number;
  /** A cell: the amount (in fen) in the column's unit, without the unit. */
  format: (fen: number | bigint) => string;
};

/**
 * One scale for a column (or several columns compared side by side) of CNY amounts given in fen: the
 * smallest unit in which the largest amount has at most four digits before the decimal point, and
 * decimals so that the largest shows three or four significant digits (2 below 100 units, 1 below
 * 1,000, none above), more (up to 2) when a non-zero amount would otherwise read as 0. An amount still
 * below the last decimal reads "<0.01", never 0.
 */
export function cnyColumnScale(fens: Iterable<number | bigint | null | undefined>, locale: Locale): ColumnScale {
  const yuans: number[] = [];
  for (const fen of fens) if (fen !== null && fen !== undefined) yuans.push(Math.abs(Number(fen)) / 100);
  const max = Math.max(0, ...yuans);
  const scales = CNY_SCALES[locale];
  const scale = scales.find((s) => max / s.yuan < MAX_INTEGER) ?? scales[scales.length - 1];
  const top = max / scale.yuan;
  let digits = top < 100 ? 2 : top < 1000 ? 1 : 0;
  const smallest = Math.min(Infinity, ...yuans.filter((y) => y > 0)) / scale.yuan;
  while (digits < MAX_DIGITS && round(smallest, digits) === 0) digits++;
  const number = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const least = 10 ** -digits;
  return {
    unit: scale.unit,
    digits,
    fenPerUnit: scale.yuan * 100,
    format: (fen) => {
      const value = Number(fen) / 100 / scale.yuan;
      if (value !== 0 && Math.abs(value) < least / 2)
        return value > 0 ? `<${number.format(least)}` : `>${number.format(-least)}`;
      return number.format(value);
    },
  };
}

/** At least this many decimals in a column of exchange rates ("7.0515"). */
const RATE_MIN_DIGITS = 4;
/** As many as a rate is stored with (millionths). */
const RATE_MAX_DIGITS = 6;

/**
 * The decimals of a column of exchange rates (CNY per unit of a currency): four, or more (up to six,
 * the stored precision) when the column's smallest rate would otherwise show fewer than four
 * significant digits (JPY's 0.047512).
 */
export function rateColumnDigits(rates: Iterable<number | null | undefined>): number {
  let smallest = Infinity;
  for (const rate of rates) if (rate !== null && rate !== undefined && rate > 0) smallest = Math.min(smallest, rate);
  if (!Number.isFinite(smallest)) return RATE_MIN_DIGITS;
  // Digits before the first significant one after the point: 0.047 → 1; 7.05 → none.
  const leadingZeros = Math.max(0, -Math.floor(Math.log10(smallest)) - 1);
  return Math.min(RATE_MAX_DIGITS, Math.max(RATE_MIN_DIGITS, leadingZeros + RATE_MIN_DIGITS));
}

/** A rate with the column's fixed decimals. */
export function formatRate(rate: number, digits: number, locale: Locale): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rate);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
