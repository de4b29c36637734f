import type { Db, DbOrTx } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { RegistrationInput, ResubmissionInput } from "@/lib/validation/merchant";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createNotifications } from "@/lib/server/notifications/notify";
import { recordConsent, type GivenConsent } from "@/lib/server/privacy/consents";

export type TakenField = "uscc" | "email" | "parkId" | "platformIds";
type FieldRefusal = {
  ok: false;
  fieldErrors: Partial<Record<TakenField, "usccTaken" | "emailTaken" | "invalidChoice">>;
};
export type RegisterResult =
  | { ok: true; userId: string; merchantId: string; notificationIds: string[] }
  | FieldRefusal
  /** The email has an account already: nothing is created, and the visitor is answered as for a new one. */
  | { ok: false; reason: "emailKnown"; userId: string };

/** What the audit log calls a registration that named an email or a USCC already on the portal. */
export const REGISTER_CONFLICT = "merchant.register_conflict";

/** Records a registration that named a taken email or USCC, for staff to see in the review queue. */
function recordConflict(
  tx: DbOrTx,
  input: RegistrationInput,
  conflict: { kind: "email"; userId: string } | { kind: "uscc"; merchantId: string },
) {
  return recordAudit(tx, {
    actorId: null,
    action: REGISTER_CONFLICT,
    entityType: conflict.kind === "email" ? "User" : "Merchant",
    entityId: conflict.kind === "email" ? conflict.userId : conflict.merchantId,
    details: {
      conflict: conflict.kind,
      nameZh: input.nameZh,
      uscc: input.uscc,
      email: input.email,
      parkId: input.parkId,
    },
  });
}

class Refused extends Error {
  constructor(public readonly fieldErrors: FieldRefusal["fieldErrors"]) {
    super("refused");
  }
}

/** Checks the park, platforms and USCC a registration or resubmission names. */
async function checkReferences(
  tx: DbOrTx,
  input: Pick<RegistrationInput, "parkId" | "platformIds" | "uscc">,
  exceptMerchantId?: string,
) {
  const [park, platforms, usccOwner] = await Promise.all([
    tx.park.count({ where: { id: input.parkId } }),
    tx.platform.count({ where: { id: { in: input.platformIds } } }),
    tx.merchant.findUnique({ where: { uscc: input.uscc }, select: { id: true } }),
  ]);
  const errors: FieldRefusal["fieldErrors"] = {};
  if (!park) errors.parkId = "invalidChoice";
  if (platforms !== input.platformIds.length) errors.platformIds = "invalidChoice";
  if (usccOwner && usccOwner.id !== exceptMerchantId) errors.uscc = "usccTaken";
  return errors;
}

/** Staff, and the operators of the merchant's park, are told of a submission. */
async function notifyReviewers(tx: DbOrTx, parkId: string, kind: string, merchantId: string, company: string) {
  const reviewers = await tx.user.findMany({
    where: { disabled: false, OR: [{ role: "STAFF" }, { role: "PARK_OPERATOR", parkId }] },
    select: { id: true },
  });
  return createNotifications(
    tx,
    reviewers.map((r) => ({ userId: r.id, kind, params: { company }, link: `/admin/merchants/${merchantId}` })),
  );
}

/**
 * A company registers: its owner account, the merchant awaiting review, its
 * platforms and categories, an audit entry and the reviewers' notifications,
 * all in one transaction. The field problems (park, platforms, a USCC that is
 * registered already: company registration is public) never depend on the
 * email; an email that has an account creates nothing and is answered like a
 * new one (`emailKnown`), so the form does not tell who is registered. Both
 * conflicts are written to the audit log for staff. The owner's consent to
 * the privacy notice (the form's checkbox, checked by the action) is written
 * with the account.
 */
