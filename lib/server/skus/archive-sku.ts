import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lookupId } from "@/lib/validation/text";
import type { SkuActor } from "./context";

export type SkuChangeResult = { ok: true; code: string } | { ok: false; reason: "notFound" | "hasHistory" };

/** Archives a SKU (hidden from the list by default) or makes it active again. */
export async function setSkuStatus(
  db: Db,
  actor: SkuActor,
  id: string,
  status: "ACTIVE" | "ARCHIVED",
): Promise<SkuChangeResult> {
  return db.$transaction(async (tx) => {
    const updated = await tx.sku.updateMany({
      where: { id: lookupId(id), merchantId: actor.merchantId },
      data: { status },
    });
    if (updated.count !== 1) return { ok: false, reason: "notFound" } as const;
    const { code } = await tx.sku.findUniqueOrThrow({ where: { id }, select: { code: true } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: status === "ARCHIVED" ? "sku.archive" : "sku.restore",
      entityType: "Sku",
      entityId: id,
      details: { merchantId: actor.merchantId, code },
    });
    return { ok: true, code } as const;
  });
}

/**
 * Deletes a SKU that never held stock. One with stock history is archived
 * instead when `archiveIfHistory` is set (the API's DELETE), else refused.
 */
export async function deleteSku(
  db: Db,
  actor: SkuActor,
  where: { id: string } | { code: string },
  opts: { archiveIfHistory: boolean; source: string },
): Promise<
  { ok: true; code: string; outcome: "deleted" | "archived" } | { ok: false; reason: "notFound" | "hasHistory" }
> {
  return db.$transaction(async (tx) => {
    const sku = await tx.sku.findFirst({
      where: { ...where, merchantId: actor.merchantId },
      select: { id: true, code: true, _count: { select: { stockChanges: true } } },
    });
    if (!sku) return { ok: false, reason: "notFound" } as const;
    const keep = sku._count.stockChanges > 0;
    if (keep && !opts.archiveIfHistory) return { ok: false, reason: "hasHistory" } as const;
    if (keep) await tx.sku.update({ where: { id: sku.id }, data: { status: "ARCHIVED" } });
    else await tx.sku.delete({ where: { id: sku.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: keep ? "sku.archive" : "sku.delete",
      entityType: "Sku",
      entityId: sku.id,
      details: { merchantId: actor.merchantId, code: sku.code, source: opts.source },
    });
    return { ok: true, code: sku.code, outcome: keep ? "archived" : "deleted" } as const;
  });
}
