import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import type { SessionUser } from "@/lib/server/auth/session-user";

/** Who may change events, partners and check-ins: commission staff only. */
export type StaffActor = Pick<SessionUser, "id" | "role">;

export function isStaff(actor: StaffActor): boolean {
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
