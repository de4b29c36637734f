import "server-only";
import type { MerchantActor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { SignupInputData } from "@/lib/validation/event";
import { isUniqueViolation } from "@/lib/db/errors";
import { eventKeyWhere, signupRefusal, type SignupRefusal } from "./rules";
import { lockEvent, nextWaitlistSeq, SEAT_TX, takeSeats, waitlistPosition } from "./seats";
import { notifyMerchants } from "./notify-merchants";
import { recordConsent, type GivenConsent } from "@/lib/server/privacy/consents";
import { cancelTickets, issueTickets } from "./tickets";

/** Who signs up: a member of the merchant. */
export type SignupActor = MerchantActor;

export type SignupResult =
  | {
      ok: true;
      eventId: string;
      signupId: string;
      status: "CONFIRMED" | "WAITLISTED";
      seats: number;
      position: number | null;
      notificationIds: string[];
    }
  | { ok: false; reason: SignupRefusal };

const refuse = (reason: SignupRefusal) => ({ ok: false, reason }) as const;

/**
 * Signs a merchant up for an event, in one transaction that holds the event's
 * lock: the seats are taken by a conditional update when they fit, otherwise
 * the signup joins the end of the waitlist. A merchant has one signup per
 * event; one withdrawn earlier is taken up again. The signer's consent to the
 * privacy notice, with the company's statement that its attendees were told
 * of it (both checked by the action or route), is written in the same
 * transaction.
 */
export async function signUp(
  db: Db,
  actor: SignupActor,
  eventKey: string,
  input: SignupInputData,
  now = new Date(),
  consent?: GivenConsent,
): Promise<SignupResult> {
  const found = await db.event.findFirst({ where: eventKeyWhere(eventKey), select: { id: true } });
  if (!found) return refuse("notFound");
  const seats = input.attendees.length;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockEvent(tx, found.id))) return refuse("notFound");
      const event = await tx.event.findUniqueOrThrow({
        where: { id: found.id },
        select: {
          id: true,
          slug: true,
          titleZh: true,
          titleEn: true,
          startsAt: true,
          status: true,
          signupDeadline: true,
          partners: { select: { partnerId: true } },
        },
      });
      const merchant = await tx.merchant.findUnique({
        where: { id: actor.merchantId },
        select: { verificationStatus: true, accountState: true },
      });
      if (!merchant) return refuse("merchantNotApproved");
      const refusal = signupRefusal(event, merchant, now);
      if (refusal) return refuse(refusal);
      const existing = await tx.signup.findUnique({
        where: { eventId_merchantId: { eventId: event.id, merchantId: actor.merchantId } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "WITHDRAWN") return refuse("alreadySignedUp");
      const attending = new Set(event.partners.map((p) => p.partnerId));
      if (input.partnerIds.some((id) => !attending.has(id))) return refuse("partnerUnknown");

      const confirmed = await takeSeats(tx, event.id, seats);
      const waitlistSeq = confirmed ? null : await nextWaitlistSeq(tx, event.id);
      const data = {
        seats,
        attendeeNames: JSON.stringify(input.attendees),
        status: confirmed ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
        waitlistSeq,
        createdById: actor.userId,
        checkedInAt: null,
        checkedInById: null,
        createdAt: now,
      };
      const signup = existing
        ? await tx.signup.update({ where: { id: existing.id, status: "WITHDRAWN" }, data, select: { id: true } })
        : await tx.signup.create({
            data: { ...data, eventId: event.id, merchantId: actor.merchantId },
            select: { id: true },
          });
      // A signup taken up again starts with new tickets: the old ones stay cancelled.
      if (existing) await cancelTickets(tx, signup.id, now);
      if (confirmed) {
        await issueTickets(
          tx,
          { id: signup.id, eventId: event.id, merchantId: actor.merchantId, attendeeNames: data.attendeeNames },
          now,
        );
      }
      await tx.signupInterest.deleteMany({ where: { signupId: signup.id } });
      if (input.partnerIds.length) {
        await tx.signupInterest.createMany({
          data: input.partnerIds.map((partnerId) => ({ signupId: signup.id, partnerId })),
        });
      }
      if (consent) await recordConsent(tx, actor.userId, "EVENT_SIGNUP", consent, { eventId: event.id, now });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: confirmed ? "signup.confirm" : "signup.waitlist",
        entityType: "Signup",
        entityId: signup.id,
        details: { eventId: event.id, merchantId: actor.merchantId, seats, waitlistSeq },
      });
      const position = waitlistSeq === null ? null : await waitlistPosition(tx, event.id, waitlistSeq);
      const notificationIds = await notifyMerchants(tx, event, [
        {
          merchantId: actor.merchantId,
          kind: confirmed ? "signup_confirmed" : "signup_waitlisted",
          params: confirmed ? { seats } : { seats, position: position ?? 0 },
        },
      ]);
      return {
        ok: true,
        eventId: event.id,
        signupId: signup.id,
        status: data.status,
        seats,
        position,
        notificationIds,
      } as const;
    }, SEAT_TX);
  } catch (error) {
    // Two requests of one merchant that still raced past the lock: the unique
    // index (eventId, merchantId) lets only one of them in.
    if (isUniqueViolation(error)) return refuse("alreadySignedUp");
    throw error;
  }
}
