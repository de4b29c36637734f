// The arithmetic behind the headline: pacing toward a volume goal, the
// stated forecast, year on year and the goal line. Pure and in integers
// (fen); ratios are returned as numbers for display only.
import { addMonths, makeMonth, monthParts, monthRange } from "@/lib/time/months";

export type Verdict = "on_track" | "off_track" | "achieved" | "missed";

export type VolumeGoal = {
  targetValue: bigint;
  baselineValue: bigint;
  baselineYear: number;
  /** The deadline's month, "YYYY-MM". */
  deadlineMonth: string;
};

export type Pace = {
  /** The goal counts the 12 months that end with the deadline's month. */
  periodStart: string;
  periodEnd: string;
  soFar: bigint;
  monthsLeft: number;
  gap: bigint;
  /** The average monthly volume still needed; null once the period is over. */
  requiredPerMonth: bigint | null;
  /** The average monthly volume of the last 12 months (fewer when the data starts later). */
  trailingAverage: bigint;
  /** What the period adds up to if the trailing average holds until the deadline. */
  forecast: bigint;
  verdict: Verdict;
};

function sum(values: bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

function ceilDiv(num: bigint, den: bigint): bigint {
  return (num + den - 1n) / den;
}

/**
 * Pacing of an annual volume goal as of a month. The forecast is deliberately
 * simple: the volume so far in the goal's 12 months, plus the average monthly
 * volume of the last 12 months (since `dataStart` if later) for every month left.
 */
export function computePace(input: {
  targetValue: bigint;
  deadlineMonth: string;
  asOfMonth: string;
  dataStart: string;
  monthly: (month: string) => bigint;
}): Pace {
  const { targetValue, deadlineMonth, asOfMonth, dataStart, monthly } = input;
  const periodStart = addMonths(deadlineMonth, -11);
  const period = monthRange(periodStart, deadlineMonth);
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
  return {
    periodStart,
    periodEnd: deadlineMonth,
    soFar,
    monthsLeft,
    gap,
    requiredPerMonth: over ? null : ceilDiv(gap, BigInt(monthsLeft)),
    trailingAverage,
    forecast,
    verdict: over ? (reached ? "achieved" : "missed") : reached ? "on_track" : "off_track",
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

/**
 * The annual volume the goal asks for in a year: a straight line from the
 * baseline (in its year) to the target (in the deadline's year), then the
 * target. Null before the baseline year.
 */
export function annualGoal(goal: VolumeGoal, year: number): bigint | null {
  const deadlineYear = monthParts(goal.deadlineMonth).year;
  if (year < goal.baselineYear) return null;
  if (year >= deadlineYear) return goal.targetValue;
  const steps = BigInt(deadlineYear - goal.baselineYear);
  return goal.baselineValue + ((goal.targetValue - goal.baselineValue) * BigInt(year - goal.baselineYear)) / steps;
}

/**
 * The cumulative goal line over a run of months: each month adds a twelfth of
 * that year's annual goal. Months before the baseline year carry the actual
 * cumulative volume, so the line starts where the city stood.
 */
export function cumulativeGoalLine(goal: VolumeGoal, months: string[], actualCumulative: bigint[]): bigint[] {
  const out: bigint[] = [];
  let running = 0n;
  months.forEach((month, i) => {
    const annual = annualGoal(goal, monthParts(month).year);
    running = annual === null ? actualCumulative[i] : running + annual / 12n;
    out.push(running);
  });
  return out;
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
