import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { CreateParkInput } from "@/lib/validation/zones";

export type CreateParkResult = { ok: true; parkId: string } | { ok: false; fieldErrors: Record<string, string> };

/** Adds a park to a demonstration zone. */
export async function createPark(db: Db, actorId: string, input: CreateParkInput): Promise<CreateParkResult> {
  return db.$transaction(async (tx) => {
    const [taken, zone] = await Promise.all([
      tx.park.findUnique({ where: { code: input.code }, select: { id: true } }),
      tx.zone.findFirst({ where: { id: input.zoneId, kind: "DEMONSTRATION" }, select: { id: true } }),
    ]);
    if (taken || !zone)
      return {
        ok: false,
        fieldErrors: { ...(taken ? { code: "codeTaken" } : {}), ...(zone ? {} : { zoneId: "zone" }) },
      } as const;
    const park = await tx.park.create({ data: input, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: "park.create",
      entityType: "Park",
      entityId: park.id,
      details: { code: input.code, zoneId: input.zoneId, marketProcurementPilot: input.marketProcurementPilot },
    });
    return { ok: true, parkId: park.id } as const;
  });
}
