import type { DbOrTx } from "@/lib/db/create-client";

/** How long a sign-in lasts, at most: the session row and the cookie's token both end then. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Opens a server-side session for a sign-in and returns its id, which the
 * session token carries. The user's sessions that have already expired are
 * cleared away at the same time.
 */
export async function createSession(db: DbOrTx, userId: string, now = new Date()): Promise<string> {
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const row = await db.session.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (signing out): its token is refused from then on, by every server process. */
export async function revokeSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends every open session of a user, but `except` (the session that changed
 * its own password stays signed in). Returns how many ended.
 */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  options: { except?: string | null; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
