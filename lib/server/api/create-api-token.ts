import "server-only";
import type { Db } from "@/lib/db/create-client";
import { z } from "zod";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { MerchantActor } from "@/lib/server/auth/actor";
import { findOwnerMembership } from "@/lib/server/team/owner";
import { requiredText } from "@/lib/validation/text";
import { newApiToken } from "./tokens";

/** Live tokens a merchant may hold at once. */
export const MAX_LIVE_TOKENS = 10;

export const CreateApiToken = z.object({ name: requiredText(60) });

export type CreateTokenResult =
  { ok: true; id: string; token: string; name: string } | { ok: false; reason: "forbidden" | "tooMany" };

/** The owner creates an ERP token. Only its SHA-256 hash is stored; the token is returned this once. */
export async function createApiToken(db: Db, actor: MerchantActor, name: string): Promise<CreateTokenResult> {
  const { token, tokenHash, prefix } = newApiToken();
  return db.$transaction(async (tx) => {
    if (!(await findOwnerMembership(tx, actor))) return { ok: false, reason: "forbidden" } as const;
    const live = await tx.apiToken.count({ where: { merchantId: actor.merchantId, revokedAt: null } });
    if (live >= MAX_LIVE_TOKENS) return { ok: false, reason: "tooMany" } as const;
    const row = await tx.apiToken.create({
      data: { merchantId: actor.merchantId, name, prefix, tokenHash, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "api_token.create",
      entityType: "ApiToken",
      entityId: row.id,
      details: { merchantId: actor.merchantId, name, prefix },
    });
    return { ok: true, id: row.id, token, name } as const;
  });
}
