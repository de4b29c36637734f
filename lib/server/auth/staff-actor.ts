import "server-only";
import { AuthorizationError, requireRole } from "./guards";

/** For the commission's own changes (zones, rates, statistics, goals, events, partners): the staff user, or null for anyone else. */
export async function staffActor() {
  try {
    return await requireRole(["STAFF"]);
  } catch (error) {
    if (error instanceof AuthorizationError) return null;
    throw error;
  }
}
