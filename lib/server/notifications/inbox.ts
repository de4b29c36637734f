import "server-only";
import { db } from "@/lib/server/db";
import { paginate, type PageRequest } from "@/lib/paging";

export const INBOX_PAGE_SIZE = 20;

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** One page of a user's notifications, newest first. */
export async function listNotifications(userId: string, page: PageRequest) {
  const paging = paginate(page, INBOX_PAGE_SIZE, await db.notification.count({ where: { userId } }));
  const items = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: paging.skip,
    take: paging.take,
  });
  return { items, ...paging };
}

/** Marks one of the user's own notifications read; another user's id matches nothing. */
export async function markNotificationRead(userId: string, id: string): Promise<boolean> {
  const res = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return res.count > 0;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  const res = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return res.count;
}
