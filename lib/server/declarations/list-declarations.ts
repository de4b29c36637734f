import "server-only";
import { db } from "@/lib/server/db";
import type { DeclarationFilters } from "@/lib/validation/declaration";
import { yearDays } from "@/lib/time/days";
import { providerOf } from "@/lib/db/provider";
import { textWhere, tooBroadPage, unlessTooBroad } from "@/lib/server/search/contains-text";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { DEFAULT_PAGE_SIZE, defineList, listOrderBy, countedPage, type ListQuery, type SortDir } from "@/lib/paging";

/** The declaration list's sortable columns (each with its first direction) and its default order: newest first. */
export const DECLARATION_LIST = defineList({
  columns: {
    declaredOn: "desc",
    reference: "asc",
    mode: "asc",
    direction: "asc",
    country: "asc",
    amount: "desc",
    valueCny: "desc",
  },
  sort: "declaredOn",
  dir: "desc",
});
export type DeclarationSortKey = keyof typeof DECLARATION_LIST.columns;
export type DeclarationListQuery = ListQuery<DeclarationSortKey>;

const ORDERS: Record<DeclarationSortKey, (dir: SortDir) => Prisma.DeclarationOrderByWithRelationInput[]> = {
  declaredOn: (dir) => [{ declaredOn: dir }, { createdAt: dir }],
  reference: (dir) => [{ reference: dir }],
  mode: (dir) => [{ customsMode: dir }, { declaredOn: "desc" }],
  direction: (dir) => [{ direction: dir }, { declaredOn: "desc" }],
  country: (dir) => [{ country: dir }, { declaredOn: "desc" }],
  // Amounts compare within a currency; the value in CNY compares across them.
  amount: (dir) => [{ currency: "asc" }, { valueMinor: dir }],
  valueCny: (dir) => [{ valueFen: dir }],
};

/** The order of a list query for findMany, ending with the id so that equal values keep one order. */
export function declarationOrderBy(query: Pick<DeclarationListQuery, "sort" | "dir">) {
  return listOrderBy(ORDERS, query);
}

/**
 * One merchant's declarations matching the list's filters; the merchant is
 * always part of the query. The reference search matches `%` and `_` as
 * themselves on either database (textWhere).
 */
export async function merchantDeclarationWhere(merchantId: string, filters: Partial<DeclarationFilters>) {
  return {
    merchantId,
    ...(filters.year ? { declaredOn: yearDays(filters.year) } : {}),
    ...(filters.mode ? { customsMode: filters.mode } : {}),
    ...(filters.direction ? { direction: filters.direction } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.q ? { AND: [await textWhere(db, providerOf(db), "Declaration", ["reference"], filters.q)] } : {}),
  };
}

const DEFAULT_QUERY: DeclarationListQuery = {
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  sort: DECLARATION_LIST.sort,
  dir: DECLARATION_LIST.dir,
};

/** A page of the merchant's own declarations in the order asked for; the merchant comes from the session. */
export async function listDeclarations(
  merchantId: string,
  filters: Partial<DeclarationFilters>,
  query: DeclarationListQuery = DEFAULT_QUERY,
) {
  const where = await unlessTooBroad(merchantDeclarationWhere(merchantId, filters));
  if (!where) return tooBroadPage(query.size);
  const { paging, rows: items } = await countedPage(
    query.page,
    query.size,
    () => db.declaration.count({ where }),
    ({ skip, take }) =>
      db.declaration.findMany({
        where,
        orderBy: declarationOrderBy(query),
        skip,
        take,
      }),
  );
  const platformIds = [...new Set(items.map((d) => d.platformId).filter((id): id is string => !!id))];
  const platforms = await db.platform.findMany({
    where: { id: { in: platformIds } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const platformById = new Map(platforms.map((p) => [p.id, p]));
  return {
    ...paging,
    items: items.map((d) => ({ ...d, platform: d.platformId ? (platformById.get(d.platformId) ?? null) : null })),
    tooBroad: false,
  };
}

/** One of the merchant's own declarations (for the notice after recording it); another merchant's is null. */
export function findOwnDeclaration(merchantId: string, id: string) {
  return db.declaration.findFirst({ where: { id, merchantId }, select: { id: true, valueFen: true, reference: true } });
}
