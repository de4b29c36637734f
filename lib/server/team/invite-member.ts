import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { sendMail } from "@/lib/server/mail/send-mail";
import { loadMessages } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { emailField } from "@/lib/validation/merchant";
import type { MerchantActor } from "@/lib/server/auth/actor";
import { findOwnerMembership, removedAccount } from "./owner";
import { INVITATION_TTL_MS, newInvitationToken } from "./tokens";

export const InviteMember = z.object({ email: emailField });

export type InviteResult =
  | { ok: true; link: string; invitationId: string; email: string; expiresAt: Date }
  | { ok: false; reason: "forbidden" }
  | { ok: false; fieldErrors: { email: "emailHasAccount" | "alreadyInvited" } };

/**
 * The owner invites a colleague: a one-time link valid for 72 hours, of which
 * only the token's hash is stored. The link is returned once (for the owner
 * to copy) and emailed, after the transaction has committed.
 */
export async function inviteMember(
  db: Db,
  actor: MerchantActor,
  email: string,
  opts: { origin: string; locale: Locale; now?: Date },
): Promise<InviteResult> {
  const now = opts.now ?? new Date();
  const address = email.trim().toLowerCase();
  const { token, tokenHash } = newInvitationToken();
  const result = await db.$transaction(async (tx) => {
    const owner = await findOwnerMembership(tx, actor);
    if (!owner) return { ok: false, reason: "forbidden" } as const;
    // A colleague removed earlier (disabled, in no team) can be invited back.
    if (await tx.user.count({ where: { email: address, NOT: removedAccount } })) {
      return { ok: false, fieldErrors: { email: "emailHasAccount" } } as const;
    }
    const live = await tx.invitation.count({
      where: {
        merchantId: actor.merchantId,
        email: address,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
    });
    if (live) return { ok: false, fieldErrors: { email: "alreadyInvited" } } as const;
    const invitation = await tx.invitation.create({
      data: {
        merchantId: actor.merchantId,
        email: address,
        tokenHash,
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "team.invite",
      entityType: "Invitation",
      entityId: invitation.id,
      details: { merchantId: actor.merchantId, email: address },
    });
    return { ok: true, invitation, owner } as const;
  });
  if (!result.ok) return result;

  const link = `${opts.origin.replace(/\/+$/, "")}/invite/${token}`;
  const t = createTranslator({ locale: opts.locale, messages: loadMessages(opts.locale), namespace: "team.mail" });
  const company =
    opts.locale === "en" && result.owner.merchant.nameEn ? result.owner.merchant.nameEn : result.owner.merchant.nameZh;
  const params = {
    company,
    inviter: result.owner.user.name,
    link,
    expiresAt: formatDateTime(result.invitation.expiresAt, opts.locale),
  };
  await sendMail({ to: address, subject: t("subject", params), text: t("body", params), template: "team.invitation" });
  return { ok: true, link, invitationId: result.invitation.id, email: address, expiresAt: result.invitation.expiresAt };
}
