import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/server/auth/actor";

/** Who may change events, partners and check-ins: commission staff only. */
export function isStaff(actor: Pick<Actor, "role">): boolean {
  return actor.role === "STAFF";
}

/** True when an id is not a partner that is active or already attends the event. */
export async function hasUnknownPartner(db: DbOrTx, ids: string[], alreadyAttending: string[] = []): Promise<boolean> {
  if (!ids.length) return false;
  const found = await db.partner.findMany({
    where: { id: { in: ids }, OR: [{ active: true }, { id: { in: alreadyAttending } }] },
    select: { id: true },
  });
  return found.length !== new Set(ids).size;
}
