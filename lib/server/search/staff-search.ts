import "server-only";
import { db } from "@/lib/server/db";
import type { ScopeUser } from "@/lib/server/auth/park-scope";
import { adminEventWhere } from "@/lib/server/events/admin-events";
import { reviewQueueWhere } from "@/lib/server/merchants/review-queue";
import { CatalogFilters, catalogWhere } from "@/lib/server/skus/catalog-overview";
import { queryString } from "@/lib/forms/search-params";
import { searchGroup } from "./search-group";

/**
 * What staff and park operators find: merchants (name or USCC, every review
 * status), active SKUs (code or name) and events (title or slug), each with
 * the where clause of its own list, so an operator finds only its park's
 * merchants and SKUs, as in the review queue and the catalog, and every
 * event, as in the event list.
 */
export async function searchForStaff(user: ScopeUser, q: string) {
  const [merchantWhere, skuWhere, eventWhere] = await Promise.all([
    reviewQueueWhere(user, { status: "ALL", q }),
    catalogWhere(user, CatalogFilters.parse({ q })),
    adminEventWhere({ status: "ALL", q }),
  ]);
  const [merchants, skus, events] = await Promise.all([
    searchGroup({
      find: (take) =>
        db.merchant.findMany({
          where: merchantWhere,
          orderBy: [{ nameZh: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            nameZh: true,
            nameEn: true,
            uscc: true,
            verificationStatus: true,
            accountState: true,
            park: { select: { nameZh: true, nameEn: true } },
          },
        }),
      count: () => db.merchant.count({ where: merchantWhere }),
      listHref: `/admin/merchants?${queryString({ status: "ALL", q })}`,
    }),
    searchGroup({
      find: (take) =>
        db.sku.findMany({
          where: skuWhere,
          orderBy: [{ code: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            code: true,
            nameZh: true,
            nameEn: true,
            merchant: { select: { id: true, nameZh: true, nameEn: true } },
          },
        }),
      count: () => db.sku.count({ where: skuWhere }),
      listHref: `/admin/catalog?${queryString({ q })}`,
    }),
    searchGroup({
      find: (take) =>
        db.event.findMany({
          where: eventWhere,
          orderBy: [{ startsAt: "desc" }, { id: "asc" }],
          take,
          select: { id: true, slug: true, titleZh: true, titleEn: true, startsAt: true, status: true },
        }),
      count: () => db.event.count({ where: eventWhere }),
      listHref: `/admin/events?${queryString({ q })}`,
    }),
  ]);
  return { merchants, skus, events };
}

export type StaffSearchResults = Awaited<ReturnType<typeof searchForStaff>>;
