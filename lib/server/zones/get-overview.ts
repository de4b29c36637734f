import "server-only";
import type { SessionUser } from "@/lib/server/auth/session-user";

/** The scope a staff-area user sees: the whole city, or one operator's park. */
export function parkScope(user: Pick<SessionUser, "role" | "parkId">) {
  // An operator without a park sees nothing rather than everything.
  return user.role === "PARK_OPERATOR" ? { parkId: user.parkId ?? "__none__" } : {};
}
