import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/server/auth/password";

/**
 * The placeholders a closed account's personal fields become. They are data,
 * not interface text: every reader sees the same, in both languages at once.
 */
export const CLOSED_NAME = "已注销用户 Closed account";
export const closedEmail = (userId: string) => `closed-${userId}@invalid`;
export const closedAttendee = (position: number) => `参会人 Attendee ${position + 1}`;

/** The person's address, as the user table and a company's contact store it. */
const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Anonymises a person inside the caller's transaction (PIPL Art. 47). Their
 * name and email become placeholders (the email stays unique), and so do the
 * company's contact fields when they are this person's, and the attendee
 * names of the signups they made. What could act as them goes: sessions,
 * second factor (authenticator, recovery codes, security keys), reset links,
 * invitations to or not yet accepted from them, the company's API tokens
 * they created, their inbox and their membership. The account is disabled
 * with a password nobody knows.
 *
 * Kept, because the commission must keep them: declarations, the company's
 * registration record, event signups (seats, attendance) and the audit
 * trail, whose entries name the account, now anonymised; the records of
 * consent (lib/server/privacy/consents.ts). Nothing of anyone else changes.
 */
export async function anonymiseUser(tx: Tx, userId: string, unusableHash: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, membership: { select: { merchantId: true } } },
  });
  const formerEmail = user.email;
  const merchantId = user.membership?.merchantId ?? null;

  await tx.session.deleteMany({ where: { userId } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.webAuthnCredential.deleteMany({ where: { userId } });
  await tx.webAuthnChallenge.deleteMany({ where: { userId } });
  await tx.passwordToken.deleteMany({ where: { userId } });
  await tx.notification.deleteMany({ where: { userId } });
  await tx.apiToken.deleteMany({ where: { createdById: userId } });
  await tx.invitation.deleteMany({
    where: { OR: [{ email: formerEmail }, { invitedById: userId, acceptedAt: null }] },
  });
  await tx.membership.deleteMany({ where: { userId } });

  if (merchantId) {
    const merchant = await tx.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      select: { contactEmail: true },
    });
    if (sameEmail(merchant.contactEmail, formerEmail)) {
      await tx.merchant.update({
        where: { id: merchantId },
        data: { contactName: CLOSED_NAME, contactEmail: closedEmail(userId), contactPhone: "" },
      });
    }
  }

  const signups = await tx.signup.findMany({ where: { createdById: userId }, select: { id: true, seats: true } });
  for (const signup of signups) {
    const names = Array.from({ length: signup.seats }, (_, i) => closedAttendee(i));
    await tx.signup.update({ where: { id: signup.id }, data: { attendeeNames: JSON.stringify(names) } });
    const tickets = await tx.ticket.findMany({ where: { signupId: signup.id }, select: { id: true, position: true } });
    for (const ticket of tickets) {
      await tx.ticket.update({ where: { id: ticket.id }, data: { name: closedAttendee(ticket.position) } });
    }
  }

  await tx.user.update({
    where: { id: userId },
    data: {
      email: closedEmail(userId),
      name: CLOSED_NAME,
      passwordHash: unusableHash,
      disabled: true,
      locale: null,
      lastLoginAt: null,
      totpSecretEncrypted: null,
      totpEnabledAt: null,
      totpLastStep: null,
    },
  });
  return { formerEmail, merchantId };
}

/** A bcrypt hash of 32 random bytes nobody keeps: no password matches it. Made outside the transaction (bcrypt is slow). */
export const unusablePasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));
