import "server-only";
import { auth } from "./auth";

/** The signed-in user's id from the session cookie, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
