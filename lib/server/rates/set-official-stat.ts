import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { OfficialStatValues } from "@/lib/validation/rates";

export type SetStatResult =
  { ok: true; zone: { nameZh: string; nameEn: string } } | { ok: false; fieldErrors: Record<string, string> };

/** Enters or corrects a demonstration zone's official figure for a month. */
export async function setOfficialStat(db: Db, actorId: string, input: OfficialStatValues): Promise<SetStatResult> {
  return db.$transaction(async (tx) => {
    const zone = await tx.zone.findFirst({
      where: { id: input.zoneId, kind: "DEMONSTRATION" },
      select: { nameZh: true, nameEn: true },
    });
    if (!zone) return { ok: false, fieldErrors: { zoneId: "zone" } } as const;
    const key = { zoneId: input.zoneId, month: input.month };
    const previous = await tx.officialStat.findUnique({ where: { zoneId_month: key } });
    await tx.officialStat.upsert({
      where: { zoneId_month: key },
      create: { ...key, valueFen: input.value, source: input.source, updatedById: actorId },
      update: { valueFen: input.value, source: input.source, updatedById: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: "official_stat.set",
      entityType: "OfficialStat",
      entityId: `${input.zoneId}:${input.month}`,
      details: {
        previous: previous?.valueFen.toString() ?? null,
        valueFen: input.value.toString(),
        source: input.source,
      },
    });
    return { ok: true, zone } as const;
  });
}
