import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/server/auth/actor";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

/** Sessions shown at once on /account: a user with more signs out everywhere. */
export const LISTED_SESSIONS = 50;

export type DeviceSession = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date };

/** The user's open sessions (not revoked, not expired), most recently seen first (ASVS 3.3.4). */
export async function listUserSessions(
  db: Db,
  actor: Pick<Actor, "userId">,
  now = new Date(),
): Promise<DeviceSession[]> {
  return db.session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    take: LISTED_SESSIONS,
  });
}

/**
 * Ends one of the user's own open sessions. The query carries the user's id,
 * so another user's session id finds nothing and changes nothing.
 */
export async function endUserSession(
  db: Db,
  actor: Pick<Actor, "userId">,
  sessionId: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "notFound" }> {
  // Like signing out, it goes to the security log, not the audit log.
  const { count } = await db.session.updateMany({
    where: { id: sessionId, userId: actor.userId, revokedAt: null },
    data: { revokedAt: now },
  });
  const ended = count > 0;
  if (!ended) return { ok: false, reason: "notFound" };
  await logSecurityEvent({ event: "session.revoked", userId: actor.userId, sessions: 1, cause: "signOutOne" });
  return { ok: true };
}
