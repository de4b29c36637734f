import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { MARKET_PROCUREMENT_MODE } from "@/lib/validation/declaration";
import { addMonths, monthRange } from "@/lib/time/months";
import { combineZoneMonths, monthTotals } from "./combine";
import { DASHBOARD_START } from "./filters";
import { volumeGoalStatus, type GoalStatus } from "./goal-status";
import { monthlyByPark, officialByZone, type VolumeScope } from "./queries";

/** The volume metrics the portal measures itself, from the declarations and the official statistics. */
export const MEASURED_METRICS: ReadonlySet<string> = new Set(["CBEC_VOLUME", "MARKET_PROCUREMENT_VOLUME"]);

type MeasuredGoal = {
  metric: string;
  zoneId: string | null;
  targetValue: bigint;
  periodStart: string;
  periodEnd: string;
};

/**
 * Measures volume goals as of a month: the city's or a zone's volume over each
 * goal's period (official figures where published, declarations elsewhere;
 * market procurement from its declarations alone). Every screen that shows a
 * goal's figure or percentage gets it from here.
 */
export async function measureVolumeGoals<G extends MeasuredGoal>(
  db: DbOrTx,
  goals: G[],
  asOf: string,
): Promise<(G & { status: GoalStatus })[]> {
  if (!goals.length) return [];
  const parks = await db.park.findMany({ select: { id: true, zoneId: true } });
  const zoneOfPark = new Map(parks.map((p) => [p.id, p.zoneId]));
  return Promise.all(
    goals.map(async (goal) => {
      const procurement = goal.metric === "MARKET_PROCUREMENT_VOLUME";
      const scope: VolumeScope = {
        parkIds: goal.zoneId ? parks.filter((p) => p.zoneId === goal.zoneId).map((p) => p.id) : null,
        customsMode: procurement ? MARKET_PROCUREMENT_MODE : null,
        officialZoneIds: procurement ? null : goal.zoneId ? [goal.zoneId] : "all",
      };
      const from = [goal.periodStart, addMonths(asOf, -11)].sort()[0];
      const to = [goal.periodEnd, asOf].sort()[1];
      const [rows, official] = await Promise.all([
        monthlyByPark(db, scope, from, to),
        officialByZone(db, scope, from, to),
      ]);
      const totals = monthTotals(combineZoneMonths(rows, official, zoneOfPark), monthRange(from, to));
      const status = volumeGoalStatus({
        targetValue: goal.targetValue,
        periodStart: goal.periodStart,
        periodEnd: goal.periodEnd,
        asOfMonth: asOf,
        dataStart: DASHBOARD_START,
        monthly: (m) => totals.get(m)?.value ?? 0n,
      });
      return { ...goal, status };
    }),
  );
}

/** The city's (zoneId null) or a zone's CBEC volume goals, in the order of their periods, each measured as of a month. */
export async function findVolumeGoals(db: DbOrTx, zoneId: string | null, asOf: string) {
  const goals = await db.goal.findMany({
    where: { metric: "CBEC_VOLUME", unit: "CNY_FEN", zoneId },
    orderBy: [{ periodStart: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      metric: true,
      zoneId: true,
      labelZh: true,
      labelEn: true,
      targetValue: true,
      periodStart: true,
      periodEnd: true,
    },
  });
  return measureVolumeGoals(db, goals, asOf);
}

export type MeasuredVolumeGoal = Awaited<ReturnType<typeof findVolumeGoals>>[number];
