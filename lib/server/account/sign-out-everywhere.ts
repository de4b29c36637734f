import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/actor";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

/** Ends every session of the user, the one asking included, on every device. */
export async function signOutEverywhere(db: Db, actor: Pick<Actor, "userId">): Promise<number> {
  const ended = await db.$transaction(async (tx) => {
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
  await logSecurityEvent({
    event: "session.revoked",
    userId: actor.userId,
    sessions: ended,
    cause: "signOutEverywhere",
  });
  return ended;
}
