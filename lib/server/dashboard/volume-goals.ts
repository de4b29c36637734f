import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { MARKET_PROCUREMENT_MODE } from "@/lib/validation/declaration";
import { addMonths, monthRange } from "@/lib/time/months";
import { combineZoneMonths, monthTotals } from "./combine";
import { DASHBOARD_START } from "./filters";
import { volumeGoalStatus, type GoalStatus } from "./goal-status";
import { cachedMonthlyByPark, cachedOfficialByZone } from "./declared-figures";
import type { VolumeScope } from "./queries";

/** The volume metrics the portal measures itself, from the declarations and the official statistics. */
export const MEASURED_METRICS: ReadonlySet<string> = new Set(["CBEC_VOLUME", "MARKET_PROCUREMENT_VOLUME"]);

type MeasuredGoal = {
  metric: string;
  zoneId: string | null;
  targetValue: bigint;
  periodStart: string;
  periodEnd: string;
};

/** A goal's status as of a month, from the monthly volume of its own scope. */
function statusOf(goal: MeasuredGoal, asOf: string, monthly: (month: string) => bigint): GoalStatus {
  return volumeGoalStatus({
    targetValue: goal.targetValue,
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    asOfMonth: asOf,
    dataStart: DASHBOARD_START,
    monthly,
  });
}

/**
 * Measures volume goals as of a month: the city's or a zone's volume over each
 * goal's period (official figures where published, declarations elsewhere;
 * market procurement from its declarations alone). Every screen that shows a
 * goal's figure or percentage gets it from here (or from measureVolumeGoalsFrom,
 * the same measure over volumes the caller has read already).
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
        cachedMonthlyByPark(db, scope, from, to),
        cachedOfficialByZone(db, scope, from, to),
      ]);
      const totals = monthTotals(combineZoneMonths(rows, official, zoneOfPark), monthRange(from, to));
      return { ...goal, status: statusOf(goal, asOf, (m) => totals.get(m)?.value ?? 0n) };
    }),
  );
}

/**
 * The same measure as measureVolumeGoals, of CBEC volume goals that all belong
 * to one scope (the city, or one zone), from that scope's monthly volume
 * (official figures where published, declarations elsewhere, every customs
 * mode) as the caller read it for the months `from` to `asOf`. A goal whose
 * period starts before `from` is measured by reading its months instead.
 */
export async function measureVolumeGoalsFrom<G extends MeasuredGoal>(
  db: DbOrTx,
  goals: G[],
  asOf: string,
  volumes: { from: string; monthly: (month: string) => bigint },
): Promise<(G & { status: GoalStatus })[]> {
  // The measure reads the goal's months up to asOf, and the twelve months to asOf from DASHBOARD_START on.
  const windowStart = [addMonths(asOf, -11), DASHBOARD_START].sort()[1];
  const covered = (g: G) => volumes.from <= windowStart && (g.periodStart >= volumes.from || g.periodStart > asOf);
  const rest = goals.filter((g) => !covered(g));
  const measured = await measureVolumeGoals(db, rest, asOf);
  const read = new Map(rest.map((g, i) => [g, measured[i]]));
  return goals.map((goal) => read.get(goal) ?? { ...goal, status: statusOf(goal, asOf, volumes.monthly) });
}

/** The city's (zoneId null) or a zone's CBEC volume goals, in the order of their periods, not yet measured. */
export function listVolumeGoals(db: DbOrTx, zoneId: string | null) {
  return db.goal.findMany({
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
}

/** The city's (zoneId null) or a zone's CBEC volume goals, in the order of their periods, each measured as of a month. */
export async function findVolumeGoals(db: DbOrTx, zoneId: string | null, asOf: string) {
  return measureVolumeGoals(db, await listVolumeGoals(db, zoneId), asOf);
}

export type MeasuredVolumeGoal = Awaited<ReturnType<typeof findVolumeGoals>>[number];
