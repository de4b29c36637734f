import "server-only";
import { db } from "@/lib/server/db";
import { monthOf } from "@/lib/time/shanghai";
import { goalPhase, percentOf, type GoalPhase } from "@/lib/server/dashboard/goal-status";
import type { Verdict } from "@/lib/server/dashboard/pace";
import { measureVolumeGoals, MEASURED_METRICS } from "@/lib/server/dashboard/volume-goals";

export type GoalProgress = {
  phase: GoalPhase;
  /** The figure measured or reported now; null when nothing is reported yet or the period has not started. */
  current: bigint | null;
  /** "period": measured over the goal's period; "count": counted now; "reported": entered by staff. */
  basis: "period" | "count" | "reported";
  /** The current figure as a percentage of the target (one decimal); the same number on every screen. */
  percent: number | null;
  verdict: Verdict | null;
  /** Before a measured goal's period starts: the volume it needs each month. */
  requiredPerMonth: bigint | null;
};

/** How many goals there are, for the overview that only names their number. */
export function countGoals(): Promise<number> {
  return db.goal.count();
}

/** Every goal with where it stands today, in the order of their periods. */
export async function getGoalsWithProgress(now = new Date()) {
  const asOf = monthOf(now);
  const [goals, zones, designated] = await Promise.all([
    db.goal.findMany({ orderBy: [{ periodEnd: "asc" }, { periodStart: "asc" }, { code: "asc" }] }),
    db.zone.findMany({ select: { id: true, nameZh: true, nameEn: true } }),
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "DESIGNATED" } }),
  ]);
  const measured = new Map(
    (
      await measureVolumeGoals(
        db,
        goals.filter((g) => MEASURED_METRICS.has(g.metric)),
        asOf,
      )
    ).map((g) => [g.id, g]),
  );

  const progress = goals.map((goal): GoalProgress => {
    const phase = goalPhase(goal, asOf);
    const volume = measured.get(goal.id);
    if (volume) {
      const { status } = volume;
      return {
        phase,
        current: phase === "upcoming" ? null : status.soFar,
        basis: "period",
        percent: status.percent,
        verdict: status.verdict,
        requiredPerMonth: phase === "upcoming" ? status.requiredPerMonth : null,
      };
    }
    const current = goal.metric === "DEMONSTRATION_ZONES" ? BigInt(designated) : goal.reportedValue;
    const reached = current !== null && current >= goal.targetValue;
    return {
      phase,
      current,
      basis: goal.metric === "DEMONSTRATION_ZONES" ? "count" : "reported",
      percent: current === null ? null : percentOf(current, goal.targetValue),
      verdict: reached ? "achieved" : phase === "ended" ? "missed" : phase === "upcoming" ? "not_started" : null,
      requiredPerMonth: null,
    };
  });
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  return goals.map((goal, i) => ({
    ...goal,
    zone: goal.zoneId ? (zoneById.get(goal.zoneId) ?? null) : null,
    progress: progress[i],
  }));
}

export type GoalWithProgress = Awaited<ReturnType<typeof getGoalsWithProgress>>[number];
