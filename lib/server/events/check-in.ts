import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isStaff } from "./staff-actor";
import type { Actor } from "@/lib/server/auth/actor";

export type CheckInResult =
  { ok: true; checkedInAt: Date | null } | { ok: false; reason: "forbidden" | "notFound" | "unchanged" };

/**
 * Staff check a confirmed signup in on the day, or undo it. The state the
 * change needs is part of the update's `where`, so a second tap on the same
 * attendee changes nothing.
 */
export async function setCheckIn(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  eventId: string,
  signupId: string,
  checkedIn: boolean,
  now = new Date(),
): Promise<CheckInResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const where = {
    id: signupId,
    eventId,
    status: "CONFIRMED" as const,
    event: { status: { in: ["PUBLISHED" as const, "COMPLETED" as const] } },
  };
  return db.$transaction(async (tx) => {
    const updated = await tx.signup.updateMany({
      where: { ...where, checkedInAt: checkedIn ? null : { not: null } },
      data: checkedIn ? { checkedInAt: now, checkedInById: actor.userId } : { checkedInAt: null, checkedInById: null },
    });
    if (updated.count !== 1) {
      return { ok: false, reason: (await tx.signup.count({ where })) ? "unchanged" : "notFound" } as const;
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: checkedIn ? "signup.check_in" : "signup.undo_check_in",
      entityType: "Signup",
      entityId: signupId,
      details: { eventId },
    });
    return { ok: true, checkedInAt: checkedIn ? now : null } as const;
  });
}
