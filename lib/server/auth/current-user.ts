import "server-only";
import { auth } from "./auth";

/** Who the session cookie says is signed in, as the token carries it. */
export type SessionClaims = { userId: string; authHash: string | null };

/** The signed-in user's claims from the session cookie, or null. */
export async function currentSession(): Promise<SessionClaims | null> {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? { userId, authHash: session.user.authHash ?? null } : null;
}
