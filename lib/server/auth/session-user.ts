import type { Db } from "@/lib/db/create-client";
import { sessionAuthHash } from "./session-hash";

/**
 * Whose request this is: a session's claims, checked against the account's
 * current password, or a sign-in that has just checked the password itself.
 */
export type SessionSource = { userId: string; authHash: string | null } | { userId: string; freshSignIn: true };

/**
 * Everything a page needs to know about who is asking; loaded per request.
 * Null for a disabled account, and for a session older than the password.
 */
export async function loadSessionUser(db: Db, source: SessionSource) {
  const found = await db.user.findFirst({
    where: { id: source.userId, disabled: false },
    select: {
      id: true,
      passwordHash: true,
      email: true,
      name: true,
      role: true,
      parkId: true,
      membership: {
        select: {
          role: true,
          merchant: {
            select: {
              id: true,
              nameZh: true,
              nameEn: true,
              verificationStatus: true,
              accountState: true,
              parkId: true,
            },
          },
        },
      },
    },
  });
  if (!found) return null;
  const { passwordHash, ...user } = found;
  if (!("freshSignIn" in source) && source.authHash !== sessionAuthHash(passwordHash)) return null;
  const { membership, ...rest } = user;
  return {
    ...rest,
    membershipRole: membership?.role ?? null,
    merchant: membership?.merchant ?? null,
  };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;

/** Where a user lands after signing in. */
export function homePathFor(user: Pick<SessionUser, "role" | "merchant">): string {
  if (user.role === "STAFF" || user.role === "PARK_OPERATOR") return "/admin";
  const m = user.merchant;
  if (m && m.verificationStatus === "APPROVED" && m.accountState === "ACTIVE") return "/merchant";
  return "/merchant/status";
}
