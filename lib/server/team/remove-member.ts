import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { MerchantActor } from "@/lib/server/auth/actor";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { findOwnerMembership } from "./owner";
import { lookupId } from "@/lib/validation/text";

export type RemoveResult =
  { ok: true; name: string } | { ok: false; reason: "forbidden" | "notFound" | "cannotRemoveOwner" };

/**
 * The owner removes a member: the membership goes and the account is
 * disabled and its sessions are revoked, which ends them at once (the guards
 * check the session and the user on every request). The owner itself cannot be removed.
 */
export async function removeMember(db: Db, actor: MerchantActor, membershipId: string): Promise<RemoveResult> {
  return db.$transaction(async (tx) => {
    if (!(await findOwnerMembership(tx, actor))) return { ok: false, reason: "forbidden" } as const;
    const target = await tx.membership.findFirst({
      where: { id: lookupId(membershipId), merchantId: actor.merchantId },
      select: { userId: true, role: true, user: { select: { name: true, email: true } } },
    });
    if (!target) return { ok: false, reason: "notFound" } as const;
    if (target.role !== "MEMBER" || target.userId === actor.userId)
      return { ok: false, reason: "cannotRemoveOwner" } as const;
    const deleted = await tx.membership.deleteMany({
      where: { id: lookupId(membershipId), merchantId: actor.merchantId, role: "MEMBER" },
    });
    if (deleted.count !== 1) return { ok: false, reason: "notFound" } as const;
    await tx.user.update({ where: { id: target.userId }, data: { disabled: true } });
    await revokeUserSessions(tx, target.userId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "team.remove",
      entityType: "User",
      entityId: target.userId,
      details: { merchantId: actor.merchantId, email: target.user.email },
    });
    return { ok: true, name: target.user.name } as const;
  });
}
