import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findPasswordToken, type PasswordTokenPurpose } from "@/lib/server/auth/password-tokens";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { logSecurityEvent } from "@/lib/server/observability/security-log";
import type { Mail } from "@/lib/server/mail/send-mail";
import { passwordChangedMail } from "./password-changed-mail";

export type ResetPasswordResult =
  { ok: true; purpose: PasswordTokenPurpose; email: string; mail: Mail | null } | { ok: false; reason: "invalid" };

/**
 * Sets a password from a reset or set-up link. The link works once: it is
 * claimed in the same transaction that sets the password, so two tabs
 * cannot both use it. Every session of the user ends, and any other open
 * link stops working. A disabled account is not reopened by a link. A
 * reset (not the first set-up of a new account) comes with the mail that
 * tells the owner.
 */
export async function resetPassword(
  db: Db,
  token: string,
  passwordHash: string,
  now = new Date(),
): Promise<ResetPasswordResult> {
  const result = await db.$transaction(async (tx) => {
    const found = await findPasswordToken(tx, token, now);
    if (!found || found.user.disabled) return { ok: false, reason: "invalid" } as const;
    const claimed = await tx.passwordToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return { ok: false, reason: "invalid" } as const;
    const user = await tx.user.update({
      where: { id: found.userId },
      data: { passwordHash },
      select: { email: true, name: true, locale: true },
    });
    await tx.passwordToken.updateMany({ where: { userId: found.userId, usedAt: null }, data: { usedAt: now } });
    const endedSessions = await revokeUserSessions(tx, found.userId, { now });
    await recordAudit(tx, {
      actorId: found.userId,
      action: found.purpose === "SETUP" ? "account.password_setup" : "account.password_reset",
      entityType: "User",
      entityId: found.userId,
      details: { endedSessions },
    });
    const mail = found.purpose === "RESET" ? passwordChangedMail(user, "reset") : null;
    return {
      ok: true,
      purpose: found.purpose,
      email: found.user.email,
      mail,
      userId: found.userId,
      endedSessions,
    } as const;
  });
  if (!result.ok) return result;
  const { userId, endedSessions, ...answer } = result;
  const event = result.purpose === "SETUP" ? "password.setUp" : "password.reset";
  await logSecurityEvent({ event, userId });
  await logSecurityEvent({ event: "session.revoked", userId, sessions: endedSessions, cause: event });
  return answer;
}
