import "server-only";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { defineList, listOrderBy, countedPage, parseListQuery, type ListQuery, type SortDir } from "@/lib/paging";
import type { Locale } from "@/lib/i18n/config";
import { lookupId } from "@/lib/validation/text";

/** The partner list's sortable columns; active ones first (then by kind and name) unless the URL says otherwise. */
export const PARTNER_LIST = defineList({
  columns: { name: "asc", kind: "asc", status: "desc" },
  sort: "status",
  dir: "desc",
});
export type PartnerQuery = ListQuery<keyof typeof PARTNER_LIST.columns>;

/** The managed partner list in the order asked for. */
export async function listPartners(query: PartnerQuery = parseListQuery(PARTNER_LIST, {}), locale: Locale = "zh-CN") {
  const name = locale === "en" ? "nameEn" : "nameZh";
  const orders: Record<PartnerQuery["sort"], (d: SortDir) => Prisma.PartnerOrderByWithRelationInput[]> = {
    name: (d) => [{ [name]: d }],
    kind: (d) => [{ kind: d }, { [name]: "asc" }],
    status: (d) => [{ active: d }, { kind: "asc" }, { [name]: "asc" }],
  };
  const { paging, rows: items } = await countedPage(
    query.page,
    query.size,
    () => db.partner.count(),
    ({ skip, take }) =>
      db.partner.findMany({
        orderBy: listOrderBy(orders, query),
        skip,
        take,
        include: { platform: { select: { nameZh: true, nameEn: true } } },
      }),
  );
  return { items, ...paging };
}

export function getPartner(id: string) {
  return db.partner.findUnique({ where: { id: lookupId(id) } });
}

export function listPlatformOptions() {
  return db.platform.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}
