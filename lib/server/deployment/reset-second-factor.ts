import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { turnTotpOff } from "@/lib/server/auth/second-factor";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { logSecurityEvent } from "@/lib/server/observability/security-log";
import { emailField } from "@/lib/validation/merchant";

export type ResetSecondFactorResult =
  | { ok: true; email: string; role: string; securityKeys: number; recoveryCodes: number; endedSessions: number }
  | { ok: false; reason: "invalid" | "unknown" };

/**
 * For the deployment's operator (`npm run db:reset-second-factor`), when a
 * user has lost the phone, the recovery codes and any security key: TOTP is
 * turned off, its secret, the recovery codes and the security keys are
 * deleted, and every session of the account ends, in one transaction with an
 * audit entry. At the next sign-in (password only) staff and park operators
 * are sent to enrolment before anything else opens. An unknown or malformed
 * address changes nothing.
 */
export async function resetSecondFactor(db: Db, input: { email: unknown }): Promise<ResetSecondFactorResult> {
  const parsed = emailField.safeParse(input.email);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = parsed.data;
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!user) return null;
    const recoveryCodes = await turnTotpOff(tx, user.id);
    const securityKeys = (await tx.webAuthnCredential.deleteMany({ where: { userId: user.id } })).count;
    const endedSessions = await revokeUserSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: null,
      action: "account.mfa_reset",
      entityType: "User",
      entityId: user.id,
      details: { via: "db:reset-second-factor", endedSessions },
    });
    return { userId: user.id, role: user.role, recoveryCodes, securityKeys, endedSessions };
  });
  if (!result) return { ok: false, reason: "unknown" };
  await logSecurityEvent({ event: "mfa.disabled", userId: result.userId });
  await logSecurityEvent({
    event: "session.revoked",
    userId: result.userId,
    sessions: result.endedSessions,
    cause: "mfa.reset",
  });
  const { role, recoveryCodes, securityKeys, endedSessions } = result;
  return { ok: true, email, role, recoveryCodes, securityKeys, endedSessions };
}
