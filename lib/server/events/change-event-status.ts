import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isStaff } from "./staff-actor";
import type { Actor } from "@/lib/server/auth/actor";
import { lockEvent, SEAT_TX } from "./seats";
import { notifyMerchants } from "./notify-merchants";

export const EVENT_TRANSITIONS = ["publish", "cancel", "complete"] as const;
export type EventTransition = (typeof EVENT_TRANSITIONS)[number];

export type StatusResult =
  | { ok: true; eventId: string; notificationIds: string[] }
  | { ok: false; reason: "forbidden" | "notFound" | "wrongState" | "deadlinePassed" | "notStarted" | "reasonRequired" };

const FROM = {
  publish: ["DRAFT"],
  cancel: ["DRAFT", "PUBLISHED"],
  complete: ["PUBLISHED"],
} as const;

const TO = { publish: "PUBLISHED", cancel: "CANCELLED", complete: "COMPLETED" } as const;

/**
 * Publishes, cancels or completes an event. Publishing needs a signup deadline
 * still ahead; completing needs the event to have started. Cancelling needs a
 * reason: every confirmed and waitlisted signup is cancelled and its merchant
 * told why, with the calendar file marking the event cancelled.
 */
export async function changeEventStatus(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  eventId: string,
  transition: EventTransition,
  reason = "",
  now = new Date(),
): Promise<StatusResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const note = reason.trim();
  if (transition === "cancel" && !note) return { ok: false, reason: "reasonRequired" };
  return db.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return { ok: false, reason: "notFound" } as const;
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        id: true,
        slug: true,
        titleZh: true,
        titleEn: true,
        startsAt: true,
        signupDeadline: true,
        status: true,
      },
    });
    if (!(FROM[transition] as readonly string[]).includes(event.status))
      return { ok: false, reason: "wrongState" } as const;
    if (transition === "publish" && event.signupDeadline <= now)
      return { ok: false, reason: "deadlinePassed" } as const;
    if (transition === "complete" && event.startsAt > now) return { ok: false, reason: "notStarted" } as const;

    await tx.event.update({
      where: { id: eventId, status: event.status },
      data: { status: TO[transition], ...(transition === "cancel" ? { seatsTaken: 0 } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: `event.${transition}`,
      entityType: "Event",
      entityId: eventId,
      reason: note || null,
    });
    if (transition !== "cancel") return { ok: true, eventId, notificationIds: [] } as const;

    const affected = await tx.signup.findMany({
      where: { eventId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: { merchantId: true },
    });
    await tx.signup.updateMany({
      where: { eventId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      data: { status: "CANCELLED" },
    });
    const notificationIds = await notifyMerchants(
      tx,
      event,
      affected.map((s) => ({ merchantId: s.merchantId, kind: "event_cancelled", params: { reason: note } })),
    );
    return { ok: true, eventId, notificationIds } as const;
  }, SEAT_TX);
}
