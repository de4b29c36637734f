import "server-only";
import { db } from "@/lib/server/db";
import { combineZoneMonths, monthTotals } from "@/lib/server/dashboard/combine";
import { DASHBOARD_START } from "@/lib/server/dashboard/filters";
import { addMonths, monthRange } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";
import { computePace, type Verdict } from "@/lib/server/dashboard/pace";
import { monthlyByPark, officialByZone, type VolumeScope } from "@/lib/server/dashboard/queries";
import { MARKET_PROCUREMENT_MODE } from "@/lib/validation/declaration";
import { deadlineMonth } from "@/lib/server/dashboard/find-volume-goal";

export type GoalProgress = {
  /** The figure measured or reported now; null when nothing is reported yet. */
  current: bigint | null;
  /** "period": so far in the goal's 12 months; "trailing": the last 12 months, before the period starts. */
  basis: "period" | "trailing" | "count" | "reported";
  verdict: Verdict | null;
};

/** How many goals there are, for the overview that only names their number. */
export function countGoals(): Promise<number> {
  return db.goal.count();
}

/** Every goal with where it stands today, in the order of their deadlines. */
export async function getGoalsWithProgress(now = new Date()) {
  const asOf = monthOf(now);
  const [goals, zones, parks, designated] = await Promise.all([
    db.goal.findMany({ orderBy: [{ deadline: "asc" }, { code: "asc" }] }),
    db.zone.findMany({ select: { id: true, nameZh: true, nameEn: true } }),
    db.park.findMany({ select: { id: true, zoneId: true } }),
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "DESIGNATED" } }),
  ]);
  const zoneOfPark = new Map(parks.map((p) => [p.id, p.zoneId]));

  async function volumeProgress(goal: (typeof goals)[number]): Promise<GoalProgress> {
    const procurement = goal.metric === "MARKET_PROCUREMENT_VOLUME";
    const scope: VolumeScope = {
      parkIds: goal.zoneId ? parks.filter((p) => p.zoneId === goal.zoneId).map((p) => p.id) : null,
      customsMode: procurement ? MARKET_PROCUREMENT_MODE : null,
      officialZoneIds: procurement ? null : goal.zoneId ? [goal.zoneId] : "all",
    };
    const deadline = deadlineMonth(goal.deadline);
    const from = [addMonths(deadline, -11), addMonths(asOf, -11)].sort()[0];
    const to = [deadline, asOf].sort()[1];
    const [rows, official] = await Promise.all([
      monthlyByPark(db, scope, from, to),
      officialByZone(db, scope, from, to),
    ]);
    const totals = monthTotals(combineZoneMonths(rows, official, zoneOfPark), monthRange(from, to));
    const monthly = (m: string) => totals.get(m)?.value ?? 0n;
    const pace = computePace({
      targetValue: goal.targetValue,
      deadlineMonth: deadline,
      asOfMonth: asOf,
      dataStart: DASHBOARD_START,
      monthly,
    });
    if (asOf >= pace.periodStart) return { current: pace.soFar, basis: "period", verdict: pace.verdict };
    const trailing = monthRange(addMonths(asOf, -11), asOf).reduce((s, m) => s + monthly(m), 0n);
    return { current: trailing, basis: "trailing", verdict: pace.verdict };
  }

  const progress = await Promise.all(
    goals.map(async (goal): Promise<GoalProgress> => {
      if (goal.metric === "CBEC_VOLUME" || goal.metric === "MARKET_PROCUREMENT_VOLUME") return volumeProgress(goal);
      const passed = deadlineMonth(goal.deadline) < asOf;
      if (goal.metric === "DEMONSTRATION_ZONES") {
        const reached = BigInt(designated) >= goal.targetValue;
        return {
          current: BigInt(designated),
          basis: "count",
          verdict: reached ? "achieved" : passed ? "missed" : null,
        };
      }
      const reached = goal.reportedValue !== null && goal.reportedValue >= goal.targetValue;
      return {
        current: goal.reportedValue,
        basis: "reported",
        verdict: reached ? "achieved" : passed ? "missed" : null,
      };
    }),
  );
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  return goals.map((goal, i) => ({
    ...goal,
    zone: goal.zoneId ? (zoneById.get(goal.zoneId) ?? null) : null,
    progress: progress[i],
  }));
}

export type GoalWithProgress = Awaited<ReturnType<typeof getGoalsWithProgress>>[number];
