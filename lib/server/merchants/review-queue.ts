import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { paginate } from "@/lib/paging";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { shanghaiDays } from "@/lib/time/shanghai";
import { plainText, recordId } from "@/lib/validation/text";
import { lookupId } from "@/lib/validation/text";
import { providerOf } from "@/lib/db/provider";
import { containsText } from "@/lib/server/search/contains-text";
import { READ_AUDIT_ACTIONS } from "@/lib/server/audit/audit-actions";

export const QUEUE_PAGE_SIZE = 25;
const STATUSES = ["PENDING", "REVISION_REQUESTED", "APPROVED", "REJECTED", "SUSPENDED", "ALL"] as const;
export type QueueStatus = (typeof STATUSES)[number];

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The queue's filters as they come from the URL; anything odd falls back to the default. */
export const QueueFilters = z.object({
  status: z.enum(STATUSES).catch("PENDING").default("PENDING"),
  park: recordId().optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  /** Part of the company's Chinese or English name, or of its USCC. */
  q: plainText(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type QueueFilters = z.infer<typeof QueueFilters>;

export function countAwaitingReview(user: ScopeUser): Promise<number> {
  return db.merchant.count({ where: { ...parkScope(user), verificationStatus: "PENDING" } });
}

/** The queue's rows as a where clause, within the user's scope. */
export function reviewQueueWhere(user: ScopeUser, filters: Omit<QueueFilters, "page">) {
  const statusWhere =
    filters.status === "ALL"
      ? {}
      : filters.status === "SUSPENDED"
        ? { accountState: "SUSPENDED" as const }
        : { verificationStatus: filters.status };
  // The USCC's letters match in either case too.
  const text = filters.q ? containsText(filters.q, providerOf(db)) : null;
  return {
    ...statusWhere,
    ...(filters.park ? { parkId: filters.park } : {}),
    ...(filters.from || filters.to ? { submittedAt: shanghaiDays(filters.from, filters.to) } : {}),
    ...(text ? { OR: [{ nameZh: text }, { nameEn: text }, { uscc: text }] } : {}),
    // Last, so that an operator's park always wins over the park filter.
    ...parkScope(user),
  };
}

/** The review queue: oldest submission first, within the user's scope. */
export async function listReviewQueue(user: ScopeUser, filters: QueueFilters) {
  const where = reviewQueueWhere(user, filters);
  const paging = paginate(filters.page, QUEUE_PAGE_SIZE, await db.merchant.count({ where }));
  const items = await db.merchant.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
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
  });
  return { items, ...paging };
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
