import "server-only";
import { z } from "zod";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { verifyPassword } from "@/lib/server/auth/password";
import { createNotifications } from "@/lib/server/notifications/notify";
import { recordConsent, type GivenConsent } from "@/lib/server/privacy/consents";
import { hitRateLimit, peekRateLimit } from "@/lib/server/rate-limit";
import { passwordField } from "@/lib/validation/merchant";
import { removedAccount } from "./owner";
import { hashInvitationToken, isWellFormedToken } from "./tokens";

/** A new account: its name and a password chosen now. */
export const AcceptInvitation = z
  .object({
    name: z.string().trim().min(1, "required").max(50, "tooLong"),
    password: passwordField,
    confirmPassword: z.string().max(200, "tooLong"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

/** An account that exists already proves itself with its own password; nothing about it is set here. */
export const RejoinInvitation = z.object({
  password: z.string().min(1, "required").max(200, "tooLong"),
});

export type InvitationProblem = "invalid" | "expired" | "revoked" | "used";

export type OpenInvitation = {
  email: string;
  merchant: { nameZh: string; nameEn: string };
  /**
   * The email belongs to a colleague removed from a team earlier: the page
   * asks for that account's own password, never a new one. (Any other
   * account with the email cannot accept: the address is taken.)
   */
  existing: boolean;
};

/** Wrong passwords for one account through invitation links, before the form stops trying. */
export const REJOIN_ATTEMPTS = { limit: 5, windowSeconds: 15 * 60 };
const rejoinKey = (userId: string) => `invite-rejoin:${userId}`;

/** Why a stored invitation cannot be used now, or null when it can. */
function problemOf(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null,
  now: Date,
): InvitationProblem | null {
  if (!inv) return "invalid";
  if (inv.acceptedAt) return "used";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt <= now) return "expired";
  return null;
}

function findByToken(tx: DbOrTx, token: string) {
  return tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      merchantId: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      merchant: { select: { nameZh: true, nameEn: true } },
    },
  });
}

/** The invitation behind a link, for the page that shows it. */
export async function findInvitation(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ ok: true; invitation: OpenInvitation } | { ok: false; reason: InvitationProblem }> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  const inv = await findByToken(db, token);
  const problem = problemOf(inv, now);
  if (problem || !inv) return { ok: false, reason: problem ?? "invalid" };
  const existing = (await db.user.count({ where: { email: inv.email.toLowerCase(), ...removedAccount } })) > 0;
  return { ok: true, invitation: { email: inv.email, merchant: inv.merchant, existing } };
}

/** A new account (name and a new password's hash), or an existing one proving itself with its password. */
export type AcceptInput = { name: string; passwordHash: string } | { currentPassword: string };

export type AcceptResult =
  | { ok: true; email: string; userId: string; merchantId: string; notificationIds: string[] }
  | { ok: false; reason: InvitationProblem | "emailTaken" | "wrongPassword" | "tooManyAttempts" | "accountChanged" };

class Refused extends Error {
  constructor(public readonly reason: "emailTaken" | "wrongPassword" | "accountChanged") {
    super(reason);
  }
}

/**
 * The account that joins. A new one is created with the name and password
 * given. An account that exists is never given a password or a name by an
 * invitation (whoever holds the link, the inviting owner included): it joins
 * only when it was removed from its team and its own current password was
 * given, and its hash is still the one that password was checked against.
 */
async function joinAccount(tx: DbOrTx, email: string, merchantId: string, input: AcceptInput, verifiedHash?: string) {
  const membership = { create: { merchantId, role: "MEMBER" as const } };
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!existing) {
    if (!("passwordHash" in input)) throw new Refused("accountChanged");
    const user = await tx.user.create({
      data: { email, name: input.name, passwordHash: input.passwordHash, role: "MERCHANT", membership },
      select: { id: true, name: true },
    });
    return { ...user, returning: false };
  }
  if (!("currentPassword" in input) || !verifiedHash) throw new Refused("emailTaken");
  // Conditional, so an account that is not (or no longer) a removed one, or whose password changed, is left alone.
  const revived = await tx.user.updateMany({
    where: { id: existing.id, passwordHash: verifiedHash, ...removedAccount },
    data: { disabled: false },
  });
  if (revived.count !== 1) throw new Refused("emailTaken");
  await tx.membership.create({ data: { userId: existing.id, merchantId, role: "MEMBER" } });
  // Whatever was signed in before the removal stays signed out.
  await tx.session.updateMany({ where: { userId: existing.id, revokedAt: null }, data: { revokedAt: new Date() } });
  return { ...existing, returning: true };
}

