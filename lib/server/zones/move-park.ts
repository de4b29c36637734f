import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";

export type MoveParkResult =
  | { ok: true; park: { nameZh: string; nameEn: string }; zone: { nameZh: string; nameEn: string } }
  | { ok: false; reason: "notFound" | "same" };

/**
 * Moves a park to another demonstration zone. Its merchants and history move
 * with it: the rollups are kept by park, so the zone totals follow at once.
 */
export async function movePark(db: Db, actorId: string, parkId: string, zoneId: string): Promise<MoveParkResult> {
  return db.$transaction(async (tx) => {
    const [park, zone] = await Promise.all([
      tx.park.findUnique({ where: { id: parkId }, select: { zoneId: true, nameZh: true, nameEn: true } }),
      tx.zone.findFirst({ where: { id: zoneId, kind: "DEMONSTRATION" }, select: { nameZh: true, nameEn: true } }),
    ]);
    if (!park || !zone) return { ok: false, reason: "notFound" } as const;
    const moved = await tx.park.updateMany({ where: { id: parkId, zoneId: { not: zoneId } }, data: { zoneId } });
    if (moved.count !== 1) return { ok: false, reason: "same" } as const;
    await recordAudit(tx, {
      actorId,
      action: "park.move",
      entityType: "Park",
      entityId: parkId,
      details: { from: park.zoneId, to: zoneId },
    });
    return { ok: true, park, zone } as const;
  });
}
