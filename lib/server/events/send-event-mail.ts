import "server-only";
import { db } from "@/lib/server/db";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { buildEventIcs, icsFileName } from "./ics";

// Kinds whose mail carries the event's calendar file: a seat was given, or
// the event is off (the file then marks it cancelled).
const WITH_CALENDAR = new Set(["signup_confirmed", "signup_promoted", "event_cancelled"]);

/**
 * Emails stored event notifications after the transaction has committed, each
 * in its reader's language and with the event's ICS file where it applies.
 * Without SMTP_URL, sendMail only logs.
 */
export async function emailEventNotifications(ids: string[], eventId: string, origin?: string): Promise<void> {
  if (!ids.length) return;
  const event = await db.event.findUnique({ where: { id: eventId } });
  await emailNotifications(ids, (n, locale) =>
    event && WITH_CALENDAR.has(n.kind)
      ? [
          {
            filename: icsFileName(event),
            content: buildEventIcs(event, locale, origin),
            contentType: "text/calendar; charset=utf-8; method=PUBLISH",
          },
        ]
      : undefined,
  );
}
