import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { CreateZoneInput } from "@/lib/validation/zones";

export type CreateZoneResult = { ok: true; zoneId: string } | { ok: false; fieldErrors: Record<string, string> };

/** Adds a demonstration zone under the city's pilot zone, planned or designated. */
export async function createZone(db: Db, actorId: string, input: CreateZoneInput): Promise<CreateZoneResult> {
  return db.$transaction(async (tx) => {
    if (await tx.zone.findUnique({ where: { code: input.code }, select: { id: true } }))
      return { ok: false, fieldErrors: { code: "codeTaken" } } as const;
    const [pilot, last] = await Promise.all([
      tx.zone.findFirst({ where: { kind: "PILOT" }, select: { id: true } }),
      tx.zone.aggregate({ where: { kind: "DEMONSTRATION" }, _max: { sortOrder: true } }),
    ]);
    const zone = await tx.zone.create({
      data: {
        code: input.code,
        kind: "DEMONSTRATION",
        status: input.status,
        designatedYear: input.designatedYear,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        descriptionZh: input.descriptionZh,
        descriptionEn: input.descriptionEn,
        parentId: pilot?.id ?? null,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "zone.create",
      entityType: "Zone",
      entityId: zone.id,
      details: { code: input.code, status: input.status, designatedYear: input.designatedYear },
    });
    return { ok: true, zoneId: zone.id } as const;
  });
}
