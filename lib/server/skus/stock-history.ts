import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";

/** The latest stock changes of one of the merchant's SKUs, newest first. */
export async function getStockHistory(db: DbOrTx, merchantId: string, skuId: string, take = 15) {
  const rows = await db.stockChange.findMany({
    where: { skuId, sku: { merchantId } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, warehouseId: true, delta: true, quantityAfter: true, source: true, createdAt: true },
  });
  const warehouses = await db.warehouse.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.warehouseId))] } },
    select: { id: true, code: true },
  });
  const code = new Map(warehouses.map((w) => [w.id, w.code]));
  return rows.map((r) => ({ ...r, warehouseCode: code.get(r.warehouseId) ?? "" }));
}
