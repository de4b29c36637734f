import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/server/db";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { SKU_FILTER_FIELDS as F } from "@/lib/validation/sku";
import { recordId } from "@/lib/validation/text";
import { paginate } from "@/lib/paging";
import { activeSkuWhere } from "@/lib/server/counts/definitions";
import { skuFilterWhere } from "./list-skus";

export const CATALOG_PAGE_SIZE = 25;

/** The cross-merchant catalog's filters, from the URL; anything odd falls back to the default. */
export const CatalogFilters = z.object({
  q: F.q.catch("").default(""),
  park: recordId().optional().catch(undefined),
  chapter: F.chapter.optional().catch(undefined),
  market: F.market.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type CatalogFilters = z.output<typeof CatalogFilters>;

/**
 * Staff see every park's active SKUs, an operator only its own park's: the
 * scope is part of every query. Active SKUs, merchants with one and targeted
 * markets are counted as lib/server/counts defines them. Read-only.
 */
export async function getCatalogOverview(user: ScopeUser, filters: CatalogFilters) {
  const merchant: Prisma.MerchantWhereInput = { ...(filters.park ? { parkId: filters.park } : {}), ...parkScope(user) };
  const where: Prisma.SkuWhereInput = {
    ...skuFilterWhere({ ...filters, status: "ACTIVE" }),
    ...activeSkuWhere(merchant),
  };
  const paging = paginate(filters.page, CATALOG_PAGE_SIZE, await db.sku.count({ where }));
  const [items, byChapter, byMerchant, byMarket] = await Promise.all([
    db.sku.findMany({
      where,
      orderBy: [{ code: "asc" }, { id: "asc" }],
      skip: paging.skip,
      take: paging.take,
      select: {
        id: true,
        code: true,
        nameZh: true,
        nameEn: true,
        hsCode: true,
        merchant: { select: { nameZh: true, nameEn: true, park: { select: { nameZh: true, nameEn: true } } } },
        stocks: { select: { quantity: true } },
        _count: { select: { markets: true } },
      },
    }),
    db.sku.groupBy({ by: ["hsChapter"], where, _count: { _all: true }, orderBy: { _count: { hsChapter: "desc" } } }),
    db.sku.groupBy({ by: ["merchantId"], where, _count: { _all: true } }),
    db.skuMarket.groupBy({
      by: ["country"],
      where: { sku: where },
      _count: { _all: true },
      orderBy: { _count: { country: "desc" } },
    }),
  ]);
  const merchants = await db.merchant.findMany({
    where: { id: { in: byMerchant.map((m) => m.merchantId) } },
    select: { id: true, park: { select: { id: true, nameZh: true, nameEn: true } } },
  });
  const parkOf = new Map(merchants.map((m) => [m.id, m.park]));
  const parks = new Map<
    string,
    { park: { id: string; nameZh: string; nameEn: string }; skus: number; merchants: number }
  >();
  for (const row of byMerchant) {
    const park = parkOf.get(row.merchantId);
    if (!park) continue;
    const entry = parks.get(park.id) ?? { park, skus: 0, merchants: 0 };
    entry.skus += row._count._all;
    entry.merchants += 1;
    parks.set(park.id, entry);
  }
  return {
    items,
    ...paging,
    merchantCount: byMerchant.length,
    byPark: [...parks.values()].sort((a, b) => b.skus - a.skus),
    byChapter: byChapter.map((c) => ({ chapter: c.hsChapter, skus: c._count._all })),
    byMarket: byMarket.map((m) => ({ country: m.country, skus: m._count._all })),
  };
}
