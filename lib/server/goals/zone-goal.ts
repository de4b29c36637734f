import "server-only";
import { db } from "@/lib/server/db";

/** How many demonstration zones the city aims for: the latest such goal, or 10 (DOMAIN.md) when none is set. */
export async function getDemonstrationZoneTarget(): Promise<number> {
  const goal = await db.goal.findFirst({
    where: { metric: "DEMONSTRATION_ZONES", zoneId: null },
    orderBy: { periodEnd: "desc" },
    select: { targetValue: true },
  });
  return goal ? Number(goal.targetValue) : 10;
}
