import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/actor";
import { revokeUserSessions } from "@/lib/server/auth/sessions";

/** Ends every session of the user, the one asking included, on every device. */
export async function signOutEverywhere(db: Db, actor: Pick<Actor, "userId">): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await revokeUserSessions(tx, actor.userId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "account.sign_out_everywhere",
      entityType: "User",
      entityId: actor.userId,
      details: { endedSessions: ended },
    });
    return ended;
  });
}
