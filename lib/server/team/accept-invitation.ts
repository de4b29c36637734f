import "server-only";
import { z } from "zod";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createNotifications } from "@/lib/server/notifications/notify";
import { passwordField } from "@/lib/validation/merchant";
import { removedAccount } from "./owner";
import { hashInvitationToken, isWellFormedToken } from "./tokens";

export const AcceptInvitation = z
  .object({
    name: z.string().trim().min(1, "required").max(50, "tooLong"),
    password: passwordField,
    confirmPassword: z.string().max(200, "tooLong"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

export type InvitationProblem = "invalid" | "expired" | "revoked" | "used";

export type OpenInvitation = {
  email: string;
  merchant: { nameZh: string; nameEn: string };
  /** The email belongs to a colleague removed from a team earlier, who comes back with a new password. */
  returning: boolean;
};

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
  const returning = (await db.user.count({ where: { email: inv.email.toLowerCase(), ...removedAccount } })) > 0;
  return { ok: true, invitation: { email: inv.email, merchant: inv.merchant, returning } };
}

export type AcceptResult =
  | { ok: true; email: string; userId: string; merchantId: string; notificationIds: string[] }
  | { ok: false; reason: InvitationProblem | "emailTaken" };

class EmailTaken extends Error {}

/**
 * The account that joins: a new one, or one removed from a team earlier,
 * which comes back under the new name and password (its sessions from before
 * stay ended, since they carry the old password's fingerprint). Any other
 * account with the email means the address is taken.
 */
async function joinAccount(
  tx: DbOrTx,
  email: string,
  merchantId: string,
  input: { name: string; passwordHash: string },
) {
  const membership = { create: { merchantId, role: "MEMBER" as const } };
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) {
    const user = await tx.user.create({
      data: { email, name: input.name, passwordHash: input.passwordHash, role: "MERCHANT", membership },
      select: { id: true },
    });
    return { id: user.id, returning: false };
  }
  // Conditional, so an account that is not (or no longer) a removed one is left alone.
  const revived = await tx.user.updateMany({
    where: { id: existing.id, ...removedAccount },
    data: { name: input.name, passwordHash: input.passwordHash, disabled: false },
  });
  if (revived.count !== 1) throw new EmailTaken();
  await tx.membership.create({ data: { userId: existing.id, merchantId, role: "MEMBER" } });
  return { id: existing.id, returning: true };
}

/**
 * A colleague accepts an invitation: their account, a MEMBER membership, the
 * invitation marked used, an audit entry and the owner's notification, in one
 * transaction. Claiming the invitation is a conditional update, so a link is
 * used once even when the form is sent twice at the same moment.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; passwordHash: string },
  now = new Date(),
): Promise<AcceptResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  const tokenHash = hashInvitationToken(token);
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
      const user = await joinAccount(tx, email, inv.merchantId, input);
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
          kind: "member_joined",
          params: { name: input.name, email },
          link: "/merchant/team",
        })),
      );
      return { ok: true, email, userId: user.id, merchantId: inv.merchantId, notificationIds } as const;
    });
  } catch (error) {
    // Thrown to undo the claim; a racing sign-up with the same email ends here too.
    if (error instanceof EmailTaken || isUniqueViolation(error)) return { ok: false, reason: "emailTaken" };
    throw error;
  }
}
