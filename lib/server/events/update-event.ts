import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { EventInputData } from "@/lib/validation/event";
import { eventData, type SaveEventResult } from "./create-event";
import { hasUnknownPartner, isStaff } from "./staff-actor";
import type { Actor } from "@/lib/server/auth/actor";
import { lockEvent, SEAT_TX } from "./seats";
import { promoteWaitlist } from "./promote-waitlist";

/**
 * Staff edit a draft or published event. The capacity cannot drop below the
 * seats already confirmed; when it grows, the waitlist fills the new seats.
 */
export async function updateEvent(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  eventId: string,
  input: EventInputData,
): Promise<SaveEventResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx): Promise<SaveEventResult> => {
    if (!(await lockEvent(tx, eventId))) return { ok: false, reason: "notFound" };
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { status: true, seatsTaken: true, capacity: true, partners: { select: { partnerId: true } } },
    });
    if (event.status !== "DRAFT" && event.status !== "PUBLISHED") return { ok: false, reason: "wrongState" };
    if (input.capacity < event.seatsTaken) return { ok: false, fieldErrors: { capacity: "capacityBelowTaken" } };
    const attending = event.partners.map((p) => p.partnerId);
    if (await hasUnknownPartner(tx, input.partnerIds, attending))
      return { ok: false, fieldErrors: { partnerIds: "invalidChoice" } };

    await tx.event.update({ where: { id: eventId }, data: eventData(input) });
    await tx.eventPartner.deleteMany({ where: { eventId, partnerId: { notIn: input.partnerIds } } });
    const added = input.partnerIds.filter((id) => !attending.includes(id));
    if (added.length) await tx.eventPartner.createMany({ data: added.map((partnerId) => ({ eventId, partnerId })) });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "event.update",
      entityType: "Event",
      entityId: eventId,
      details: { capacity: [event.capacity, input.capacity], partnersAdded: added.length },
    });
    const { notificationIds } =
      input.capacity > event.capacity ? await promoteWaitlist(tx, eventId, actor.userId) : { notificationIds: [] };
    return { ok: true, eventId, notificationIds };
  }, SEAT_TX);
}
