import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { hashInvitationToken, isWellFormedToken, newInvitationToken } from "@/lib/server/team/tokens";

export type PasswordTokenPurpose = "RESET" | "SETUP";

/** How long a link that sets a password works: an hour for a reset, three days for a new staff account. */
export const PASSWORD_TOKEN_TTL_MS: Record<PasswordTokenPurpose, number> = {
  RESET: 60 * 60 * 1000,
  SETUP: 72 * 60 * 60 * 1000,
};

/**
 * A new one-time link token for setting a user's password. Only its hash is
 * stored; earlier unused tokens of the same purpose stop working.
 */
export async function issuePasswordToken(
  db: DbOrTx,
  userId: string,
  purpose: PasswordTokenPurpose,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS[purpose]);
  await db.passwordToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await db.passwordToken.create({ data: { userId, purpose, tokenHash, expiresAt } });
  return { token, expiresAt };
}

/** The open token a link carries (unused, unexpired), or null; a malformed token finds nothing. */
export async function findPasswordToken(db: DbOrTx, token: string, now = new Date()) {
  if (!isWellFormedToken(token)) return null;
  return db.passwordToken.findFirst({
    where: { tokenHash: hashInvitationToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true, purpose: true, user: { select: { email: true, name: true, disabled: true } } },
  });
}
