import "server-only";
import { getSessionUser } from "./guards";
import { needsSecondFactorEnrolment, type SessionUser } from "./session-user";

type Role = SessionUser["role"];

/**
 * Who asks a use case to act. Every use case takes this shape, or the part of
 * it that it needs (`Pick<Actor, "userId" | "role">`, `MerchantActor`).
 */
export type Actor = { userId: string; role: Role; merchantId: string | null; parkId: string | null };

/** An actor acting for one merchant: a member of it. */
export type MerchantActor = Pick<Actor, "userId"> & { merchantId: string };

/**
 * Who may call an action or a route handler:
 * - `user`: anyone signed in;
 * - `merchant`: a member of a merchant, whatever its review status;
 * - `merchantOwner`: the owner of a merchant, whatever its review status;
 * - `activeMerchant`: a member of an approved, active merchant;
 * - `staff`: commission staff;
 * - `reviewer`: commission staff and park operators (an operator's scope is `parkScope`).
 */
export type Access = "user" | "merchant" | "merchantOwner" | "activeMerchant" | "staff" | "reviewer";

export type ActorFor<A extends Access> = A extends "merchant" | "merchantOwner" | "activeMerchant"
  ? Actor & { merchantId: string }
  : Actor;

export type ActorResult<A extends Access> =
  { ok: true; actor: ActorFor<A>; user: SessionUser } | { ok: false; reason: "unauthenticated" | "forbidden" };

export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, role: user.role, merchantId: user.merchant?.id ?? null, parkId: user.parkId };
}

const ROLES: Record<Access, readonly Role[]> = {
  user: ["MERCHANT", "STAFF", "PARK_OPERATOR"],
  merchant: ["MERCHANT"],
  merchantOwner: ["MERCHANT"],
  activeMerchant: ["MERCHANT"],
  staff: ["STAFF"],
  reviewer: ["STAFF", "PARK_OPERATOR"],
};

/** Whether a signed-in user passes an access rule. */
export function hasAccess(user: SessionUser, access: Access): boolean {
  if (!ROLES[access].includes(user.role)) return false;
  // Staff and operators without a second factor may only manage their own account (and so enrol).
  if (access !== "user" && needsSecondFactorEnrolment(user)) return false;
  if (access === "merchant") return user.merchant !== null;
  if (access === "merchantOwner") return user.merchant !== null && user.membershipRole === "OWNER";
  if (access === "activeMerchant") {
    return user.merchant?.verificationStatus === "APPROVED" && user.merchant.accountState === "ACTIVE";
  }
  return true;
}

/** The signed-in caller as an actor, when the access rule lets them in. */
export async function resolveActor<A extends Access>(access: A): Promise<ActorResult<A>> {
  const user = await getSessionUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  if (!hasAccess(user, access)) return { ok: false, reason: "forbidden" };
  return { ok: true, actor: actorOf(user) as ActorFor<A>, user };
}
