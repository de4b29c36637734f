import "server-only";
import { z } from "zod";
import { urlDay } from "@/lib/validation/url-day";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { defineList, listOrderBy, countedPage, parseListQuery, type ListQuery, type SortDir } from "@/lib/paging";
import type { Locale } from "@/lib/i18n/config";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { shanghaiDays } from "@/lib/time/shanghai";
import { plainText, recordId } from "@/lib/validation/text";
import { lookupId } from "@/lib/validation/text";
import { providerOf } from "@/lib/db/provider";
import { textWhere, tooBroadPage, unlessTooBroad } from "@/lib/server/search/contains-text";
import { readInBatches } from "@/lib/server/exports/list-export";
import { READ_AUDIT_ACTIONS } from "@/lib/server/audit/audit-actions";

const STATUSES = ["PENDING", "REVISION_REQUESTED", "APPROVED", "REJECTED", "SUSPENDED", "ALL"] as const;
export type QueueStatus = (typeof STATUSES)[number];

/** The queue's filters as they come from the URL; anything odd falls back to the default. */
export const QueueFilters = z.object({
  status: z.enum(STATUSES).catch("PENDING").default("PENDING"),
  park: recordId().optional().catch(undefined),
  from: urlDay,
  to: urlDay,
  /** Part of the company's Chinese or English name, or of its USCC. */
  q: plainText(100).optional().catch(undefined),
});
export type QueueFilters = z.infer<typeof QueueFilters>;

/** The queue's sortable columns; oldest submission first unless the URL says otherwise. */
export const QUEUE_LIST = defineList({
  columns: { company: "asc", uscc: "asc", park: "asc", status: "asc", submitted: "asc" },
  sort: "submitted",
  dir: "asc",
});
export type QueueQuery = ListQuery<keyof typeof QUEUE_LIST.columns>;

function queueOrder(query: QueueQuery, locale: Locale) {
  const name = locale === "en" ? "nameEn" : "nameZh";
  const orders: Record<QueueQuery["sort"], (d: SortDir) => Prisma.MerchantOrderByWithRelationInput[]> = {
    company: (d) => [{ [name]: d }],
    uscc: (d) => [{ uscc: d }],
    park: (d) => [{ park: { [name]: d } }, { submittedAt: d }],
    status: (d) => [{ verificationStatus: d }, { accountState: d }, { submittedAt: d }],
    submitted: (d) => [{ submittedAt: d }],
  };
  return listOrderBy(orders, query);
}

export function countAwaitingReview(user: ScopeUser): Promise<number> {
  return db.merchant.count({ where: { ...parkScope(user), verificationStatus: "PENDING" } });
}

/** The queue's rows as a where clause, within the user's scope. */
export async function reviewQueueWhere(user: ScopeUser, filters: Omit<QueueFilters, "page">) {
  const statusWhere =
    filters.status === "ALL"
      ? {}
      : filters.status === "SUSPENDED"
        ? { accountState: "SUSPENDED" as const }
        : { verificationStatus: filters.status };
  // The USCC's letters match in either case too; % and _ as themselves on either database (textWhere).
  const text = filters.q
    ? await textWhere(db, providerOf(db), "Merchant", ["nameZh", "nameEn", "uscc"], filters.q)
    : null;
  return {
    ...statusWhere,
    ...(filters.park ? { parkId: filters.park } : {}),
    ...(filters.from || filters.to ? { submittedAt: shanghaiDays(filters.from, filters.to) } : {}),
    ...(text ? { AND: [text] } : {}),
    // Last, so that an operator's park always wins over the park filter.
    ...parkScope(user),
  };
}

/** The review queue in the order asked for (oldest submission first by default), within the user's scope. */
export async function listReviewQueue(
  user: ScopeUser,
  filters: QueueFilters,
  query: QueueQuery = parseListQuery(QUEUE_LIST, {}),
  locale: Locale = "zh-CN",
) {
  const where = await unlessTooBroad(reviewQueueWhere(user, filters));
  if (!where) return tooBroadPage(query.size);
  const { paging, rows: items } = await countedPage(
    query.page,
    query.size,
    () => db.merchant.count({ where }),
    ({ skip, take }) =>
      db.merchant.findMany({
        where,
        orderBy: queueOrder(query, locale),
        skip,
        take,
        select: {
          id: true,
          nameZh: true,
          nameEn: true,
          uscc: true,
          verificationStatus: true,
          accountState: true,
          submittedAt: true,
          park: { select: { nameZh: true, nameEn: true } },
        },
      }),
  );
  return { items, ...paging, tooBroad: false };
}

/** How many merchants an export of the queue as filtered would hold, within the user's scope. */
export async function countReviewQueue(user: ScopeUser, filters: QueueFilters) {
  return db.merchant.count({ where: await reviewQueueWhere(user, filters) });
}

/** Every merchant of the queue as filtered and sorted, within the user's scope, for the CSV export. */
export async function exportReviewQueue(
  user: ScopeUser,
  filters: QueueFilters,
  query: QueueQuery,
  locale: Locale,
  limit: number,
) {
  const where = await reviewQueueWhere(user, filters);
  const orderBy = queueOrder(query, locale);
  return readInBatches(limit, (skip, take) =>
    db.merchant.findMany({
      where,
      orderBy,
      skip,
      take,
      select: {
        nameZh: true,
        nameEn: true,
        uscc: true,
        verificationStatus: true,
        accountState: true,
        submittedAt: true,
        reviewedAt: true,
        park: { select: { nameZh: true, nameEn: true } },
      },
    }),
  );
}

/** One merchant with everything it submitted, or null outside the user's scope. */
export function getMerchantForReview(user: ScopeUser, id: string) {
  return db.merchant.findFirst({
    where: { id: lookupId(id), ...parkScope(user) },
    include: {
      park: { include: { zone: true } },
      platforms: { include: { platform: true }, orderBy: { platform: { sortOrder: "asc" } } },
      categories: { orderBy: { hsChapter: "asc" } },
      memberships: {
        include: { user: { select: { name: true, email: true, createdAt: true, lastLoginAt: true } } },
        orderBy: { createdAt: "asc" },
      },
      logo: { select: { updatedAt: true } },
    },
  });
}

export function getReviewHistory(merchantId: string) {
  return db.auditLog.findMany({
    // Its decisions and changes; who opened the page is the audit log's, not the history's.
    where: { entityType: "Merchant", entityId: merchantId, action: { notIn: [...READ_AUDIT_ACTIONS] } },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { actor: { select: { name: true, role: true } } },
  });
}
