import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/server/db";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { SKU_FILTER_FIELDS as F } from "@/lib/validation/sku";
import { recordId } from "@/lib/validation/text";
import { countedPage, defineList, listOrderBy, parseListQuery, type ListQuery, type SortDir } from "@/lib/paging";
import type { Locale } from "@/lib/i18n/config";
import { activeSkuWhere } from "@/lib/server/counts/definitions";
import { readInBatches } from "@/lib/server/exports/list-export";
import { skuFilterWhere } from "./list-skus";
import { tooBroadPage, unlessTooBroad } from "@/lib/server/search/contains-text";

/** The cross-merchant catalog's filters, from the URL; anything odd falls back to the default. */
export const CatalogFilters = z.object({
  q: F.q.catch("").default(""),
  park: recordId().optional().catch(undefined),
  chapter: F.chapter.optional().catch(undefined),
  market: F.market.optional().catch(undefined),
});
export type CatalogFilters = z.output<typeof CatalogFilters>;

/** The catalog's sortable columns; by SKU code unless the URL says otherwise. */
export const CATALOG_LIST = defineList({
  columns: { code: "asc", name: "asc", merchant: "asc", park: "asc", hsCode: "asc", markets: "desc" },
  sort: "code",
  dir: "asc",
});
export type CatalogQuery = ListQuery<keyof typeof CATALOG_LIST.columns>;

/** Each column's order in the database; names in the reader's language. */
function catalogOrder(query: CatalogQuery, locale: Locale) {
  const name = locale === "en" ? "nameEn" : "nameZh";
  const orders: Record<CatalogQuery["sort"], (d: SortDir) => Prisma.SkuOrderByWithRelationInput[]> = {
    code: (d) => [{ code: d }],
    name: (d) => [{ [name]: d }],
    merchant: (d) => [{ merchant: { [name]: d } }, { code: d }],
    park: (d) => [{ merchant: { park: { [name]: d } } }, { merchant: { [name]: d } }, { code: d }],
    hsCode: (d) => [{ hsCode: d }, { code: d }],
    markets: (d) => [{ markets: { _count: d } }, { code: d }],
  };
  return listOrderBy(orders, query);
}

/**
 * The where clause of the catalog's rows: active SKUs of approved merchants,
 * within the user's scope (spread last, so no filter widens it); the search as
 * the merchant's own list matches it.
 */
export async function catalogWhere(user: ScopeUser, filters: CatalogFilters): Promise<Prisma.SkuWhereInput> {
  const merchant: Prisma.MerchantWhereInput = { ...(filters.park ? { parkId: filters.park } : {}), ...parkScope(user) };
  return { ...(await skuFilterWhere(db, { ...filters, status: "ACTIVE" })), ...activeSkuWhere(merchant) };
}

/**
 * Staff see every park's active SKUs, an operator only its own park's: the
 * scope is part of every query. Active SKUs, merchants with one and targeted
 * markets are counted as lib/server/counts defines them. Read-only.
 */
export async function getCatalogOverview(
  user: ScopeUser,
  filters: CatalogFilters,
  query: CatalogQuery = parseListQuery(CATALOG_LIST, {}),
  locale: Locale = "zh-CN",
) {
  const where = await unlessTooBroad(catalogWhere(user, filters));
  if (!where) return { ...tooBroadPage(query.size), merchantCount: 0, byPark: [], byChapter: [], byMarket: [] };
  // The SKUs per merchant give the total as well (their sum): the page is read beside them, no COUNT of its own.
  // `.then` starts the one query now, as a plain promise that both the count and the park totals await.
  const perMerchant = db.sku.groupBy({ by: ["merchantId"], where, _count: { _all: true } }).then((rows) => rows);
  const [{ paging, rows: items }, byChapter, byMerchant, byMarket] = await Promise.all([
    countedPage(
      query.page,
      query.size,
      async () => (await perMerchant).reduce((total, m) => total + m._count._all, 0),
      ({ skip, take }) =>
        db.sku.findMany({
          where,
          orderBy: catalogOrder(query, locale),
          skip,
          take,
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
    ),
    db.sku.groupBy({ by: ["hsChapter"], where, _count: { _all: true }, orderBy: { _count: { hsChapter: "desc" } } }),
    perMerchant,
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
    tooBroad: false,
  };
}

/** How many rows an export of the catalog as filtered would hold, within the user's scope. */
export async function countCatalog(user: ScopeUser, filters: CatalogFilters) {
  return db.sku.count({ where: await catalogWhere(user, filters) });
}

/** Every row of the catalog as filtered and sorted, within the user's scope, for the CSV export. */
export async function exportCatalog(
  user: ScopeUser,
  filters: CatalogFilters,
  query: CatalogQuery,
  locale: Locale,
  limit: number,
) {
  const where = await catalogWhere(user, filters);
  const orderBy = catalogOrder(query, locale);
  return readInBatches(limit, (skip, take) =>
    db.sku.findMany({
      where,
      orderBy,
      skip,
      take,
      select: {
        code: true,
        nameZh: true,
        nameEn: true,
        hsCode: true,
        merchant: {
          select: { nameZh: true, nameEn: true, uscc: true, park: { select: { nameZh: true, nameEn: true } } },
        },
        stocks: { select: { quantity: true } },
        markets: { select: { country: true }, orderBy: { country: "asc" } },
      },
    }),
  );
}
