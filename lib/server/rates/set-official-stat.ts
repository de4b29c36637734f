import "server-only";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { bumpRollupVersion } from "@/lib/server/declarations/rollups";
import type { OfficialStatValues } from "@/lib/validation/rates";

export type SetStatResult =
  { ok: true; zone: { nameZh: string; nameEn: string } } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Writes a zone's official figure for a month, new or in place of the one there; no checks, no audit. Bumps the
 * rollup version in the same transaction: the dashboard caches official figures at it (view-cache.ts).
 */
export async function writeOfficialStat(tx: DbOrTx, actorId: string, input: OfficialStatValues) {
  const key = { zoneId: input.zoneId, month: input.month };
  const figure = { valueFen: input.value, source: input.source, updatedById: actorId };
  const stat = await tx.officialStat.upsert({
    where: { zoneId_month: key },
    create: { ...key, ...figure },
    update: figure,
  });
  await bumpRollupVersion(tx);
  return stat;
}

/** Enters or corrects a demonstration zone's official figure for a month. */
export async function setOfficialStat(db: Db, actorId: string, input: OfficialStatValues): Promise<SetStatResult> {
  return db.$transaction(async (tx) => {
    const zone = await tx.zone.findFirst({
      where: { id: input.zoneId, kind: "DEMONSTRATION" },
      select: { nameZh: true, nameEn: true },
    });
    if (!zone) return { ok: false, fieldErrors: { zoneId: "zone" } } as const;
    const previous = await tx.officialStat.findUnique({
      where: { zoneId_month: { zoneId: input.zoneId, month: input.month } },
    });
    await writeOfficialStat(tx, actorId, input);
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
