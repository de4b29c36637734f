import "server-only";
import { db } from "@/lib/server/db";

/** The latest month with any official figure entered ("2025-06"), or null when there is none. */
export async function latestStatMonth(): Promise<string | null> {
  const latest = await db.officialStat.aggregate({ _max: { month: true } });
  return latest._max.month ?? null;
}

/** A year's official figures by zone and month, and the latest month entered. */
export async function listOfficialStats(year: number) {
  const [rows, latestMonth] = await Promise.all([
    db.officialStat.findMany({ where: { month: { gte: `${year}-01`, lte: `${year}-12` } } }),
    latestStatMonth(),
  ]);
  const byKey = new Map(rows.map((r) => [`${r.zoneId}|${r.month}`, r]));
  return {
    stat: (zoneId: string, month: string) => byKey.get(`${zoneId}|${month}`) ?? null,
    latestMonth,
    count: rows.length,
  };
}
