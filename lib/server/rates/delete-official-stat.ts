import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { bumpRollupVersion } from "@/lib/server/declarations/rollups";

/** Removes an official figure; the zone's declarations count for that month again. */
export async function deleteOfficialStat(
  db: Db,
  actorId: string,
  zoneId: string,
  month: string,
): Promise<{ ok: boolean }> {
  return db.$transaction(async (tx) => {
    const previous = await tx.officialStat.findUnique({ where: { zoneId_month: { zoneId, month } } });
    if (!previous) return { ok: false };
    await tx.officialStat.delete({ where: { zoneId_month: { zoneId, month } } });
    // The dashboard caches official figures at the rollup version (view-cache.ts).
    await bumpRollupVersion(tx);
    await recordAudit(tx, {
      actorId,
      action: "official_stat.delete",
      entityType: "OfficialStat",
      entityId: `${zoneId}:${month}`,
      details: { valueFen: previous.valueFen.toString() },
    });
    return { ok: true };
  });
}
