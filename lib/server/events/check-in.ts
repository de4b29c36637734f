import "server-only";
import type { Db, Tx } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lookupId } from "@/lib/validation/text";
import type { Actor } from "@/lib/server/auth/actor";
import { isStaff } from "./staff-actor";
import { checkInOpen } from "./rules";
import { verifyTicketCode } from "./ticket-code";

/** Who a ticket admits, for the answer staff read at the door. */
export type Admitted = { name: string; merchant: { nameZh: string; nameEn: string } };

export type CheckInResult =
  | { ok: true; status: "checkedIn"; ticket: Admitted; at: Date }
  | { ok: true; status: "already"; ticket: Admitted; at: Date; by: string | null }
  | { ok: false; reason: "forbidden" | "invalidCode" | "notFound" | "cancelled" | "notOpen" }
  | { ok: false; reason: "closed"; startsAt: Date };

export type UndoResult =
  | { ok: true; ticket: Admitted }
  | { ok: false; reason: "forbidden" | "notFound" | "notOpen" | "notCheckedIn"; ticket?: Admitted }
  | { ok: false; reason: "closed"; startsAt: Date };

/** Which ticket: its code as scanned or typed (checked against its signature first), or its id from the list. */
export type TicketKey = { code: string } | { ticketId: string };

const ticketSelect = {
  id: true,
  signupId: true,
  merchantId: true,
  name: true,
  cancelledAt: true,
  checkedInAt: true,
  checkedInById: true,
  signup: { select: { status: true, merchant: { select: { nameZh: true, nameEn: true } } } },
  event: { select: { status: true, startsAt: true, endsAt: true } },
} as const;

async function findTicket(db: Db, eventId: string, key: TicketKey) {
  if ("code" in key) {
    const code = verifyTicketCode(key.code);
    if (!code) return "invalidCode" as const;
    return db.ticket.findFirst({ where: { code, eventId: lookupId(eventId) }, select: ticketSelect });
  }
  return db.ticket.findFirst({
    where: { id: lookupId(key.ticketId), eventId: lookupId(eventId) },
    select: ticketSelect,
  });
}

type Found = NonNullable<Exclude<Awaited<ReturnType<typeof findTicket>>, "invalidCode">>;

const admitted = (t: Found): Admitted => ({ name: t.name, merchant: t.signup.merchant });

async function staffName(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? null;
}

/** The signup keeps when its company's first person came in, or null once none is in. */
async function syncSignup(tx: Tx, signupId: string) {
  const first = await tx.ticket.findFirst({
    where: { signupId, cancelledAt: null, checkedInAt: { not: null } },
    orderBy: { checkedInAt: "asc" },
    select: { checkedInAt: true, checkedInById: true },
  });
  await tx.signup.update({
    where: { id: signupId },
    data: { checkedInAt: first?.checkedInAt ?? null, checkedInById: first?.checkedInById ?? null },
  });
}

/**
 * Staff check one person in by their ticket, on the event's day. The update
 * carries "not yet checked in" in its `where`, so a ticket scanned twice, by
 * one device or two at once, or sent again from a device's offline queue, is
 * checked in once; every later scan answers "already", with when and by whom.
 * `scannedAt` is when a queued scan was made; it counts when it falls within
 * the event's day and is not in the future.
 */
export async function checkInTicket(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  eventId: string,
  key: TicketKey,
  { now = new Date(), scannedAt }: { now?: Date; scannedAt?: Date } = {},
): Promise<CheckInResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const ticket = await findTicket(db, eventId, key);
  if (ticket === "invalidCode") return { ok: false, reason: "invalidCode" };
  if (!ticket) return { ok: false, reason: "notFound" };
  const window = checkInOpen(ticket.event, now);
  if (window === "notOpen") return { ok: false, reason: "notOpen" };
  if (window === "closed") return { ok: false, reason: "closed", startsAt: ticket.event.startsAt };
  if (ticket.cancelledAt || ticket.signup.status !== "CONFIRMED") return { ok: false, reason: "cancelled" };
  const at =
    scannedAt && scannedAt.getTime() <= now.getTime() && checkInOpen(ticket.event, scannedAt) === "open"
      ? scannedAt
      : now;
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: ticket.id, cancelledAt: null, checkedInAt: null },
      data: { checkedInAt: at, checkedInById: actor.userId },
    });
    if (count !== 1) return false;
    await syncSignup(tx, ticket.signupId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "signup.check_in",
      entityType: "Ticket",
      entityId: ticket.id,
      details: { eventId: lookupId(eventId), signupId: ticket.signupId, merchantId: ticket.merchantId },
    });
    return true;
  });
  if (done) return { ok: true, status: "checkedIn", ticket: admitted(ticket), at };
  const after = await db.ticket.findUniqueOrThrow({
    where: { id: ticket.id },
    select: { checkedInAt: true, checkedInById: true, cancelledAt: true },
  });
  if (!after.checkedInAt) return { ok: false, reason: "cancelled" };
  return {
    ok: true,
    status: "already",
    ticket: admitted(ticket),
    at: after.checkedInAt,
    by: await staffName(db, after.checkedInById),
  };
}

/** Staff undo a person's check-in (a wrong tap or scan), on the event's day. */
export async function undoTicketCheckIn(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  eventId: string,
  ticketId: string,
  now = new Date(),
): Promise<UndoResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const ticket = await findTicket(db, eventId, { ticketId });
  if (!ticket || ticket === "invalidCode") return { ok: false, reason: "notFound" };
  const window = checkInOpen(ticket.event, now);
  if (window === "notOpen") return { ok: false, reason: "notOpen" };
  if (window === "closed") return { ok: false, reason: "closed", startsAt: ticket.event.startsAt };
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: ticket.id, checkedInAt: { not: null } },
      data: { checkedInAt: null, checkedInById: null },
    });
    if (count !== 1) return false;
    await syncSignup(tx, ticket.signupId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "signup.undo_check_in",
      entityType: "Ticket",
      entityId: ticket.id,
      details: { eventId: lookupId(eventId), signupId: ticket.signupId, merchantId: ticket.merchantId },
    });
    return true;
  });
  return done
    ? { ok: true, ticket: admitted(ticket) }
    : { ok: false, reason: "notCheckedIn", ticket: admitted(ticket) };
}
