import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/actor";
import { confirmPassword } from "@/lib/server/auth/reauthenticate";
import { checkSecondFactor, replaceRecoveryCodes, turnTotpOff } from "@/lib/server/auth/second-factor";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { decryptTotpSecret, encryptTotpSecret, matchTotpStep, newTotpSecret, totpUri } from "@/lib/server/auth/totp";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

type Who = Pick<Actor, "userId">;
/**
 * Who turns the second factor on or off, and from which session: that one
 * stays signed in, and every other session of the user ends, as after a new
 * password, so that a session someone else opened before the change does not
 * outlive it.
 */
type FromSession = Who & { sessionId: string | null };

export type SecondFactorState =
  | { enabled: true; recoveryCodesLeft: number }
  /** Enrolment under way: the secret to show, as text and as the URI behind the QR code. */
  | { enabled: false; secret: string; uri: string };

/**
 * The account's second factor as its page shows it. Without one, a secret is
 * made (and kept, encrypted, until it is confirmed or replaced), so that the
 * page shows the same QR code on every visit until the user confirms it.
 * Once TOTP is on, the secret is never shown again.
 */
export async function getSecondFactor(db: Db, actor: Who): Promise<SecondFactorState | null> {
  const user = await db.user.findFirst({
    where: { id: actor.userId, disabled: false },
    select: { email: true, totpSecretEncrypted: true, totpEnabledAt: true },
  });
  if (!user) return null;
  if (user.totpEnabledAt) {
    const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } });
    return { enabled: true, recoveryCodesLeft };
  }
  let secret = user.totpSecretEncrypted ? decryptTotpSecret(user.totpSecretEncrypted, actor.userId) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.updateMany({
      where: { id: actor.userId, totpEnabledAt: null },
      data: { totpSecretEncrypted: encryptTotpSecret(secret, actor.userId), totpLastStep: null },
    });
  }
  return { enabled: false, secret, uri: totpUri(secret, user.email) };
}

export type RecoveryCodesResult = { ok: true; recoveryCodes: string[] } | { ok: false };

/**
 * Turns TOTP on once the user types a current code from the secret shown:
 * the code's step is stored as used, and ten recovery codes are made and
 * returned, to be shown this once.
 */
export async function confirmSecondFactor(
  db: Db,
  actor: FromSession,
  code: string,
  now = new Date(),
): Promise<RecoveryCodesResult> {
  const user = await db.user.findFirst({
    where: { id: actor.userId, disabled: false, totpEnabledAt: null, totpSecretEncrypted: { not: null } },
    select: { totpSecretEncrypted: true },
  });
  const secret = user?.totpSecretEncrypted ? decryptTotpSecret(user.totpSecretEncrypted, actor.userId) : null;
  const step = secret ? matchTotpStep(secret, code.replace(/\s/g, ""), now) : null;
  if (step === null) return { ok: false };
  const recoveryCodes = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, totpEnabledAt: null },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) return null;
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    const endedSessions = await revokeUserSessions(tx, actor.userId, { except: actor.sessionId, now });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "account.mfa_enable",
      entityType: "User",
      entityId: actor.userId,
      details: { endedSessions },
    });
    return { codes, endedSessions };
  });
  if (!recoveryCodes) return { ok: false };
  await logSecurityEvent({ event: "mfa.enabled", userId: actor.userId });
  await logSecurityEvent({
    event: "session.revoked",
    userId: actor.userId,
    sessions: recoveryCodes.endedSessions,
    cause: "mfa.enabled",
  });
  return { ok: true, recoveryCodes: recoveryCodes.codes };
}

/** The current password and a code (or a recovery code), as turning off or renewing codes needs (ASVS 3.7.1). */
async function reauthenticate(db: Db, actor: Who, password: string, code: string, now: Date): Promise<boolean> {
  if (!(await confirmPassword(db, actor.userId, password))) return false;
  return (await checkSecondFactor(db, actor.userId, code, now)).ok;
}

/** Ten new recovery codes in place of the old ones, after the password and a code. */
export async function renewRecoveryCodes(
  db: Db,
  actor: Who,
  input: { password: string; code: string },
  now = new Date(),
): Promise<RecoveryCodesResult> {
  if (!(await reauthenticate(db, actor, input.password, input.code, now))) return { ok: false };
  const recoveryCodes = await db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "account.mfa_recovery_renew",
      entityType: "User",
      entityId: actor.userId,
    });
    return codes;
  });
  await logSecurityEvent({ event: "mfa.recoveryCodesRenewed", userId: actor.userId });
  return { ok: true, recoveryCodes };
}

/** Turns TOTP off after the password and a code: the secret and the recovery codes are deleted. */
export async function disableSecondFactor(
  db: Db,
  actor: FromSession,
  input: { password: string; code: string },
  now = new Date(),
): Promise<{ ok: boolean }> {
  if (!(await reauthenticate(db, actor, input.password, input.code, now))) return { ok: false };
  const endedSessions = await db.$transaction(async (tx) => {
    await turnTotpOff(tx, actor.userId);
    const endedSessions = await revokeUserSessions(tx, actor.userId, { except: actor.sessionId, now });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "account.mfa_disable",
      entityType: "User",
      entityId: actor.userId,
      details: { endedSessions },
    });
    return endedSessions;
  });
  await logSecurityEvent({ event: "mfa.disabled", userId: actor.userId });
  await logSecurityEvent({
    event: "session.revoked",
    userId: actor.userId,
    sessions: endedSessions,
    cause: "mfa.disabled",
  });
  return { ok: true };
}
