import "server-only";
import { randomBytes } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { env, publicOrigin } from "@/lib/env";

/*
 * Security keys and passkeys as a second factor (WebAuthn, OWASP ASVS 2.3.2).
 * The relying party is the portal's configured public origin (AUTH_URL, or
 * the first of PUBLIC_ORIGINS, or localhost in development): never the Host a
 * request names. Challenges are stored server-side, per user and purpose, for
 * five minutes, and consumed by the delete that accepts them.
 */

// The library's own types, as its functions name them (the types package is not a dependency of ours).
type RegistrationResponseJSON = Parameters<typeof verifyRegistrationResponse>[0]["response"];
type AuthenticationResponseJSON = Parameters<typeof verifyAuthenticationResponse>[0]["response"];
type AuthenticatorTransportFuture = NonNullable<RegistrationResponseJSON["response"]["transports"]>[number];
export type PublicKeyCredentialCreationOptionsJSON = Awaited<ReturnType<typeof generateRegistrationOptions>>;
export type PublicKeyCredentialRequestOptionsJSON = Awaited<ReturnType<typeof generateAuthenticationOptions>>;

export const WEBAUTHN_CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** At most this many keys per account. */
export const MAX_SECURITY_KEYS = 10;
/** A browser's answer is a few kilobytes; anything longer is refused before parsing. */
const MAX_RESPONSE_LENGTH = 16_384;
const RP_NAME = "CBEC Chongqing";
const TRANSPORTS = new Set<AuthenticatorTransportFuture>([
  "ble",
  "cable",
  "hybrid",
  "internal",
  "nfc",
  "smart-card",
  "usb",
]);

export type RelyingParty = { id: string; origin: string };

/** The relying party of this portal: its configured origin and that origin's host name. */
export function relyingParty(): RelyingParty {
  const origin = publicOrigin(env());
  return { id: new URL(origin).hostname, origin };
}

type Purpose = "register" | "signIn";

/** A new challenge, stored base64url as the browser will sign it; its bytes go to the options. */
async function storeChallenge(db: DbOrTx, userId: string, purpose: Purpose, now: Date): Promise<Uint8Array> {
  const bytes = new Uint8Array(randomBytes(32));
  const challenge = isoBase64URL.fromBuffer(bytes);
  // Ended challenges of this user go; one open challenge per purpose is enough.
  await db.webAuthnChallenge.deleteMany({ where: { userId, purpose } });
  await db.webAuthnChallenge.create({
    data: { userId, purpose, challenge, expiresAt: new Date(now.getTime() + WEBAUTHN_CHALLENGE_TTL_MS) },
  });
  // Bytes, not the string: the library would encode a string's UTF-8 once more.
  return bytes;
}

/** Uses up the challenge the browser signed, if it is this user's, for this purpose, and still open. */
async function consumeChallenge(
  db: DbOrTx,
  userId: string,
  purpose: Purpose,
  clientDataJSON: string,
  now: Date,
): Promise<string | null> {
  let challenge: unknown;
  try {
    challenge = (JSON.parse(isoBase64URL.toString(clientDataJSON)) as { challenge?: unknown }).challenge;
  } catch {
    return null;
  }
  if (typeof challenge !== "string" || challenge.length > 128) return null;
  const { count } = await db.webAuthnChallenge.deleteMany({
    where: { userId, purpose, challenge, expiresAt: { gt: now } },
  });
  return count === 1 ? challenge : null;
}

/** The browser's JSON answer, or null when it is not one (too long, not JSON, no id or response). */
export function parseCredentialResponse<T extends RegistrationResponseJSON | AuthenticationResponseJSON>(
  raw: string,
): T | null {
  if (!raw || raw.length > MAX_RESPONSE_LENGTH) return null;
  try {
    const value = JSON.parse(raw) as Partial<T> | null;
    if (!value || typeof value !== "object" || typeof value.id !== "string" || value.type !== "public-key") return null;
    const response = value.response as { clientDataJSON?: unknown } | undefined;
    if (!response || typeof response.clientDataJSON !== "string") return null;
    return value as T;
  } catch {
    return null;
  }
}

function transportsOf(stored: string): AuthenticatorTransportFuture[] {
  return stored
    .split(",")
    .filter((t): t is AuthenticatorTransportFuture => TRANSPORTS.has(t as AuthenticatorTransportFuture));
}

/** Options for adding a key: the user's keys are excluded, so one authenticator is not registered twice. */
export async function registrationOptions(
  db: DbOrTx,
  user: { id: string; email: string; name: string },
  now = new Date(),
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db.webAuthnCredential.findMany({
    where: { userId: user.id },
    select: { credentialId: true, transports: true },
  });
  const challenge = await storeChallenge(db, user.id, "register", now);
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: relyingParty().id,
    userID: user.id,
    userName: user.email,
    userDisplayName: user.name,
    challenge,
    timeout: WEBAUTHN_CHALLENGE_TTL_MS,
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({
      id: isoBase64URL.toBuffer(c.credentialId),
      type: "public-key",
      transports: transportsOf(c.transports),
    })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
}

export type RegistrationResult = { ok: true; id: string } | { ok: false; reason: "invalid" | "tooMany" };

/**
 * Stores a key after checking the browser's answer: the challenge is this
 * user's open registration challenge (used up here), the origin and RP id
 * are the configured ones, the attestation verifies.
 */
