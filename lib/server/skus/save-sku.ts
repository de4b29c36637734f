import "server-only";
import type { Db } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { SkuData } from "@/lib/validation/sku";
import { loadSkuContext, referenceIssues, type FieldIssue, type SkuActor } from "./context";
import { writeSkus, type StockSource } from "./write-skus";

/**
 * create: a new code only; update: the SKU with this id (its code may change),
 * and with `unchangedSince` only while its updatedAt is still that (the API's
 * If-Match); upsert: by code.
 */
export type SaveTarget =
  { mode: "create" } | { mode: "update"; id: string; unchangedSince?: Date } | { mode: "upsert" };

export type SaveSkuResult =
  | { ok: true; id: string; code: string; created: boolean }
  | { ok: false; reason: "notFound" | "conflict" | "changed" }
  | { ok: false; reason: "invalid"; issues: FieldIssue[] };

/** A unique constraint failed (re-exported for the modules that import it from here). */

/**
 * Saves one SKU of the actor's merchant, with an audit entry, in one
 * transaction. The merchant is part of every lookup, so another merchant's
 * SKU id is simply not found.
 */
export async function saveSku(
  db: Db,
  actor: SkuActor,
  data: SkuData,
  target: SaveTarget,
  source: StockSource,
  /** The form's low-stock threshold (the merchant's home); other writers leave it as it is. */
  lowStockThreshold?: number,
): Promise<SaveSkuResult> {
  try {
    return await db.$transaction(async (tx) => {
      const ctx = await loadSkuContext(tx, actor.merchantId);
      const sameCode = await tx.sku.findFirst({
        where: { merchantId: actor.merchantId, code: data.code },
        select: { id: true },
      });
      let id: string | null = null;
      if (target.mode === "update") {
        const existing = await tx.sku.findFirst({
          where: { id: target.id, merchantId: actor.merchantId },
          select: { id: true },
        });
        if (!existing) return { ok: false, reason: "notFound" } as const;
        id = existing.id;
      } else if (target.mode === "upsert") {
        id = sameCode?.id ?? null;
      }
      if (sameCode && sameCode.id !== id) return { ok: false, reason: "conflict" } as const;
      const issues = referenceIssues(ctx, data);
      if (issues.length) return { ok: false, reason: "invalid", issues } as const;
      if (target.mode === "update" && target.unchangedSince) {
        // Claimed only while the row is the version the caller read: on PostgreSQL the update locks
        // the row, so of two conditional writes the second finds it changed; SQLite runs them one by one.
        const claimed = await tx.sku.updateMany({
          where: { id: target.id, merchantId: actor.merchantId, updatedAt: target.unchangedSince },
          data: { updatedAt: new Date() },
        });
        if (claimed.count !== 1) return { ok: false, reason: "changed" } as const;
      }
      const written = await writeSkus(tx, ctx, [{ id, data }], { source, actorId: actor.userId });
      const skuId = written.ids[0];
      if (lowStockThreshold !== undefined) await tx.sku.update({ where: { id: skuId }, data: { lowStockThreshold } });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: id ? "sku.update" : "sku.create",
        entityType: "Sku",
        entityId: skuId,
        details: { merchantId: actor.merchantId, code: data.code, source },
      });
      return { ok: true, id: skuId, code: data.code, created: !id } as const;
    });
  } catch (error) {
    // Another request took the code between our check and the write.
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}
