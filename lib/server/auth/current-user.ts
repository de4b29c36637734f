import "server-only";
import { auth } from "./auth";

/** Who the session cookie says is signed in, and which server-side session it belongs to. */
export type SessionClaims = { userId: string; sessionId: string | null };

/** The signed-in user's claims from the session cookie, or null. */
export async function currentSession(): Promise<SessionClaims | null> {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? { userId, sessionId: session.user.sessionId ?? null } : null;
}
