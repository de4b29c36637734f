import "server-only";
import { db } from "@/lib/server/db";
import { combineZoneMonths, zoneTotals } from "@/lib/server/dashboard/combine";
import { monthParts } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";
import { monthlyByPark, officialByZone, type VolumeScope } from "@/lib/server/dashboard/queries";

/** This year's volume of each zone (official where published) and each park (declared), from the rollups. */
export async function getZoneVolumes(now = new Date()) {
  const to = monthOf(now);
  const year = monthParts(to).year;
  const from = `${year}-01`;
  const scope: VolumeScope = { parkIds: null, customsMode: null, officialZoneIds: "all" };
  const [parks, parkMonths, official] = await Promise.all([
    db.park.findMany({ select: { id: true, zoneId: true } }),
    monthlyByPark(db, scope, from, to),
    officialByZone(db, scope, from, to),
  ]);
  const zones = zoneTotals(
    combineZoneMonths(parkMonths, official, new Map(parks.map((p) => [p.id, p.zoneId]))),
    from,
    to,
  );
  const byPark = new Map<string, bigint>();
  for (const r of parkMonths) byPark.set(r.parkId, (byPark.get(r.parkId) ?? 0n) + r.valueFen);
  return {
    year,
    zone: (zoneId: string) => zones.get(zoneId)?.value ?? 0n,
    park: (parkId: string) => byPark.get(parkId) ?? 0n,
  };
}
