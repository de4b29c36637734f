import "server-only";
import type { MerchantActor } from "@/lib/server/auth/actor";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { ProfileUpdateInput } from "@/lib/validation/merchant";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createNotifications } from "@/lib/server/notifications/notify";

export type ProfileFieldError = { uscc?: "usccTaken"; platformIds?: "platformUnknown" };

export type UpdateProfileResult =
  | { ok: true; resubmitted: boolean; changed: string[]; notificationIds: string[] }
  | { ok: false; fieldErrors: ProfileFieldError }
  | { ok: false; reason: "notFound" | "ownerOnly" };

// What identifies the company: changing any of them needs a new review.
const IDENTITY_FIELDS = ["nameZh", "nameEn", "uscc"] as const;
const CONTACT_FIELDS = ["contactName", "contactPhone"] as const;

class Refused extends Error {
  constructor(public readonly fieldErrors: ProfileFieldError) {
    super("refused");
  }
}

/**
 * An approved, active merchant the actor belongs to: as owner or member, or
 * as its owner only (what sends the company back to review is the owner's).
 */
function ownMerchantWhere(actor: MerchantActor, ownerOnly = false) {
  return {
    id: actor.merchantId,
    verificationStatus: "APPROVED" as const,
    accountState: "ACTIVE" as const,
    memberships: { some: { userId: actor.userId, ...(ownerOnly ? { role: "OWNER" as const } : {}) } },
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

async function notifyReviewers(tx: DbOrTx, parkId: string, merchantId: string, company: string) {
  const reviewers = await tx.user.findMany({
    where: { disabled: false, OR: [{ role: "STAFF" }, { role: "PARK_OPERATOR", parkId }] },
    select: { id: true },
  });
  return createNotifications(
    tx,
    reviewers.map((r) => ({
      userId: r.id,
      kind: "merchant_resubmitted",
      params: { company },
      link: `/admin/merchants/${merchantId}`,
    })),
  );
}

/**
 * Saves an approved merchant's profile in one transaction. A new company name
 * or USCC sends the merchant back to review and tells the reviewers, and only
 * the owner may do that (a member's attempt changes nothing); contact,
 * platforms and categories are simply saved, by the owner or a member.
 */
export async function updateMerchantProfile(
  db: Db,
  actor: MerchantActor,
  input: ProfileUpdateInput,
): Promise<UpdateProfileResult> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.merchant.findFirst({
        where: ownMerchantWhere(actor),
        select: {
          nameZh: true,
          nameEn: true,
          uscc: true,
          parkId: true,
          contactName: true,
          contactPhone: true,
          platforms: { select: { platformId: true } },
          categories: { select: { hsChapter: true } },
        },
      });
      if (!current) return { ok: false, reason: "notFound" } as const;

      const [knownPlatforms, usccOwner] = await Promise.all([
        tx.platform.count({ where: { id: { in: input.platformIds } } }),
        tx.merchant.findUnique({ where: { uscc: input.uscc }, select: { id: true } }),
      ]);
      const errors: ProfileFieldError = {};
      if (knownPlatforms !== input.platformIds.length) errors.platformIds = "platformUnknown";
      if (usccOwner && usccOwner.id !== actor.merchantId) errors.uscc = "usccTaken";
      if (Object.keys(errors).length) throw new Refused(errors);

      const identityChanged = IDENTITY_FIELDS.filter((f) => current[f] !== input[f]);
      const changed: string[] = [...identityChanged, ...CONTACT_FIELDS.filter((f) => current[f] !== input[f])];
      const platformsChanged = !sameSet(
        current.platforms.map((p) => p.platformId),
        input.platformIds,
      );
      const categoriesChanged = !sameSet(
        current.categories.map((c) => c.hsChapter),
        input.hsChapters,
      );
      if (platformsChanged) changed.push("platformIds");
      if (categoriesChanged) changed.push("hsChapters");
      if (!changed.length) return { ok: true, resubmitted: false, changed, notificationIds: [] } as const;

      const resubmitted = identityChanged.length > 0;
      // The owner's role is part of the update's where when the identity changes.
      if (resubmitted && !(await tx.merchant.count({ where: ownMerchantWhere(actor, true) }))) {
        return { ok: false, reason: "ownerOnly" } as const;
      }
      const updated = await tx.merchant.updateMany({
        where: ownMerchantWhere(actor, resubmitted),
        data: {
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          uscc: input.uscc,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          ...(resubmitted ? { verificationStatus: "PENDING", submittedAt: new Date(), decisionReason: null } : {}),
        },
      });
      if (updated.count !== 1) return { ok: false, reason: "notFound" } as const;
      if (platformsChanged) {
        await tx.merchantPlatform.deleteMany({ where: { merchantId: actor.merchantId } });
        await tx.merchantPlatform.createMany({
          data: input.platformIds.map((platformId) => ({ merchantId: actor.merchantId, platformId })),
        });
      }
      if (categoriesChanged) {
        await tx.merchantCategory.deleteMany({ where: { merchantId: actor.merchantId } });
        await tx.merchantCategory.createMany({
          data: input.hsChapters.map((hsChapter) => ({ merchantId: actor.merchantId, hsChapter })),
        });
      }
      await recordAudit(tx, {
        actorId: actor.userId,
        action: resubmitted ? "merchant.profile_resubmit" : "merchant.profile_update",
        entityType: "Merchant",
        entityId: actor.merchantId,
        details: {
          changed,
          ...(resubmitted ? { before: Object.fromEntries(identityChanged.map((f) => [f, current[f]])) } : {}),
        },
      });
      const notificationIds = resubmitted
        ? await notifyReviewers(tx, current.parkId, actor.merchantId, input.nameZh)
        : [];
      return { ok: true, resubmitted, changed, notificationIds } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, fieldErrors: error.fieldErrors };
    // Another merchant took the code between the check and the update.
    if (isUniqueViolation(error, "uscc")) {
      return { ok: false, fieldErrors: { uscc: "usccTaken" } };
    }
    throw error;
  }
}

/** What the profile page shows: the merchant's current values and the choices. */
export async function loadProfileForm(db: Db, merchantId: string) {
  const [merchant, platforms] = await Promise.all([
    db.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      select: {
        id: true,
        nameZh: true,
        nameEn: true,
        uscc: true,
        contactName: true,
        contactPhone: true,
        platforms: { select: { platformId: true } },
        categories: { select: { hsChapter: true }, orderBy: { hsChapter: "asc" } },
        logo: { select: { updatedAt: true } },
      },
    }),
    db.platform.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, nameZh: true, nameEn: true },
    }),
  ]);
  return { merchant, platforms };
}
