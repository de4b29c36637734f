import "server-only";
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from "node:crypto";
import type { DbOrTx } from "@/lib/db/create-client";
import { authSecret } from "./auth-secret";
import { decryptTotpSecret, matchTotpStep } from "./totp";

/** How many recovery codes a user gets at a time. */
export const RECOVERY_CODE_COUNT = 10;
/** How long the step between the password and the code may take. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

// No 0/o, 1/l/i: a code is read off paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten new recovery codes, `xxxxx-xxxxx` (about 49 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What is stored for a recovery code: SHA-256 of the user's id and the code without spaces, dashes or case. */
export function recoveryCodeHash(userId: string, code: string): string {
  const normalized = code.toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(`${userId}:${normalized}`).digest("hex");
}

/** Replaces a user's recovery codes with new ones and returns them, to be shown once. */
export async function replaceRecoveryCodes(tx: DbOrTx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(userId, code) })),
  });
  return codes;
}

/**
 * Turns TOTP off for a user: the secret and its last used step are cleared
 * and the recovery codes deleted. Returns how many codes there were. For the
 * user's own switch-off and the operator's reset alike.
 */
export async function turnTotpOff(tx: DbOrTx, userId: string): Promise<number> {
  await tx.user.update({
    where: { id: userId },
    data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null },
  });
  return (await tx.recoveryCode.deleteMany({ where: { userId } })).count;
}

export type SecondFactorCheck =
  { ok: true; method: "totp" } | { ok: true; method: "recovery"; recoveryCodesLeft: number } | { ok: false };

/**
 * Checks a second factor for a user whose TOTP is on: a 6-digit code of the
 * current step or one either side, never a step already accepted (the last
 * one is stored, and moved forward in the same update that accepts it, so
 * two requests with one code cannot both pass); or an unused recovery code,
 * used up by the same update that accepts it.
 */
export async function checkSecondFactor(
  db: DbOrTx,
  userId: string,
  input: string,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const code = input.replace(/\s/g, "");
  if (!code || code.length > 32) return { ok: false };
  if (/^\d{6}$/.test(code)) {
    const user = await db.user.findFirst({
      where: { id: userId, totpEnabledAt: { not: null } },
      select: { totpSecretEncrypted: true },
    });
    const secret = user?.totpSecretEncrypted ? decryptTotpSecret(user.totpSecretEncrypted, userId) : null;
    const step = secret ? matchTotpStep(secret, code, now) : null;
    if (step === null) return { ok: false };
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? { ok: true, method: "totp" } : { ok: false };
  }
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: recoveryCodeHash(userId, code), usedAt: null, user: { totpEnabledAt: { not: null } } },
    data: { usedAt: now },
  });
  if (count !== 1) return { ok: false };
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
  return { ok: true, method: "recovery", recoveryCodesLeft };
}

/*
 * The sign-in challenge: after the right password, the form gets this opaque
 * token instead of a session, and sends it back with the code. It names the
 * user and when it ends, encrypted and authenticated (AES-256-GCM, key from
 * AUTH_SECRET by HKDF), so it cannot be made or altered without the secret.
 */
function challengeKey(): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is needed for a sign-in challenge");
  return Buffer.from(hkdfSync("sha256", secret, "cbec-portal", "mfa-challenge-v1", 32));
}

export function createChallenge(userId: string, now = new Date()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", challengeKey(), iv);
  const body = JSON.stringify({ u: userId, e: now.getTime() + CHALLENGE_TTL_MS });
  const sealed = Buffer.concat([cipher.update(body, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString("base64url")).join(".");
}

/** The user a challenge was made for, or null when it is forged, altered or has ended. */
export function openChallenge(challenge: string, now = new Date()): string | null {
  const [iv, tag, sealed] = challenge.split(".");
  if (!iv || !tag || !sealed || challenge.length > 512) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", challengeKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const body = Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
    const { u, e } = JSON.parse(body) as { u: unknown; e: unknown };
    return typeof u === "string" && typeof e === "number" && e > now.getTime() ? u : null;
  } catch {
    return null;
  }
}
