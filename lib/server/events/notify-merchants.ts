import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { createNotifications } from "@/lib/server/notifications/notify";
import { shanghaiStamp } from "@/lib/time/shanghai";

export type EventForNotice = { slug: string; titleZh: string; titleEn: string; startsAt: Date };
export type MerchantNotice = { merchantId: string; kind: string; params?: Record<string, string | number> };

/**
 * Tells every member of each merchant about its signup, inside the caller's
 * transaction. The texts live under `eventsNotifications` in the catalogs and
 * name the event in both languages; the time is Beijing time.
 */
export async function notifyMerchants(tx: Tx, event: EventForNotice, notices: MerchantNotice[]): Promise<string[]> {
  if (!notices.length) return [];
  const members = await tx.membership.findMany({
    where: { merchantId: { in: notices.map((n) => n.merchantId) }, user: { disabled: false } },
    select: { userId: true, merchantId: true },
    orderBy: { createdAt: "asc" },
  });
  const common = { eventZh: event.titleZh, eventEn: event.titleEn, time: shanghaiStamp(event.startsAt) };
  return createNotifications(
    tx,
    notices.flatMap((n) =>
      members
        .filter((m) => m.merchantId === n.merchantId)
        .map((m) => ({
          userId: m.userId,
          merchantId: n.merchantId,
          kind: n.kind,
          params: { ...common, ...n.params },
          link: `/events/${event.slug}`,
        })),
    ),
  );
}
