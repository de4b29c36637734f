import type { Db } from "@/lib/db/create-client";

/**
 * Whose request this is: a session's claims (its server-side session id),
 * or a sign-in that has just checked the password itself.
 */
export type SessionSource = { userId: string; sessionId: string | null } | { userId: string; freshSignIn: true };

const USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  parkId: true,
  disabled: true,
  totpEnabledAt: true,
  _count: { select: { webAuthnCredentials: true } },
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
} as const;

/**
 * Everything a page needs to know about who is asking; loaded per request,
 * with the session in the same query. Null for a disabled account, and for
 * a session that was signed out, revoked (sign-out everywhere, a new
 * password, a removal or suspension) or has expired.
 */
export async function loadSessionUser(db: Db, source: SessionSource, now = new Date()) {
  let found;
  if ("freshSignIn" in source) {
    found = await db.user.findFirst({ where: { id: source.userId, disabled: false }, select: USER_FIELDS });
  } else {
    if (!source.sessionId) return null;
    const session = await db.session.findFirst({
      where: { id: source.sessionId, userId: source.userId, revokedAt: null, expiresAt: { gt: now } },
      select: { user: { select: USER_FIELDS } },
    });
    found = session?.user;
  }
  if (!found || found.disabled) return null;
  const { membership, id, email, name, role, parkId, totpEnabledAt, _count } = found;
  return {
    id,
    email,
    name,
    role,
    parkId,
    /** Whether the account has a second factor: TOTP on, or a security key. */
    secondFactor: totpEnabledAt !== null || _count.webAuthnCredentials > 0,
    sessionId: "freshSignIn" in source ? null : source.sessionId,
    membershipRole: membership?.role ?? null,
    merchant: membership?.merchant ?? null,
  };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;

/** Where a staff member or park operator without a second factor is sent: nothing of /admin opens until they enrol. */
export const SECOND_FACTOR_ENROLMENT_PATH = "/account/mfa";

/**
 * Whether the user must turn on TOTP before anything else (OWASP ASVS 4.3.1):
 * everyone who can open /admin must have it.
 */
export function needsSecondFactorEnrolment(user: Pick<SessionUser, "role" | "secondFactor">): boolean {
  return (user.role === "STAFF" || user.role === "PARK_OPERATOR") && !user.secondFactor;
}

/** Where a user lands after signing in. */
export function homePathFor(
  user: Pick<SessionUser, "role" | "merchant"> & Partial<Pick<SessionUser, "secondFactor">>,
): string {
  if (user.role === "STAFF" || user.role === "PARK_OPERATOR") {
    return user.secondFactor === false ? SECOND_FACTOR_ENROLMENT_PATH : "/admin";
  }
  const m = user.merchant;
  if (m && m.verificationStatus === "APPROVED" && m.accountState === "ACTIVE") return "/merchant";
  return "/merchant/status";
}