/**
 * For an existing account: checks its own password before anything is
 * claimed, a few attempts per account and quarter hour. Returns the hash the
 * password matched, or why not.
 */
async function verifyExisting(
  db: Db,
  token: string,
  currentPassword: string,
  now: Date,
): Promise<
  | { ok: true; hash: string }
  | { ok: false; reason: "wrongPassword" | "tooManyAttempts" | "accountChanged" | "emailTaken" }
> {
  const inv = await findByToken(db, token);
  if (!inv) return { ok: false, reason: "accountChanged" };
  const email = inv.email.toLowerCase();
  // Only a removed account can come back; an active one is never asked for its password here.
  const user = await db.user.findFirst({
    where: { email, ...removedAccount },
    select: { id: true, passwordHash: true },
  });
  if (!user)
    return { ok: false, reason: (await db.user.count({ where: { email } })) ? "emailTaken" : "accountChanged" };
  if ((await peekRateLimit(db, rejoinKey(user.id), REJOIN_ATTEMPTS, now)).limited) {
    return { ok: false, reason: "tooManyAttempts" };
  }
  if (await verifyPassword(currentPassword, user.passwordHash)) return { ok: true, hash: user.passwordHash };
  await hitRateLimit(db, rejoinKey(user.id), REJOIN_ATTEMPTS, now);
  return { ok: false, reason: "wrongPassword" };
}

/**
 * A colleague accepts an invitation: their account (or their own existing
 * one back), a MEMBER membership, the invitation marked used, an audit entry
 * and the owner's notification, in one transaction. Claiming the invitation
 * is a conditional update, so a link is used once even when the form is sent
 * twice at the same moment. The joiner's consent to the privacy notice (checked
 * by the action) is written in the same transaction.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: AcceptInput,
  now = new Date(),
  consent?: GivenConsent,
): Promise<AcceptResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  const tokenHash = hashInvitationToken(token);
  let verifiedHash: string | undefined;
  if ("currentPassword" in input) {
    const open = problemOf(await findByToken(db, token), now);
    if (open) return { ok: false, reason: open };
    const checked = await verifyExisting(db, token, input.currentPassword, now);
    if (!checked.ok) return checked;
    verifiedHash = checked.hash;
  }
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count !== 1) {
        return { ok: false, reason: problemOf(await findByToken(tx, token), now) ?? "invalid" } as const;
      }
      const inv = await tx.invitation.findUniqueOrThrow({
        where: { tokenHash },
        select: { id: true, email: true, merchantId: true },
      });
      const email = inv.email.toLowerCase();
      const user = await joinAccount(tx, email, inv.merchantId, input, verifiedHash);
      if (consent) await recordConsent(tx, user.id, "INVITATION", consent, { now });
      await recordAudit(tx, {
        actorId: user.id,
        action: user.returning ? "team.rejoin" : "team.join",
        entityType: "Invitation",
        entityId: inv.id,
        details: { merchantId: inv.merchantId, email },
      });
      const owners = await tx.membership.findMany({
        where: { merchantId: inv.merchantId, role: "OWNER", user: { disabled: false } },
        select: { userId: true },
      });
      const notificationIds = await createNotifications(
        tx,
        owners.map((o) => ({
          userId: o.userId,
          merchantId: inv.merchantId,
          kind: "member_joined",
          params: { name: user.name, email },
          link: "/merchant/team",
        })),
      );
      return { ok: true, email, userId: user.id, merchantId: inv.merchantId, notificationIds } as const;
    });
  } catch (error) {
    // Thrown to undo the claim; a racing sign-up with the same email ends here too.
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    if (isUniqueViolation(error)) return { ok: false, reason: "emailTaken" };
    throw error;
  }
}
