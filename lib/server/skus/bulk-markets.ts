import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { BulkMarketsInput } from "@/lib/validation/sku";
import type { SkuActor } from "./context";

export type BulkMarketsResult = { ok: true; count: number } | { ok: false; reason: "notFound" };

/**
 * Adds, removes or sets target markets on several SKUs at once. Every id must
 * be one of the actor's merchant's SKUs, or nothing changes.
 */
export async function bulkEditMarkets(db: Db, actor: SkuActor, input: BulkMarketsInput): Promise<BulkMarketsResult> {
  const ids = [...new Set(input.ids)];
  return db.$transaction(async (tx) => {
    const owned = await tx.sku.count({ where: { id: { in: ids }, merchantId: actor.merchantId } });
    if (owned !== ids.length) return { ok: false, reason: "notFound" } as const;
    if (input.mode === "remove") {
      await tx.skuMarket.deleteMany({ where: { skuId: { in: ids }, country: { in: input.markets } } });
    } else {
      if (input.mode === "replace") await tx.skuMarket.deleteMany({ where: { skuId: { in: ids } } });
      const present =
        input.mode === "add"
          ? new Set(
              (await tx.skuMarket.findMany({ where: { skuId: { in: ids }, country: { in: input.markets } } })).map(
                (m) => `${m.skuId}|${m.country}`,
              ),
            )
          : new Set<string>();
      const rows = ids
        .flatMap((skuId) => input.markets.map((country) => ({ skuId, country })))
        .filter((r) => !present.has(`${r.skuId}|${r.country}`));
      if (rows.length) await tx.skuMarket.createMany({ data: rows });
    }
    await tx.sku.updateMany({ where: { id: { in: ids } }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "sku.bulk_markets",
      entityType: "Merchant",
      entityId: actor.merchantId,
      details: { mode: input.mode, markets: input.markets, skuIds: ids },
    });
    return { ok: true, count: ids.length } as const;
  });
}
