import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { MerchantActor } from "@/lib/server/auth/actor";
import { findOwnerMembership } from "@/lib/server/team/owner";
import { lookupId } from "@/lib/validation/text";

export type RevokeTokenResult = { ok: true; name: string } | { ok: false; reason: "forbidden" | "notFound" };

/** The owner revokes a token; it stops working at once, and stays in the list as revoked. */
export async function revokeApiToken(
  db: Db,
  actor: MerchantActor,
  tokenId: string,
  now = new Date(),
): Promise<RevokeTokenResult> {
  return db.$transaction(async (tx) => {
    if (!(await findOwnerMembership(tx, actor))) return { ok: false, reason: "forbidden" } as const;
    const revoked = await tx.apiToken.updateMany({
      where: { id: lookupId(tokenId), merchantId: actor.merchantId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) return { ok: false, reason: "notFound" } as const;
    const { name, prefix } = await tx.apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { name: true, prefix: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "api_token.revoke",
      entityType: "ApiToken",
      entityId: tokenId,
      details: { merchantId: actor.merchantId, name, prefix },
    });
    return { ok: true, name } as const;
  });
}
