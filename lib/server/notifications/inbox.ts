import "server-only";
import { db } from "@/lib/server/db";

export const INBOX_PAGE_SIZE = 20;

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** One page of a user's notifications, newest first. */
export async function listNotifications(userId: string, page: number) {
  const total = await db.notification.count({ where: { userId } });
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
  });
  return { items, total, page: current, pages };
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
