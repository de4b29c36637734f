import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { SKU_DETAIL } from "./list-skus";
import { lookupId } from "@/lib/validation/text";

/** One of the merchant's SKUs by id, or null: another merchant's id finds nothing. */
export function getSkuById(db: DbOrTx, merchantId: string, id: string) {
  return db.sku.findFirst({
    where: { id: lookupId(id), merchantId },
    select: { ...SKU_DETAIL, _count: { select: { stockChanges: true } } },
  });
}

/** One of the merchant's SKUs by its code, or null. */
export function getSkuByCode(db: DbOrTx, merchantId: string, code: string) {
  return db.sku.findFirst({ where: { merchantId, code }, select: SKU_DETAIL });
}
