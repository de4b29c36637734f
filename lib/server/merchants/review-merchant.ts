import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/server/auth/actor";
import { parkScope } from "@/lib/server/auth/park-scope";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { createNotifications } from "@/lib/server/notifications/notify";

export const REVIEW_DECISIONS = ["approve", "reject", "request_revisions", "suspend", "reinstate"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Which state each decision applies to, and what it leads to. */
const TRANSITIONS = {
  approve: { from: { verificationStatus: "PENDING" }, to: { verificationStatus: "APPROVED" }, needsReason: false },
  reject: { from: { verificationStatus: "PENDING" }, to: { verificationStatus: "REJECTED" }, needsReason: true },
  request_revisions: {
    from: { verificationStatus: "PENDING" },
    to: { verificationStatus: "REVISION_REQUESTED" },
    needsReason: true,
  },
  suspend: {
    from: { verificationStatus: "APPROVED", accountState: "ACTIVE" },
    to: { accountState: "SUSPENDED" },
    needsReason: true,
  },
  reinstate: {
    from: { verificationStatus: "APPROVED", accountState: "SUSPENDED" },
    to: { accountState: "ACTIVE" },
    needsReason: false,
  },
} as const satisfies Record<ReviewDecision, { from: object; to: object; needsReason: boolean }>;

export function decisionNeedsReason(decision: ReviewDecision): boolean {
  return TRANSITIONS[decision].needsReason;
}

export type ReviewResult =
  | { ok: true; merchantId: string; notificationIds: string[] }
  | { ok: false; reason: "forbidden" | "notFound" | "wrongState" | "reasonRequired" };

type Reviewer = Pick<Actor, "userId" | "role" | "parkId">;

/**
 * Applies a review decision. The reviewer's scope and the state the decision
 * needs are part of the update's `where`, so a merchant outside the scope, or
 * one already decided by someone else, is never touched.
 */
export async function reviewMerchant(
  db: Db,
  reviewer: Reviewer,
  merchantId: string,
  decision: ReviewDecision,
  reason: string,
): Promise<ReviewResult> {
  if (reviewer.role !== "STAFF" && reviewer.role !== "PARK_OPERATOR") return { ok: false, reason: "forbidden" };
  const rule = TRANSITIONS[decision];
  const note = reason.trim();
  if (rule.needsReason && !note) return { ok: false, reason: "reasonRequired" };
  const scope = parkScope(reviewer);

  return db.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.merchant.updateMany({
      where: { id: merchantId, ...scope, ...rule.from },
      data: { ...rule.to, reviewedAt: now, decisionReason: note || null },
    });
    if (updated.count !== 1) {
      const visible = await tx.merchant.count({ where: { id: merchantId, ...scope } });
      return { ok: false, reason: visible ? "wrongState" : "notFound" } as const;
    }
    await recordAudit(tx, {
      actorId: reviewer.userId,
      action: `merchant.${decision}`,
      entityType: "Merchant",
      entityId: merchantId,
      reason: note || null,
    });
    const merchant = await tx.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      select: { nameZh: true, memberships: { select: { userId: true } } },
    });
    const notificationIds = await createNotifications(
      tx,
      merchant.memberships.map((m) => ({
        userId: m.userId,
        merchantId,
        kind: `merchant_${decision}`,
        params: { company: merchant.nameZh, reason: note },
      })),
    );
    // A suspension signs the company's members out everywhere; they sign in again to read why.
    if (decision === "suspend") for (const m of merchant.memberships) await revokeUserSessions(tx, m.userId, { now });
    return { ok: true, merchantId, notificationIds } as const;
  });
}
