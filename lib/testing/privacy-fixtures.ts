// Builders for the personal-data tests: a person with a bit of every kind of
// record the portal keeps about people, each carrying a marker, so that a
// test can tell whose data a download or a closure touched.
import type { Db } from "@/lib/db/create-client";
import { makeEvent } from "./event-fixtures";

/** The secrets a person's records hold; none may ever appear in a download. */
export const secretsOf = (marker: string) => [
  `pwhash-${marker}`,
  `totp-${marker}`,
  `recovery-${marker}`,
  `credential-${marker}`,
  `challenge-${marker}`,
  `reset-${marker}`,
  `apitoken-${marker}`,
  `invitation-${marker}`,
];

/** A member (or owner) of a merchant, with a name and email that carry the marker. */
export async function makeMember(db: Db, merchantId: string, marker: string, role: "OWNER" | "MEMBER" = "MEMBER") {
  const user = await db.user.create({
    data: {
      email: `${marker}@example.com`,
      name: `Person ${marker}`,
      passwordHash: "x",
      role: "MERCHANT",
      membership: { create: { merchantId, role } },
    },
    select: { id: true },
  });
  return user.id;
}

/**
 * Gives a person one of each record: sign-in (password hash, authenticator,
 * recovery code, security key, challenge, session, reset link), inbox, consent,
 * the company's API token and invitation they made, an invitation to them, an
 * audit entry by them and one about them, and a confirmed event signup with
 * two named attendees (through the real signUp, so its tickets and audit entry exist).
 */
export async function givePersonalData(
  db: Db,
  person: { userId: string; merchantId: string },
  marker: string,
  signUp: typeof import("@/lib/server/events/sign-up").signUp,
) {
  const { userId, merchantId } = person;
  const email = (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
  const soon = new Date(Date.now() + 86_400_000);
  await db.user.update({
    where: { id: userId },
    data: {
      passwordHash: `pwhash-${marker}`,
      totpSecretEncrypted: `totp-${marker}`,
      totpEnabledAt: new Date(),
      locale: "en",
    },
  });
  await db.recoveryCode.create({ data: { userId, codeHash: `recovery-${marker}` } });
  await db.webAuthnCredential.create({
    data: {
      userId,
      credentialId: `credential-${marker}`,
      publicKey: Buffer.from(`key-${marker}`),
      name: `Key ${marker}`,
    },
  });
  await db.webAuthnChallenge.create({
    data: { userId, purpose: "signIn", challenge: `challenge-${marker}`, expiresAt: soon },
  });
  await db.session.create({ data: { userId, expiresAt: soon } });
  await db.passwordToken.create({ data: { userId, purpose: "RESET", tokenHash: `reset-${marker}`, expiresAt: soon } });
  await db.notification.create({
    data: { userId, merchantId, kind: "welcome", params: JSON.stringify({ marker: `notice-${marker}` }) },
  });
  await db.privacyConsent.create({
    data: { userId, noticeVersion: "2026-12-01", purpose: "REGISTRATION", clientAddress: "203.0.113.7" },
  });
  await db.apiToken.create({
    data: { merchantId, name: `ERP ${marker}`, prefix: "cbec_x", tokenHash: `apitoken-${marker}`, createdById: userId },
  });
  await db.invitation.create({
    data: {
      merchantId,
      email: `invitee-${marker}@example.com`,
      tokenHash: `invitation-${marker}`,
      invitedById: userId,
      expiresAt: soon,
    },
  });
  await db.invitation.create({
    data: { merchantId, email, tokenHash: `invitation-to-${marker}`, expiresAt: soon, acceptedAt: new Date() },
  });
  await db.auditLog.create({
    data: { actorId: userId, action: "sku.create", entityType: "Sku", entityId: `sku-${marker}`, merchantId },
  });
  await db.auditLog.create({
    data: { actorId: null, action: "team.join", entityType: "User", entityId: userId, merchantId },
  });
  const event = await makeEvent(db, { capacity: 10 });
  const signed = await signUp(db, { userId, merchantId }, event.slug, {
    attendees: [`Attendee ${marker} A`, `Attendee ${marker} B`],
    partnerIds: [],
  });
  if (!signed.ok) throw new Error(`signup refused: ${JSON.stringify(signed)}`);
  return { eventSlug: event.slug, email };
}
