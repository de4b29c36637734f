import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { MerchantActor } from "@/lib/server/auth/actor";
import { findOwnerMembership } from "./owner";
import { lookupId } from "@/lib/validation/text";

export type RevokeResult = { ok: true; email: string } | { ok: false; reason: "forbidden" | "notFound" };

/** The owner withdraws an invitation that has not been used yet. */
export async function revokeInvitation(
  db: Db,
  actor: MerchantActor,
  invitationId: string,
  now = new Date(),
): Promise<RevokeResult> {
  return db.$transaction(async (tx) => {
    if (!(await findOwnerMembership(tx, actor))) return { ok: false, reason: "forbidden" } as const;
    const revoked = await tx.invitation.updateMany({
      where: { id: lookupId(invitationId), merchantId: actor.merchantId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) return { ok: false, reason: "notFound" } as const;
    const { email } = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { email: true } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "team.revoke",
      entityType: "Invitation",
      entityId: invitationId,
      details: { merchantId: actor.merchantId, email },
    });
    return { ok: true, email } as const;
  });
}
