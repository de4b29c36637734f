import "server-only";
import type { DbOrTx, Tx } from "@/lib/db/create-client";
import { lookupId } from "@/lib/validation/text";
import { parseAttendeeNames } from "./rules";
import { groupTicketCode, newTicketCode, signedTicketCode } from "./ticket-code";

/**
 * Issues one ticket per named attendee of a signup that has just been
 * confirmed (signed up with a seat, or promoted from the waitlist). Runs in
 * the transaction that confirmed it; a signup that already has live tickets
 * keeps them.
 */
export async function issueTickets(
  tx: Tx,
  signup: { id: string; eventId: string; merchantId: string; attendeeNames: string },
  now = new Date(),
): Promise<number> {
  if (await tx.ticket.count({ where: { signupId: signup.id, cancelledAt: null } })) return 0;
  const names = parseAttendeeNames(signup.attendeeNames);
  await tx.ticket.createMany({
    data: names.map((name, position) => ({
      signupId: signup.id,
      eventId: signup.eventId,
      merchantId: signup.merchantId,
      position,
      name,
      code: newTicketCode(),
      createdAt: now,
    })),
  });
  return names.length;
}

/** Cancels a signup's live tickets (it was withdrawn): their codes no longer check anyone in. */
export async function cancelTickets(tx: Tx, signupId: string, now = new Date()): Promise<number> {
  const { count } = await tx.ticket.updateMany({
    where: { signupId, cancelledAt: null },
    data: { cancelledAt: now },
  });
  return count;
}

/**
 * The live tickets of a merchant's confirmed signups, optionally for one
 * event, soonest event first: what its members (and no one else) may open.
 * Each carries its signed code, plain and grouped for reading.
 */
export async function ticketsForMerchant(db: DbOrTx, merchantId: string, eventId?: string) {
  const rows = await db.ticket.findMany({
    where: {
      merchantId,
      ...(eventId === undefined ? {} : { eventId: lookupId(eventId) }),
      cancelledAt: null,
      signup: { merchantId, status: "CONFIRMED" },
    },
    orderBy: [{ event: { startsAt: "asc" } }, { eventId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      name: true,
      position: true,
      code: true,
      checkedInAt: true,
      event: {
        select: {
          id: true,
          slug: true,
          titleZh: true,
          titleEn: true,
          startsAt: true,
          endsAt: true,
          venueZh: true,
          venueEn: true,
          onlineUrl: true,
          status: true,
        },
      },
    },
  });
  return rows.map(({ code, ...row }) => {
    const signed = signedTicketCode(code);
    return { ...row, code: signed, grouped: groupTicketCode(signed) };
  });
}

export type MerchantTicket = Awaited<ReturnType<typeof ticketsForMerchant>>[number];
