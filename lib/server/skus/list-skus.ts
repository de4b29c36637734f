// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { DbOrTx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { SkuFilters } from "@/lib/validation/sku";
import { countedPage, DEFAULT_PAGE_SIZE, defineList, listOrderBy, type ListQuery, type SortDir } from "@/lib/paging";
import { providerOf } from "@/lib/db/provider";
import { textWhere, tooBroadPage, unlessTooBroad } from "@/lib/server/search/contains-text";

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

/** SKU_DETAIL's own columns, without the linked rows. */
const SKU_COLUMNS = Object.fromEntries(Object.entries(SKU_DETAIL).filter(([, v]) => v === true)) as unknown as Omit<
  { [K in keyof typeof SKU_DETAIL]: true },
  "markets" | "platforms" | "stocks"
>;

type SkuRow = Prisma.SkuGetPayload<{ select: typeof SKU_COLUMNS }>;
type SkuLink = { skuId: string; kind: "m" | "p" | "w"; code: string; quantity: number | bigint | null };

/**
 * Rows as SKU_DETAIL gives them, with their markets, platforms and stock read
 * in ONE statement (Prisma's nested selects take five: markets, the platform
 * links, the platforms, the stock, the warehouses). Same orders: markets by
 * country, stock by warehouse code; platforms by code.
 */
export async function withSkuLinks(db: DbOrTx, rows: SkuRow[]): Promise<SkuDetail[]> {
  if (!rows.length) return [];
  const ids = Prisma.join(rows.map((r) => r.id));
  const links = await db.$queryRaw<SkuLink[]>`
    SELECT "skuId", 'm' AS "kind", "country" AS "code", CAST(NULL AS INTEGER) AS "quantity" FROM "SkuMarket" WHERE "skuId" IN (${ids})
    UNION ALL
    SELECT sp."skuId", 'p', p."code", NULL FROM "SkuPlatform" sp JOIN "Platform" p ON p."id" = sp."platformId"
    WHERE sp."skuId" IN (${ids})
    UNION ALL
    SELECT s."skuId", 'w', w."code", s."quantity" FROM "SkuStock" s JOIN "Warehouse" w ON w."id" = s."warehouseId"
    WHERE s."skuId" IN (${ids})
    ORDER BY 2, 3`;
  const bySku = new Map(rows.map((r) => [r.id, { ...r, markets: [], platforms: [], stocks: [] } as SkuDetail]));
  for (const link of links) {
    const sku = bySku.get(link.skuId)!;
    if (link.kind === "m") sku.markets.push({ country: link.code });
    else if (link.kind === "p") sku.platforms.push({ platform: { code: link.code } });
    else sku.stocks.push({ quantity: Number(link.quantity), warehouse: { code: link.code } });
  }
  return [...bySku.values()];
}

/**
 * The filters as a where clause, without any scope; callers add theirs. The
 * search finds the code or either name as typed, `%` and `_` as themselves on
 * either database (textWhere): `q=%` finds the SKUs whose code or name holds a
 * percent sign, never all of them.
 */
export async function skuFilterWhere(db: DbOrTx, filters: SkuFilters): Promise<Prisma.SkuWhereInput> {
  const where: Prisma.SkuWhereInput = {};
  if (filters.status !== "ALL") where.status = filters.status;
  if (filters.q) where.AND = [await textWhere(db, providerOf(db), "Sku", ["code", "nameZh", "nameEn"], filters.q)];
  if (filters.market) where.markets = { some: { country: filters.market } };
  if (filters.chapter) where.hsChapter = filters.chapter;
  if (filters.warehouse) where.stocks = { some: { quantity: { gt: 0 }, warehouse: { code: filters.warehouse } } };
  return where;
}

/**
 * One merchant's SKUs matching the filters; the merchant is always part of the
 * query. For everything that counts, pages or walks them: the list, its
 * export, the search and the API.
 */
export async function exactSkuWhere(
  db: DbOrTx,
  merchantId: string,
  filters: SkuFilters,
): Promise<Prisma.SkuWhereInput> {
  return { ...(await skuFilterWhere(db, filters)), merchantId };
}

/** The SKU list's sortable columns (each with its first direction) and its default order: by code. */
export const SKU_LIST = defineList({
  columns: { code: "asc", name: "asc", hsCode: "asc", price: "desc", status: "asc", updated: "desc" },
  sort: "code",
  dir: "asc",
});
export type SkuSortKey = keyof typeof SKU_LIST.columns;
export type SkuListQuery = ListQuery<SkuSortKey>;

const DEFAULT_QUERY: SkuListQuery = { page: 1, size: DEFAULT_PAGE_SIZE, sort: SKU_LIST.sort, dir: SKU_LIST.dir };

/**
 * The order of a list query for findMany, ending with the id so equal values keep one order. The name
 * sorts by the reader's language; prices sort within each currency.
 */
export function skuOrderBy(query: Pick<SkuListQuery, "sort" | "dir">, locale: "zh-CN" | "en" = "zh-CN") {
  const name = locale === "zh-CN" ? "nameZh" : "nameEn";
  const orders: Record<SkuSortKey, (dir: SortDir) => Prisma.SkuOrderByWithRelationInput[]> = {
    code: (dir) => [{ code: dir }],
    name: (dir) => [{ [name]: dir }, { code: "asc" }],
    hsCode: (dir) => [{ hsCode: dir }, { code: "asc" }],
    price: (dir) => [{ currency: "asc" }, { unitPriceMinor: dir }, { code: "asc" }],
    status: (dir) => [{ status: dir }, { code: "asc" }],
    updated: (dir) => [{ updatedAt: dir }, { code: "asc" }],
  };
  return listOrderBy(orders, query);
}

/** A page of a merchant's SKUs, counted beside it (countedPage) so the page itself stays a small query. */
export async function listSkus(
  db: DbOrTx,
  merchantId: string,
  params: SkuFilters,
  query: SkuListQuery = DEFAULT_QUERY,
  locale: "zh-CN" | "en" = "zh-CN",
) {
  const where = await unlessTooBroad(exactSkuWhere(db, merchantId, params));
  if (!where) return tooBroadPage(query.size);
  const { paging, rows } = await countedPage(
    query.page,
    query.size,
    () => db.sku.count({ where }),
    ({ skip, take }) => db.sku.findMany({ where, orderBy: skuOrderBy(query, locale), skip, take, select: SKU_COLUMNS }),
  );
  return { items: await withSkuLinks(db, rows), ...paging, tooBroad: false };
}

/**
 * Keyset pagination by code (unique per merchant), for the API and the
 * export: the rows after a code, never an offset that grows with the page.
 */
export async function listSkusAfter(db: DbOrTx, where: Prisma.SkuWhereInput, after: string | null, limit: number) {
  const rows = await db.sku.findMany({
    where: after === null ? where : { AND: [where, { code: { gt: after } }] },
    orderBy: { code: "asc" },
    take: limit,
    select: SKU_COLUMNS,
  });
  return withSkuLinks(db, rows);
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
