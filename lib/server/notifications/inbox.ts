import "server-only";
import { db } from "@/lib/server/db";
import { defineList, countedPage, type PageRequest } from "@/lib/paging";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { lookupId } from "@/lib/validation/text";

export const INBOX_PAGE_SIZE = 20;

/** The inbox is a feed: newest first, or oldest first with `dir=asc`; pages and page sizes as every list. */
export const INBOX_LIST = defineList({ columns: { time: "desc" }, sort: "time", dir: "desc" });

/**
 * The kinds addressed to someone as a member of a company. Written before
 * notices carried their company (`merchantId` null), one of these is shown
 * only when it is no older than the reader's current membership: from an
 * earlier company, or from before the reader joined, it stays hidden.
 */
export const COMPANY_NOTICE_KINDS = [
  "merchant_approve",
  "merchant_reject",
  "merchant_request_revisions",
  "merchant_suspend",
  "merchant_reinstate",
  "member_joined",
  "signup_confirmed",
  "signup_waitlisted",
  "signup_promoted",
  "event_cancelled",
  "sku_import_done",
  "sku_import_failed",
  "declaration_import_done",
  "declaration_import_failed",
] as const;

/**
 * What a user's inbox may show: notices of no company, and notices of the
 * company the user belongs to now. After someone leaves, nothing from the
 * old company shows, under a new company or none.
 */
export async function visibleNotifications(userId: string): Promise<Prisma.NotificationWhereInput> {
  const membership = await db.membership.findUnique({
    where: { userId },
    select: { merchantId: true, createdAt: true },
  });
  const personal: Prisma.NotificationWhereInput = {
    merchantId: null,
    kind: { notIn: [...COMPANY_NOTICE_KINDS] },
  };
  if (!membership) return { userId, OR: [personal] };
  return {
    userId,
    OR: [
      personal,
      { merchantId: membership.merchantId },
      { merchantId: null, kind: { in: [...COMPANY_NOTICE_KINDS] }, createdAt: { gte: membership.createdAt } },
    ],
  };
}

export async function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { ...(await visibleNotifications(userId)), readAt: null } });
}

/** One page of a user's notifications, newest first unless `dir` is asc. */
export async function listNotifications(
  userId: string,
  page: PageRequest,
  size = INBOX_PAGE_SIZE,
  dir: "asc" | "desc" = "desc",
) {
  const where = await visibleNotifications(userId);
  const { paging, rows: items } = await countedPage(
    page,
    size,
    () => db.notification.count({ where }),
    ({ skip, take }) =>
      db.notification.findMany({
        where,
        orderBy: [{ createdAt: dir }, { id: dir }],
        skip,
        take,
      }),
  );
  return { items, ...paging };
}

/** Marks one of the user's own notifications read; another user's id matches nothing. */
export async function markNotificationRead(userId: string, id: string): Promise<boolean> {
  const res = await db.notification.updateMany({
    where: { ...(await visibleNotifications(userId)), id: lookupId(id), readAt: null },
    data: { readAt: new Date() },
  });
  return res.count > 0;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  const res = await db.notification.updateMany({
    where: { ...(await visibleNotifications(userId)), readAt: null },
    data: { readAt: new Date() },
  });
  return res.count;
}
