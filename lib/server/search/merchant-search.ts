import "server-only";
import { db } from "@/lib/server/db";
import { exactSkuWhere } from "@/lib/server/skus/list-skus";
import { merchantDeclarationWhere } from "@/lib/server/declarations/list-declarations";
import { queryString } from "@/lib/forms/search-params";
import { SkuFilters } from "@/lib/validation/sku";
import { searchGroup } from "./search-group";

/**
 * What a merchant's people find: their own SKUs (code or name, archived ones
 * too) and their own declarations (by reference). The merchant id comes
 * from the session and is part of every where clause.
 */
export async function searchForMerchant(merchantId: string, q: string) {
  const [skuWhere, declarationWhere] = await Promise.all([
    exactSkuWhere(db, merchantId, SkuFilters.parse({ q, status: "ALL" })),
    merchantDeclarationWhere(merchantId, { q }),
  ]);
  const [skus, declarations] = await Promise.all([
    searchGroup({
      find: (take) =>
        db.sku.findMany({
          where: skuWhere,
          orderBy: [{ code: "asc" }],
          take,
          select: { id: true, code: true, nameZh: true, nameEn: true, status: true },
        }),
      count: () => db.sku.count({ where: skuWhere }),
      listHref: `/merchant/skus?${queryString({ q, status: "ALL" })}`,
    }),
    searchGroup({
      find: (take) =>
        db.declaration.findMany({
          where: declarationWhere,
          orderBy: [{ declaredOn: "desc" }, { createdAt: "desc" }],
          take,
          select: {
            id: true,
            reference: true,
            declaredOn: true,
            customsMode: true,
            direction: true,
            country: true,
            valueMinor: true,
            currency: true,
          },
        }),
      count: () => db.declaration.count({ where: declarationWhere }),
      listHref: `/merchant/declarations?${queryString({ q })}`,
    }),
  ]);
  return { skus, declarations };
}

export type MerchantSearchResults = Awaited<ReturnType<typeof searchForMerchant>>;
