// The job queue's scheduled slot calls this (lib/server/jobs/portal-jobs.ts,
// server-only like it), in the portal's processes and in `npm run jobs`.
import "server-only";
import type { Db } from "@/lib/db/create-client";
import { env, publicOrigin } from "@/lib/env";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { shanghaiDay, shanghaiDays } from "@/lib/time/shanghai";
import { buildEventIcs, icsFileName } from "./ics";
import { notifyMerchants } from "./notify-merchants";

const DAY_MS = 86_400_000;
const BATCH = 200;

/** The instants of the Shanghai calendar day after `now`'s: the events whose reminder is due. */
export function reminderWindow(now: Date): { gte: Date; lt: Date } {
  const tomorrow = shanghaiDay(new Date(now.getTime() + DAY_MS));
  const { gte, lt } = shanghaiDays(tomorrow, tomorrow);
  return { gte: gte!, lt: lt! };
}

const EVENT_FIELDS = {
  id: true,
  slug: true,
  titleZh: true,
  titleEn: true,
  descriptionZh: true,
  descriptionEn: true,
  venueZh: true,
  venueEn: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * On the Shanghai day before a published event, tells every member of each
 * confirmed signup's company (in-app, and by email with SMTP_URL; the mail
 * carries the calendar file). Each signup is claimed by one conditional
 * update of `reminderSentAt` in the same transaction as its notices, so a
 * second run, or a second worker at the same moment, sends nothing again.
 * Returns the number of signups reminded by this call.
 */
export async function sendDueEventReminders(db: Db, now: Date): Promise<number> {
  const window = reminderWindow(now);
  let sent = 0;
  for (;;) {
    const due = await db.signup.findMany({
      where: { status: "CONFIRMED", reminderSentAt: null, event: { status: "PUBLISHED", startsAt: window } },
      select: { id: true, merchantId: true, seats: true, event: { select: EVENT_FIELDS } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const signup of due) {
      const ids = await db.$transaction(async (tx) => {
        const claimed = await tx.signup.updateMany({
          where: { id: signup.id, status: "CONFIRMED", reminderSentAt: null },
          data: { reminderSentAt: now },
        });
        if (claimed.count !== 1) return null;
        return notifyMerchants(tx, signup.event, [
          { merchantId: signup.merchantId, kind: "event_reminder", params: { seats: signup.seats } },
        ]);
      });
      if (!ids) continue;
      sent += 1;
      // After the commit: a mail that fails never brings the reminder back.
      await emailNotifications(ids, (_n, locale) => [
        {
          filename: icsFileName(signup.event),
          content: buildEventIcs(signup.event, locale, publicOrigin(env())),
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        },
      ]);
    }
    // Every signup read was claimed here or by another worker, so the next
    // read moves on; a short batch was the last.
    if (due.length < BATCH) return sent;
  }
}
