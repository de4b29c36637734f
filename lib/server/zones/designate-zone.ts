import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";

export type DesignateResult =
  { ok: true; zone: { nameZh: string; nameEn: string } } | { ok: false; reason: "notFound" };

/**
 * Marks a planned demonstration zone as designated in a year. The condition
 * is part of the update, so a zone that is already designated is not touched.
 */
export async function designateZone(db: Db, actorId: string, zoneId: string, year: number): Promise<DesignateResult> {
  return db.$transaction(async (tx) => {
    const updated = await tx.zone.updateMany({
      where: { id: zoneId, kind: "DEMONSTRATION", status: "PLANNED" },
      data: { status: "DESIGNATED", designatedYear: year },
    });
    if (updated.count !== 1) return { ok: false, reason: "notFound" } as const;
    await recordAudit(tx, {
      actorId,
      action: "zone.designate",
      entityType: "Zone",
      entityId: zoneId,
      details: { year },
    });
    const zone = await tx.zone.findUniqueOrThrow({ where: { id: zoneId }, select: { nameZh: true, nameEn: true } });
    return { ok: true, zone } as const;
  });
}
