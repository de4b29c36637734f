import "server-only";
import type { MerchantActor } from "@/lib/server/auth/actor";
import type { DbOrTx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";

/**
 * The actor's owner membership of an approved, active merchant, or null. The
 * role is part of the query, so a member or an outsider finds nothing.
 */
export function findOwnerMembership(tx: DbOrTx, actor: MerchantActor) {
  return tx.membership.findFirst({
    where: {
      userId: actor.userId,
      merchantId: actor.merchantId,
      role: "OWNER",
      user: { disabled: false },
      merchant: { verificationStatus: "APPROVED", accountState: "ACTIVE" },
    },
    select: { user: { select: { name: true } }, merchant: { select: { nameZh: true, nameEn: true } } },
  });
}

/**
 * An account the owner removed from a team: disabled and in no team. Its
 * email may be invited back; accepting takes the account's own current
 * password (an invitation never sets or replaces it) and gives it a new
 * membership, and every session from before stays ended.
 */
export const removedAccount = {
  role: "MERCHANT",
  disabled: true,
  membership: { is: null },
} satisfies Prisma.UserWhereInput;
