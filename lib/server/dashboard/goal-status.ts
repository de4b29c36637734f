// Where a goal stands, from its period and today's month: not started yet,
// running (with a pace and a forecast) or ended (with a result). One
// percentage per goal, computed here and shown as it is everywhere: the
// dashboard's headline and goal card, the CSV export and the landing page.
// Pure and in integers (fen).
import { monthRange, monthsBetween } from "@/lib/time/months";
import { computePace, type Pace, type PaceInput } from "./pace";

export type GoalPeriod = { periodStart: string; periodEnd: string };
export type GoalPhase = "upcoming" | "running" | "ended";

/** Whether the goal's period has not started, is under way or is over in the given month. */
export function goalPhase(goal: GoalPeriod, month: string): GoalPhase {
  if (month < goal.periodStart) return "upcoming";
  return month > goal.periodEnd ? "ended" : "running";
}

/** Whether any month of the goal's period falls in the calendar year. */
export function coversYear(goal: GoalPeriod, year: number): boolean {
  return goal.periodStart <= `${year}-12` && goal.periodEnd >= `${year}-01`;
}

/** How many months the period has. */
export function periodLength(goal: GoalPeriod): number {
  return monthsBetween(goal.periodStart, goal.periodEnd) + 1;
}

/**
 * part / whole in percent, rounded half up to one decimal (46.94 → 46.9, 46.95 → 47.0);
 * null without a whole. The one rounding of a goal's percentage.
 */
export function percentOf(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  const tenths = (part * 2000n + whole) / (2n * whole);
  return Number(tenths) / 10;
}

export type GoalStatus = Pace & {
  phase: GoalPhase;
  /** The volume so far in the period as a percentage of the target; null before the period starts. */
  percent: number | null;
};

/** A volume goal's status as of a month (today's, so that every screen shows the same). */
export function volumeGoalStatus(input: PaceInput): GoalStatus {
  const pace = computePace(input);
  const phase = goalPhase(input, input.asOfMonth);
  return { ...pace, phase, percent: phase === "upcoming" ? null : percentOf(pace.soFar, input.targetValue) };
}

/**
 * Which goals the headline of a year shows: the goal whose period covers the
 * year (the earliest, if several do); else the most recent result (the goal
 * that ended last) and the next goal not yet started.
 */
export function goalsForYear<G extends GoalPeriod & { status: { phase: GoalPhase } }>(goals: G[], year: number) {
  const byStart = [...goals].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  const covering = byStart.find((g) => coversYear(g, year)) ?? null;
  const ended = byStart.filter((g) => g.status.phase === "ended");
  const latestResult = ended.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd)).at(-1) ?? null;
  const next = byStart.find((g) => g.status.phase === "upcoming") ?? null;
  return { covering, latestResult: covering ? null : latestResult, next: covering ? null : next };
}

/**
 * The goal lines of the charts, drawn only within each goal's period: the
 * monthly target (the target spread evenly over the period's months) and the
 * cumulative target, which starts where the actual cumulative volume stood
 * the month before the period. Null outside every period.
 */
export function goalLines(
  goals: (GoalPeriod & { targetValue: bigint })[],
  months: string[],
  actualCumulative: bigint[],
): { monthly: (bigint | null)[]; cumulative: (bigint | null)[] } {
  const monthly: (bigint | null)[] = months.map(() => null);
  const cumulative: (bigint | null)[] = months.map(() => null);
  const index = new Map(months.map((m, i) => [m, i]));
  for (const goal of goals) {
    const n = BigInt(periodLength(goal));
    const startIndex = index.get(goal.periodStart);
    const base = startIndex ? actualCumulative[startIndex - 1] : 0n;
    monthRange(goal.periodStart, goal.periodEnd).forEach((month, k) => {
      const i = index.get(month);
      if (i === undefined) return;
      const before = (goal.targetValue * BigInt(k)) / n;
      const upTo = (goal.targetValue * BigInt(k + 1)) / n;
      monthly[i] = upTo - before;
      cumulative[i] = base + upTo;
    });
  }
  return { monthly, cumulative };
}
