import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";

export type MarketRow = { country: string; skus: number; stock: number };

/**
 * For each target market of a merchant's active SKUs: how many SKUs target
 * it and how much stock they hold. One grouped query; the quoted names work
 * on SQLite and PostgreSQL alike.
 */
export async function getMarketSummary(db: DbOrTx, merchantId: string) {
  const rows = await db.$queryRaw<{ country: string; skus: bigint | number; stock: bigint | number | null }[]>`
    SELECT m."country" AS country, COUNT(DISTINCT k."id") AS skus, SUM(s."quantity") AS stock
    FROM "SkuMarket" m
    JOIN "Sku" k ON k."id" = m."skuId"
    LEFT JOIN "SkuStock" s ON s."skuId" = k."id"
    WHERE k."merchantId" = ${merchantId} AND k."status" = 'ACTIVE'
    GROUP BY m."country"`;
  const [activeSkus, withoutMarket] = await Promise.all([
    db.sku.count({ where: { merchantId, status: "ACTIVE" } }),
    db.sku.count({ where: { merchantId, status: "ACTIVE", markets: { none: {} } } }),
  ]);
  const markets: MarketRow[] = rows
    .map((r) => ({ country: r.country, skus: Number(r.skus), stock: Number(r.stock ?? 0) }))
    .sort((a, b) => b.skus - a.skus || b.stock - a.stock || (a.country < b.country ? -1 : 1));
  return { markets, activeSkus, withoutMarket };
}
