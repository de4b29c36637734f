import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { notifyMerchants } from "./notify-merchants";
import { takeSeats } from "./seats";
import { issueTickets } from "./tickets";

/**
 * Fills free seats from the waitlist, in order. A waitlisted signup too large
 * for the seats left is skipped and keeps its place; a later, smaller one may
 * go ahead of it. A promoted signup gets its tickets. Runs inside the transaction that freed the seats, which
 * already holds the event's lock. Each promoted merchant is notified.
 */
export async function promoteWaitlist(tx: Tx, eventId: string, actorId: string | null) {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { id: true, slug: true, titleZh: true, titleEn: true, startsAt: true, capacity: true, seatsTaken: true },
  });
  let free = event.capacity - event.seatsTaken;
  const promoted: { signupId: string; merchantId: string; seats: number }[] = [];
  if (free <= 0) return { promoted, notificationIds: [] as string[] };
  const waiting = await tx.signup.findMany({
    where: { eventId, status: "WAITLISTED" },
    orderBy: [{ waitlistSeq: "asc" }, { id: "asc" }],
    select: { id: true, merchantId: true, seats: true, attendeeNames: true },
  });
  for (const w of waiting) {
    if (free <= 0) break;
    if (w.seats > free || !(await takeSeats(tx, eventId, w.seats))) continue;
    await tx.signup.update({ where: { id: w.id, status: "WAITLISTED" }, data: { status: "CONFIRMED" } });
    await issueTickets(tx, { ...w, eventId });
    await recordAudit(tx, {
      actorId,
      action: "signup.promote",
      entityType: "Signup",
      entityId: w.id,
      details: { eventId, merchantId: w.merchantId, seats: w.seats },
    });
    free -= w.seats;
    promoted.push({ signupId: w.id, merchantId: w.merchantId, seats: w.seats });
  }
  const notificationIds = await notifyMerchants(
    tx,
    event,
    promoted.map((p) => ({ merchantId: p.merchantId, kind: "signup_promoted", params: { seats: p.seats } })),
  );
  return { promoted, notificationIds };
}
