// The arithmetic behind the headline: pacing toward a volume goal over its
// period, the stated forecast and year on year. Pure and in integers (fen);
// ratios are returned as numbers for display only.
import { addMonths, makeMonth, monthParts, monthRange } from "@/lib/time/months";

export type Verdict = "not_started" | "on_track" | "off_track" | "achieved" | "missed";

export type Pace = {
  /** The months the goal counts, "YYYY-MM" to "YYYY-MM". */
  periodStart: string;
  periodEnd: string;
  soFar: bigint;
  monthsLeft: number;
  gap: bigint;
  /** The average monthly volume still needed; null once the period is over. */
  requiredPerMonth: bigint | null;
  /** The average monthly volume of the last 12 months (fewer when the data starts later). */
  trailingAverage: bigint;
  /** What the period adds up to if the trailing average holds until its end. */
  forecast: bigint;
  verdict: Verdict;
};

function sum(values: bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

function ceilDiv(num: bigint, den: bigint): bigint {
  return (num + den - 1n) / den;
}

/** A volume goal's target and period, the month to judge it at, and the volume of each month. */
export type PaceInput = {
  targetValue: bigint;
  periodStart: string;
  periodEnd: string;
  asOfMonth: string;
  dataStart: string;
  monthly: (month: string) => bigint;
};

/**
 * Pacing of a volume goal over its period as of a month. The forecast is
 * deliberately simple: the volume so far in the goal's period, plus the
 * average monthly volume of the last 12 months (since `dataStart` if later)
 * for every month left. Before the period starts, what it needs is the target
 * spread over its months.
 */
export function computePace(input: PaceInput): Pace {
  const { targetValue, periodStart, periodEnd, asOfMonth, dataStart, monthly } = input;
  const period = monthRange(periodStart, periodEnd);
  const done = period.filter((m) => m <= asOfMonth);
  const soFar = sum(done.map(monthly));
  const monthsLeft = period.length - done.length;
  const gap = targetValue > soFar ? targetValue - soFar : 0n;

  const windowStart = [addMonths(asOfMonth, -11), dataStart].sort().at(-1)!;
  const window = monthRange(windowStart, asOfMonth);
  const trailingAverage = window.length ? sum(window.map(monthly)) / BigInt(window.length) : 0n;

  // Once the period is over, the forecast is what it came to.
  const over = monthsLeft === 0;
  const forecast = soFar + trailingAverage * BigInt(monthsLeft);
  const reached = forecast >= targetValue;
  const verdict: Verdict = over
    ? reached
      ? "achieved"
      : "missed"
    : asOfMonth < periodStart
      ? "not_started"
      : reached
        ? "on_track"
        : "off_track";
  return {
    periodStart,
    periodEnd,
    soFar,
    monthsLeft,
    gap,
    requiredPerMonth: over ? null : ceilDiv(gap, BigInt(monthsLeft)),
    trailingAverage,
    forecast,
    verdict,
  };
}

/** Change against the same period a year before, as a ratio; null without a base. */
export function yearOnYear(current: bigint, previous: bigint): number | null {
  if (previous <= 0n) return null;
  return Number(((current - previous) * 1_000_000n) / previous) / 1_000_000;
}

/** part / whole as a ratio for display; 0 when the whole is 0. */
export function ratio(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 1_000_000n) / whole) / 1_000_000;
}

/** Running totals of a series. */
export function cumulative(values: bigint[]): bigint[] {
  let running = 0n;
  return values.map((v) => (running += v));
}

/** January to the given month of the same year, and the same months a year earlier. */
export function yearToDate(year: number, asOfMonth: string) {
  const lastMonth = monthParts(asOfMonth).year === year ? monthParts(asOfMonth).month : 12;
  return {
    current: { from: makeMonth(year, 1), to: makeMonth(year, lastMonth) },
    previous: { from: makeMonth(year - 1, 1), to: makeMonth(year - 1, lastMonth) },
    lastMonth,
  };
}
