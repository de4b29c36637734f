import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { logSecurityEvent } from "@/lib/server/observability/security-log";
import { CONSENT_PATH } from "@/lib/privacy/notice";
import { needsConsentNow } from "@/lib/server/privacy/consents";
import { currentSession } from "./current-user";
import {
  homePathFor,
  loadSessionUser,
  needsSecondFactorEnrolment,
  SECOND_FACTOR_ENROLMENT_PATH,
  type SessionUser,
} from "./session-user";

export class AuthorizationError extends Error {
  constructor(public readonly code: "unauthenticated" | "forbidden") {
    super(code);
  }
}

type Role = SessionUser["role"];

/**
 * The signed-in user, loaded fresh from the database, or null. Loaded once
 * per request: the root layout, the area's layouts and the page share it.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await currentSession();
  return claims ? loadSessionUser(db, claims) : null;
});

/** For server actions and route handlers: throws unless the user has a role (and staff a second factor). */
export async function requireRole(roles: readonly Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError("unauthenticated");
  if (!roles.includes(user.role) || needsSecondFactorEnrolment(user)) throw new AuthorizationError("forbidden");
  return user;
}

/** For server actions: an approved, active merchant member. */
export async function requireActiveMerchant(): Promise<
  SessionUser & { merchant: NonNullable<SessionUser["merchant"]> }
> {
  const user = await requireRole(["MERCHANT"]);
  if (!user.merchant || user.merchant.verificationStatus !== "APPROVED" || user.merchant.accountState !== "ACTIVE") {
    throw new AuthorizationError("forbidden");
  }
  return user as SessionUser & { merchant: NonNullable<SessionUser["merchant"]> };
}

/**
 * For pages: sends visitors to sign in, users of another area home, and staff
 * or operators without a second factor to enrolment (OWASP ASVS 4.3.1), but
 * on the account's own pages (`ownAccount`), where they enrol.
 */
export async function requirePageUser(
  roles: readonly Role[],
  returnTo: string,
  options: { ownAccount?: boolean } = {},
): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    await logSecurityEvent({ event: "access.refused", reason: "unauthenticated", where: `page:${roles.join(",")}` });
    redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (!roles.includes(user.role)) {
    await logSecurityEvent({
      event: "access.refused",
      reason: "forbidden",
      where: `page:${roles.join(",")}`,
      userId: user.id,
    });
    redirect(homePathFor(user));
  }
  if (!options.ownAccount && needsSecondFactorEnrolment(user)) {
    await logSecurityEvent({
      event: "access.refused",
      reason: "forbidden",
      where: "page:secondFactorEnrolment",
      userId: user.id,
    });
    redirect(SECOND_FACTOR_ENROLMENT_PATH);
  }
  // PIPL: whoever has not agreed to the notice in force (never, or an earlier version) is asked first.
  if (!options.ownAccount && (await needsConsentNow(user.id))) {
    redirect(`${CONSENT_PATH}?next=${encodeURIComponent(returnTo)}`);
  }
  return user;
}

/** For merchant pages other than the status page. */
export async function requireMerchantPage(returnTo: string) {
  const user = await requirePageUser(["MERCHANT"], returnTo);
  if (homePathFor(user) !== "/merchant") redirect(homePathFor(user));
  return user as SessionUser & { merchant: NonNullable<SessionUser["merchant"]> };
}
