import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { canWithdraw } from "./rules";
import { freeSeats, lockEvent, SEAT_TX } from "./seats";
import { promoteWaitlist } from "./promote-waitlist";
import { cancelTickets } from "./tickets";
import type { SignupActor } from "./sign-up";
import { lookupId } from "@/lib/validation/text";

export type WithdrawResult =
  | { ok: true; eventId: string; promoted: { signupId: string; merchantId: string }[]; notificationIds: string[] }
  | { ok: false; reason: "notFound" | "tooLate" };

/**
 * A merchant withdraws its own signup. In one transaction: the signup is
 * withdrawn, its seats are freed, and the waitlist fills them. Another
 * merchant's signup is not found.
 */
export async function withdrawSignup(
  db: Db,
  actor: SignupActor,
  signupId: string,
  now = new Date(),
): Promise<WithdrawResult> {
  const own = await db.signup.findFirst({
    where: { id: lookupId(signupId), merchantId: actor.merchantId },
    select: { eventId: true },
  });
  if (!own) return { ok: false, reason: "notFound" };
  return db.$transaction(async (tx) => {
    await lockEvent(tx, own.eventId);
    const signup = await tx.signup.findFirst({
      where: { id: lookupId(signupId), merchantId: actor.merchantId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: { id: true, status: true, seats: true, event: { select: { status: true, startsAt: true } } },
    });
    if (!signup) return { ok: false, reason: "notFound" } as const;
    if (!canWithdraw(signup.event, now)) return { ok: false, reason: "tooLate" } as const;
    await tx.signup.update({ where: { id: signup.id, status: signup.status }, data: { status: "WITHDRAWN" } });
    await cancelTickets(tx, signup.id, now);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "signup.withdraw",
      entityType: "Signup",
      entityId: signup.id,
      details: { eventId: own.eventId, merchantId: actor.merchantId, was: signup.status, seats: signup.seats },
    });
    if (signup.status !== "CONFIRMED")
      return { ok: true, eventId: own.eventId, promoted: [], notificationIds: [] } as const;
    await freeSeats(tx, own.eventId, signup.seats);
    const { promoted, notificationIds } = await promoteWaitlist(tx, own.eventId, actor.userId);
    return { ok: true, eventId: own.eventId, promoted, notificationIds } as const;
  }, SEAT_TX);
}
