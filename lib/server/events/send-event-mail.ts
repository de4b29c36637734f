import "server-only";
import { db } from "@/lib/server/db";
import type { Mail } from "@/lib/server/mail/send-mail";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { buildEventIcs, icsFileName } from "./ics";
import { ticketQrPng } from "./ticket-qr";
import { ticketsForMerchant } from "./tickets";

type Attachments = NonNullable<Mail["attachments"]>;

// Kinds whose mail carries the event's calendar file: a seat was given, or
// the event is off (the file then marks it cancelled).
const WITH_CALENDAR = new Set(["signup_confirmed", "signup_promoted"]);
const CANCELLED = "event_cancelled";

/** Each confirmed company's tickets for the event, one QR code PNG per person, by merchant. */
async function ticketAttachments(ids: string[], eventId: string): Promise<Map<string, Attachments>> {
  const rows = await db.notification.findMany({
    where: { id: { in: ids }, kind: { in: [...WITH_CALENDAR] }, merchantId: { not: null } },
    select: { merchantId: true },
  });
  const byMerchant = new Map<string, Attachments>();
  for (const merchantId of new Set(rows.map((r) => r.merchantId!))) {
    const tickets = await ticketsForMerchant(db, merchantId, eventId);
    byMerchant.set(
      merchantId,
      await Promise.all(
        tickets.map(async (ticket, i) => ({
          filename: `ticket-${i + 1}.png`,
          content: (await ticketQrPng(ticket.code)).toString("base64"),
          encoding: "base64" as const,
          contentType: "image/png",
        })),
      ),
    );
  }
  return byMerchant;
}

/**
 * Emails stored event notifications after the transaction has committed, each
 * in its reader's language, with the event's ICS file where it applies and,
 * for a confirmed seat, the QR code of each of the company's tickets.
 * Without SMTP_URL, sendMail only logs.
 */
export async function emailEventNotifications(ids: string[], eventId: string, origin?: string): Promise<void> {
  if (!ids.length) return;
  const event = await db.event.findUnique({ where: { id: eventId } });
  const tickets = await ticketAttachments(ids, eventId);
  await emailNotifications(ids, (n, locale) => {
    if (!event || (!WITH_CALENDAR.has(n.kind) && n.kind !== CANCELLED)) return undefined;
    const ics = {
      filename: icsFileName(event),
      content: buildEventIcs(event, locale, origin),
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    };
    const qr = WITH_CALENDAR.has(n.kind) && n.merchantId ? (tickets.get(n.merchantId) ?? []) : [];
    return [ics, ...qr];
  });
}
