import "server-only";
import { homePathFor, type SessionUser } from "@/lib/server/auth/session-user";

/** Where a user's search box sends the query: the search page of their area, or none (anonymous, pending). */
export function searchPathFor(user: Pick<SessionUser, "role" | "merchant"> | null): string | null {
  if (!user) return null;
  const home = homePathFor(user);
  return home === "/admin" || home === "/merchant" ? `${home}/search` : null;
}