export async function registerMerchant(
  db: Db,
  input: RegistrationInput,
  passwordHash: string,
  consent?: GivenConsent,
): Promise<RegisterResult> {
  try {
    return await db.$transaction(async (tx) => {
      const errors = await checkReferences(tx, input);
      if (errors.uscc) {
        const holder = await tx.merchant.findUniqueOrThrow({ where: { uscc: input.uscc }, select: { id: true } });
        await recordConflict(tx, input, { kind: "uscc", merchantId: holder.id });
      }
      if (Object.keys(errors).length) return { ok: false as const, fieldErrors: errors };
      const known = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (known) {
        await recordConflict(tx, input, { kind: "email", userId: known.id });
        return { ok: false as const, reason: "emailKnown" as const, userId: known.id };
      }

      const user = await tx.user.create({
        data: { email: input.email, name: input.contactName, passwordHash, role: "MERCHANT" },
        select: { id: true },
      });
      if (consent) await recordConsent(tx, user.id, "REGISTRATION", consent);
      const merchant = await tx.merchant.create({
        data: {
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          uscc: input.uscc,
          parkId: input.parkId,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          contactEmail: input.email,
          platforms: { create: input.platformIds.map((platformId) => ({ platformId })) },
          categories: { create: input.hsChapters.map((hsChapter) => ({ hsChapter })) },
          memberships: { create: { userId: user.id, role: "OWNER" } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "merchant.register",
        entityType: "Merchant",
        entityId: merchant.id,
      });
      const notificationIds = await notifyReviewers(tx, input.parkId, "merchant_registered", merchant.id, input.nameZh);
      return { ok: true as const, userId: user.id, merchantId: merchant.id, notificationIds };
    });
  } catch (error) {
    // Two registrations racing for the same code or email: the database decides.
    if (isUniqueViolation(error, "uscc")) return { ok: false, fieldErrors: { uscc: "usccTaken" } };
    if (isUniqueViolation(error, "email")) {
      const known = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (known) return { ok: false, reason: "emailKnown", userId: known.id };
    }
    throw error;
  }
}

/**
 * A merchant asked for revisions sends its corrected details back for review.
 * Only the merchant's owner, and only in that state.
 */
export async function resubmitMerchant(
  db: Db,
  actor: { userId: string; merchantId: string },
  input: ResubmissionInput,
): Promise<
  Exclude<RegisterResult, { ok: true }> | { ok: true; notificationIds: string[] } | { ok: false; reason: "wrongState" }
> {
  try {
    return await db.$transaction(async (tx) => {
      const errors = await checkReferences(tx, input, actor.merchantId);
      if (Object.keys(errors).length) throw new Refused(errors);
      const updated = await tx.merchant.updateMany({
        where: {
          id: actor.merchantId,
          verificationStatus: "REVISION_REQUESTED",
          memberships: { some: { userId: actor.userId, role: "OWNER" } },
        },
        data: {
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          uscc: input.uscc,
          parkId: input.parkId,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          verificationStatus: "PENDING",
          submittedAt: new Date(),
          decisionReason: null,
        },
      });
      if (updated.count !== 1) return { ok: false as const, reason: "wrongState" as const };
      await tx.merchantPlatform.deleteMany({ where: { merchantId: actor.merchantId } });
      await tx.merchantPlatform.createMany({
        data: input.platformIds.map((platformId) => ({ merchantId: actor.merchantId, platformId })),
      });
      await tx.merchantCategory.deleteMany({ where: { merchantId: actor.merchantId } });
      await tx.merchantCategory.createMany({
        data: input.hsChapters.map((hsChapter) => ({ merchantId: actor.merchantId, hsChapter })),
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "merchant.resubmit",
        entityType: "Merchant",
        entityId: actor.merchantId,
      });
      const notificationIds = await notifyReviewers(
        tx,
        input.parkId,
        "merchant_resubmitted",
        actor.merchantId,
        input.nameZh,
      );
      return { ok: true as const, notificationIds };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, fieldErrors: error.fieldErrors };
    if (isUniqueViolation(error, "uscc")) return { ok: false, fieldErrors: { uscc: "usccTaken" } };
    throw error;
  }
}