export async function registerSecurityKey(
  db: Db,
  userId: string,
  input: { response: string; name: string },
  now = new Date(),
): Promise<RegistrationResult> {
  const response = parseCredentialResponse<RegistrationResponseJSON>(input.response);
  if (!response || typeof response.response.attestationObject !== "string") return { ok: false, reason: "invalid" };
  const expectedChallenge = await consumeChallenge(db, userId, "register", response.response.clientDataJSON, now);
  if (!expectedChallenge) return { ok: false, reason: "invalid" };
  if ((await db.webAuthnCredential.count({ where: { userId } })) >= MAX_SECURITY_KEYS) {
    return { ok: false, reason: "tooMany" };
  }
  const rp = relyingParty();
  let info;
  try {
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
    info = verified.verified ? verified.registrationInfo : undefined;
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (!info) return { ok: false, reason: "invalid" };
  const credentialId = isoBase64URL.fromBuffer(info.credentialID);
  if (await db.webAuthnCredential.findUnique({ where: { credentialId }, select: { id: true } })) {
    return { ok: false, reason: "invalid" };
  }
  const transports = (response.response.transports ?? []).filter((t) => TRANSPORTS.has(t));
  const created = await db.$transaction(async (tx) => {
    const key = await tx.webAuthnCredential.create({
      data: {
        userId,
        credentialId,
        publicKey: Buffer.from(info.credentialPublicKey),
        counter: BigInt(info.counter),
        transports: transports.join(","),
        name: input.name,
        createdAt: now,
      },
      select: { id: true },
    });
    await auditKey(tx, userId, "account.security_key_add", input.name);
    return key;
  });
  return { ok: true, id: created.id };
}

/** Whether the user has a key, and the options for the sign-in's "Use your security key", when they have. */
export async function signInAssertionOptions(
  db: DbOrTx,
  userId: string,
  now = new Date(),
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const keys = await db.webAuthnCredential.findMany({
    where: { userId },
    select: { credentialId: true, transports: true },
  });
  if (keys.length === 0) return null;
  const challenge = await storeChallenge(db, userId, "signIn", now);
  return generateAuthenticationOptions({
    rpID: relyingParty().id,
    challenge,
    timeout: WEBAUTHN_CHALLENGE_TTL_MS,
    userVerification: "preferred",
    allowCredentials: keys.map((k) => ({
      id: isoBase64URL.toBuffer(k.credentialId),
      type: "public-key",
      transports: transportsOf(k.transports),
    })),
  });
}

/**
 * Checks a sign-in assertion for this user: the key must be one of theirs
 * (another account's key is refused), the challenge their open sign-in
 * challenge (used up here), origin and RP id the configured ones, the
 * signature valid, and the signature counter must grow when the key keeps
 * one (a counter that does not is a cloned key, refused). The counter and
 * the last use are stored by an update conditional on the counter read, so
 * two requests with one assertion cannot both pass.
 */
export async function checkSecurityKey(db: DbOrTx, userId: string, raw: string, now = new Date()): Promise<boolean> {
  const response = parseCredentialResponse<AuthenticationResponseJSON>(raw);
  if (!response || typeof response.response.authenticatorData !== "string") return false;
  if (typeof response.response.signature !== "string") return false;
  const key = await db.webAuthnCredential.findFirst({
    where: { credentialId: response.id, userId },
    select: { id: true, credentialId: true, publicKey: true, counter: true, transports: true },
  });
  if (!key) return false;
  const expectedChallenge = await consumeChallenge(db, userId, "signIn", response.response.clientDataJSON, now);
  if (!expectedChallenge) return false;
  const rp = relyingParty();
  let newCounter: number;
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
      authenticator: {
        credentialID: isoBase64URL.toBuffer(key.credentialId),
        credentialPublicKey: new Uint8Array(key.publicKey),
        counter: Number(key.counter),
        transports: transportsOf(key.transports),
      },
    });
    if (!verified.verified) return false;
    newCounter = verified.authenticationInfo.newCounter;
  } catch {
    return false;
  }
  // The library refuses a counter that does not grow; this refuses it again, and a race.
  if (newCounter !== 0 && BigInt(newCounter) <= key.counter) return false;
  const { count } = await db.webAuthnCredential.updateMany({
    where: { id: key.id, userId, counter: key.counter },
    data: { counter: BigInt(newCounter), lastUsedAt: now },
  });
  return count === 1;
}

/** Whether the user has at least one key (a second factor on its own). */
export async function hasSecurityKey(db: DbOrTx, userId: string): Promise<boolean> {
  return (await db.webAuthnCredential.count({ where: { userId } })) > 0;
}

export type SecurityKeyRow = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** The user's keys, oldest first, as the two-step page lists them. */
export function listSecurityKeys(db: DbOrTx, userId: string): Promise<SecurityKeyRow[]> {
  return db.webAuthnCredential.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}

/** Removes one of the user's keys (scoped in the query: another user's id removes nothing), with its audit entry. */
export async function removeSecurityKey(db: Db, userId: string, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const key = await tx.webAuthnCredential.findFirst({ where: { id, userId }, select: { id: true, name: true } });
    if (!key) return false;
    await tx.webAuthnCredential.delete({ where: { id: key.id } });
    await auditKey(tx, userId, "account.security_key_remove", key.name);
    return true;
  });
}

/** A key added or removed is an account change: in the audit log, as turning TOTP on or off is, with its name. */
function auditKey(
  tx: DbOrTx,
  userId: string,
  action: "account.security_key_add" | "account.security_key_remove",
  name: string,
) {
  return recordAudit(tx, { actorId: userId, action, entityType: "User", entityId: userId, details: { name } });
}
