import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { shanghaiDay } from "@/lib/time/shanghai";
import type { EventInputData } from "@/lib/validation/event";
import { hasUnknownPartner, isStaff } from "./staff-actor";
import type { Actor } from "@/lib/server/auth/actor";
import { isUniqueViolation } from "@/lib/db/errors";

export type SaveEventResult =
  | { ok: true; eventId: string; notificationIds: string[] }
  | { ok: false; reason: "forbidden" | "notFound" | "wrongState" }
  | { ok: false; fieldErrors: Record<string, string> };

/** "nev-parts-2025-09-18", with "-2", "-3", … when the day already has one. */
async function freeSlug(db: Db, input: Pick<EventInputData, "belt" | "startsAt">): Promise<string> {
  const base = `${input.belt}-${shanghaiDay(input.startsAt)}`;
  const taken = new Set(
    (await db.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((e) => e.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export function eventData(input: EventInputData) {
  const { partnerIds: _partnerIds, ...data } = input;
  void _partnerIds;
  return data;
}

/** Staff create an event as a draft; merchants see it once it is published. */
export async function createEvent(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  input: EventInputData,
): Promise<SaveEventResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  if (await hasUnknownPartner(db, input.partnerIds)) return { ok: false, fieldErrors: { partnerIds: "invalidChoice" } };
  // The slug is chosen before the transaction, so that its first statement
  // writes (see seats.ts); another event taking it first means a retry.
  for (let attempt = 1; ; attempt++) {
    const slug = await freeSlug(db, input);
    try {
      return await db.$transaction(async (tx) => {
        const event = await tx.event.create({
          data: { ...eventData(input), slug, status: "DRAFT", createdById: actor.userId },
          select: { id: true },
        });
        if (input.partnerIds.length) {
          await tx.eventPartner.createMany({
            data: input.partnerIds.map((partnerId) => ({ eventId: event.id, partnerId })),
          });
        }
        await recordAudit(tx, {
          actorId: actor.userId,
          action: "event.create",
          entityType: "Event",
          entityId: event.id,
          details: { slug, capacity: input.capacity, partners: input.partnerIds.length },
        });
        return { ok: true, eventId: event.id, notificationIds: [] } as const;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
