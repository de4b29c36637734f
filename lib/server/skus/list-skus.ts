// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { DbOrTx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { SkuFilters, SkuListParams, SkuSort } from "@/lib/validation/sku";
import { paginate } from "@/lib/paging";
import { providerOf, type Provider } from "@/lib/db/provider";
import { containsText } from "@/lib/server/search/contains-text";

export const SKU_PAGE_SIZE = 25;

/** Everything shown of a SKU: in the list, the API and the export. */
export const SKU_DETAIL = {
  id: true,
  code: true,
  nameZh: true,
  nameEn: true,
  hsCode: true,
  hsChapter: true,
  originCountry: true,
  unitPriceMinor: true,
  currency: true,
  weightGrams: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  markets: { select: { country: true }, orderBy: { country: "asc" } },
  platforms: { select: { platform: { select: { code: true } } } },
  stocks: {
    select: { quantity: true, warehouse: { select: { code: true } } },
    orderBy: { warehouse: { code: "asc" } },
  },
} as const satisfies Prisma.SkuSelect;

export type SkuDetail = Prisma.SkuGetPayload<{ select: typeof SKU_DETAIL }>;

/**
 * The filters as a where clause, without any scope; callers add theirs. The
 * search matches as `containsText` does on the given database (SQLite's
 * rules when none is given).
 */
export function skuFilterWhere(filters: SkuFilters, provider: Provider = "sqlite"): Prisma.SkuWhereInput {
  const where: Prisma.SkuWhereInput = {};
  if (filters.status !== "ALL") where.status = filters.status;
  if (filters.q) {
    const text = containsText(filters.q, provider);
    where.OR = [{ code: text }, { nameZh: text }, { nameEn: text }];
  }
  if (filters.market) where.markets = { some: { country: filters.market } };
  if (filters.chapter) where.hsChapter = filters.chapter;
  if (filters.warehouse) where.stocks = { some: { quantity: { gt: 0 }, warehouse: { code: filters.warehouse } } };
  return where;
}

/** One merchant's SKUs matching the filters; the merchant is always part of the query. */
export function merchantSkuWhere(
  merchantId: string,
  filters: SkuFilters,
  provider: Provider = "sqlite",
): Prisma.SkuWhereInput {
  return { ...skuFilterWhere(filters, provider), merchantId };
}

function orderBy(sort: SkuSort, nameField: "nameZh" | "nameEn"): Prisma.SkuOrderByWithRelationInput[] {
  switch (sort) {
    case "-code":
      return [{ code: "desc" }];
    case "name":
      return [{ [nameField]: "asc" }, { code: "asc" }];
    case "-updated":
      return [{ updatedAt: "desc" }, { code: "asc" }];
    case "hs":
      return [{ hsCode: "asc" }, { code: "asc" }];
    default:
      return [{ code: "asc" }];
  }
}

/** A page of a merchant's SKUs, counted separately so the page itself stays a small query. */
export async function listSkus(
  db: DbOrTx,
  merchantId: string,
  params: SkuListParams,
  locale: "zh-CN" | "en" = "zh-CN",
) {
  const where = merchantSkuWhere(merchantId, params, providerOf(db));
  const paging = paginate(params.page, SKU_PAGE_SIZE, await db.sku.count({ where }));
  const items = await db.sku.findMany({
    where,
    orderBy: orderBy(params.sort, locale === "zh-CN" ? "nameZh" : "nameEn"),
    skip: paging.skip,
    take: paging.take,
    select: SKU_DETAIL,
  });
  return { items, ...paging };
}

/**
 * Keyset pagination by code (unique per merchant), for the API and the
 * export: the rows after a code, never an offset that grows with the page.
 */
export function listSkusAfter(db: DbOrTx, where: Prisma.SkuWhereInput, after: string | null, limit: number) {
  return db.sku.findMany({
    where: after === null ? where : { AND: [where, { code: { gt: after } }] },
    orderBy: { code: "asc" },
    take: limit,
    select: SKU_DETAIL,
  });
}

/** A SKU detail as the shape every writer takes, e.g. to fill the edit form or an export row. */
export function detailToData(sku: SkuDetail) {
  return {
    code: sku.code,
    nameZh: sku.nameZh,
    nameEn: sku.nameEn,
    hsCode: sku.hsCode,
    originCountry: sku.originCountry,
    unitPriceMinor: sku.unitPriceMinor,
    currency: sku.currency,
    weightGrams: sku.weightGrams,
    status: sku.status,
    markets: sku.markets.map((m) => m.country),
    platforms: sku.platforms.map((p) => p.platform.code).sort(),
    stock: Object.fromEntries(sku.stocks.filter((s) => s.quantity > 0).map((s) => [s.warehouse.code, s.quantity])),
  };
}

export function totalStock(sku: Pick<SkuDetail, "stocks">): number {
  return sku.stocks.reduce((sum, s) => sum + s.quantity, 0);
}
