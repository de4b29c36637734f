import "server-only";
import { db } from "@/lib/server/db";
import { countApprovedMerchants } from "@/lib/server/counts/definitions";
import { goalsForYear } from "@/lib/server/dashboard/goal-status";
import { findVolumeGoals } from "@/lib/server/dashboard/volume-goals";
import { monthParts } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";

/**
 * The live figures on the public landing page, and the city's volume goal as
 * the dashboard measures it: the one covering this year, else the most recent
 * result, else the next goal.
 */
export async function getPublicFigures(now = new Date()) {
  const nowMonth = monthOf(now);
  const [designated, planned, parks, merchants, platforms, goals] = await Promise.all([
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "DESIGNATED" } }),
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "PLANNED" } }),
    db.park.count(),
    countApprovedMerchants(db),
    db.platform.count(),
    findVolumeGoals(db, null, nowMonth),
  ]);
  const shown = goalsForYear(goals, monthParts(nowMonth).year);
  const volumeGoal = shown.covering ?? shown.latestResult ?? shown.next;
  return { designated, planned, parks, merchants, platforms, volumeGoal };
}
