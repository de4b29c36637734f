import "server-only";
import { db } from "@/lib/server/db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { renderNotification } from "@/lib/server/notifications/render";
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
  const [rows, event] = await Promise.all([
    db.notification.findMany({
      where: { id: { in: ids } },
      include: { user: { select: { email: true, locale: true, disabled: true } } },
    }),
    db.event.findUnique({ where: { id: eventId } }),
  ]);
  for (const n of rows) {
    if (n.user.disabled) continue;
    const locale = n.user.locale === "en" ? "en" : "zh-CN";
    const { title, body, footer } = await renderNotification(n, locale);
    const attachments =
      event && WITH_CALENDAR.has(n.kind)
        ? [{ filename: icsFileName(event), content: buildEventIcs(event, locale, origin), contentType: "text/calendar; charset=utf-8; method=PUBLISH" }]
        : undefined;
    await sendMail({ to: n.user.email, subject: title, text: `${body}\n\n${footer}`, attachments });
  }
}
