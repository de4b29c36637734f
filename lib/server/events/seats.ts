import "server-only";
import type { DbOrTx, Tx } from "@/lib/db/create-client";

// The seat counter of an event (Event.seatsTaken) changes only inside the
// transaction that changes a signup, through these statements, so that seats
// are never oversold: on SQLite, on PostgreSQL, and with several server
// processes sharing one database.

/** Generous limits: under load, signups for one event queue behind each other. */
export const SEAT_TX = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Must be the first statement of the transaction. Writing the event row takes
 * SQLite's write lock at once (waiting through the busy timeout, instead of
 * failing a later read-to-write upgrade) and PostgreSQL's row lock until
 * commit, so changes to one event's signups run one after another.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<boolean> {
  const n = await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" WHERE "id" = ${eventId}`;
  return n === 1;
}

/** Takes seats only if they fit, in one conditional update; false when full. */
export async function takeSeats(tx: Tx, eventId: string, seats: number): Promise<boolean> {
  const n =
    await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" + ${seats} WHERE "id" = ${eventId} AND "seatsTaken" + ${seats} <= "capacity"`;
  return n === 1;
}

export async function freeSeats(tx: Tx, eventId: string, seats: number): Promise<void> {
  const n =
    await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" - ${seats} WHERE "id" = ${eventId} AND "seatsTaken" >= ${seats}`;
  if (n !== 1) throw new Error(`Event ${eventId}: seat counter out of step`);
}

/** The next place on the waitlist: after every signup ever waitlisted for the event. */
export async function nextWaitlistSeq(tx: Tx, eventId: string): Promise<number> {
  const max = await tx.signup.aggregate({ where: { eventId }, _max: { waitlistSeq: true } });
  return (max._max.waitlistSeq ?? 0) + 1;
}

/** 1 for the first signup still waiting, and so on. */
export function waitlistPosition(tx: DbOrTx, eventId: string, seq: number): Promise<number> {
  return tx.signup.count({ where: { eventId, status: "WAITLISTED", waitlistSeq: { lte: seq } } });
}
