import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { logSecurityEvent } from "@/lib/server/observability/security-log";
import type { Mail } from "@/lib/server/mail/send-mail";
import { passwordChangedMail } from "./password-changed-mail";

export type ChangePasswordResult =
  { ok: true; endedSessions: number; mail: Mail } | { ok: false; reason: "wrongPassword" };

/**
 * A signed-in user changes their own password: the current one must be
 * given. Every other session of the user ends (the one asking stays signed
 * in), and any open reset link stops working. The mail to send tells the
 * owner it happened.
 */
export async function changePassword(
  db: Db,
  actor: Pick<Actor, "userId">,
  input: { currentPassword: string; newPassword: string; keepSessionId: string | null },
): Promise<ChangePasswordResult> {
  const user = await db.user.findFirst({
    where: { id: actor.userId, disabled: false },
    select: { passwordHash: true, email: true, name: true, locale: true },
  });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, reason: "wrongPassword" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const result = await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    await tx.passwordToken.updateMany({ where: { userId: actor.userId, usedAt: null }, data: { usedAt: now } });
    const endedSessions = await revokeUserSessions(tx, actor.userId, { except: input.keepSessionId, now });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "account.password_change",
      entityType: "User",
      entityId: actor.userId,
      details: { endedSessions },
    });
    return { ok: true, endedSessions, mail: passwordChangedMail(user, "changed") } as const;
  });
  await logSecurityEvent({ event: "password.changed", userId: actor.userId });
  await logSecurityEvent({
    event: "session.revoked",
    userId: actor.userId,
    sessions: result.endedSessions,
    cause: "password.changed",
  });
  return result;
}
