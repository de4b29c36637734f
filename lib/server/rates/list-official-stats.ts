import "server-only";
import { db } from "@/lib/server/db";

/** A year's official figures by zone and month, and the latest month entered. */
export async function listOfficialStats(year: number) {
  const [rows, latest] = await Promise.all([
    db.officialStat.findMany({ where: { month: { gte: `${year}-01`, lte: `${year}-12` } } }),
    db.officialStat.aggregate({ _max: { month: true } }),
  ]);
  const byKey = new Map(rows.map((r) => [`${r.zoneId}|${r.month}`, r]));
  return { stat: (zoneId: string, month: string) => byKey.get(`${zoneId}|${month}`) ?? null, latestMonth: latest._max.month ?? null, count: rows.length };
}
