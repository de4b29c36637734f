import "server-only";
import { db } from "@/lib/server/db";
import { SECURITY_ALERT_KIND } from "@/lib/server/observability/alerts";

/** How far back the staff's list of security alerts looks. */
export const RECENT_ALERT_DAYS = 7;

/** The security alerts addressed to a staff member in the last days, newest first, read or not. */
export function listRecentAlerts(userId: string, now = new Date()) {
  const since = new Date(now.getTime() - RECENT_ALERT_DAYS * 24 * 60 * 60 * 1000);
  return db.notification.findMany({
    where: { userId, kind: SECURITY_ALERT_KIND, createdAt: { gte: since } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
  });
}
