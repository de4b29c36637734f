import "server-only";
import { db } from "@/lib/server/db";
import { monthOf } from "@/lib/time/shanghai";
import type { VolumeGoal } from "./pace";

export type ScopedVolumeGoal = VolumeGoal & { id: string; labelZh: string; labelEn: string; deadline: Date };

/** A goal's deadline is stored as UTC midnight of its day; its month is that day's. */
export function deadlineMonth(deadline: Date): string {
  return monthOf(deadline);
}

/**
 * The CBEC volume goal for the city (zoneId null) or a zone: the first one
 * whose deadline has not passed by `asOf`, else the most recent one.
 */
export async function findVolumeGoal(zoneId: string | null, asOf: string): Promise<ScopedVolumeGoal | null> {
  const goals = await db.goal.findMany({
    where: { metric: "CBEC_VOLUME", unit: "CNY_FEN", zoneId },
    orderBy: [{ deadline: "asc" }, { code: "asc" }],
  });
  const chosen = goals.find((g) => deadlineMonth(g.deadline) >= asOf) ?? goals.at(-1);
  if (!chosen) return null;
  return {
    id: chosen.id,
    labelZh: chosen.labelZh,
    labelEn: chosen.labelEn,
    deadline: chosen.deadline,
    targetValue: chosen.targetValue,
    baselineValue: chosen.baselineValue,
    baselineYear: chosen.baselineYear,
    deadlineMonth: deadlineMonth(chosen.deadline),
  };
}
