import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { authSecret } from "./auth-secret";

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app reads
 * them: SHA-1, 6 digits, 30-second steps, one step of clock drift either way.
 * otpauth compares codes in constant time.
 */
export const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
const TOTP_WINDOW = 1;
const ISSUER = "CBEC Chongqing";

function totpOf(base32: string, label = "account"): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app scans. */
export function totpUri(base32: string, email: string): string {
  return totpOf(base32, email).toString();
}

/** The time step a moment falls in. */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a time step (tests and the e2e sign-in compute codes this way). */
export function totpCodeAt(base32: string, now: Date): string {
  return totpOf(base32).generate({ timestamp: now.getTime() });
}

/** The time step a code belongs to (now, or one step either side), or null when it matches none. */
export function matchTotpStep(base32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(base32).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : totpStepAt(now) + delta;
}

/*
 * The secret at rest (OWASP ASVS 6.2.x): AES-256-GCM under a key derived from
 * AUTH_SECRET with HKDF-SHA-256, a fresh 96-bit IV each time, the user's id as
 * associated data (a row's secret copied onto another user does not decrypt).
 * Stored as `v1.<iv>.<tag>.<ciphertext>`, base64url. Changing AUTH_SECRET
 * makes every stored secret unreadable: those users enrol again.
 */
function secretKey(): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is needed to read or store a TOTP secret");
  return Buffer.from(hkdfSync("sha256", secret, "cbec-portal", "totp-secret-v1", 32));
}

export function encryptTotpSecret(base32: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretKey(), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The base32 secret, or null when the value was not encrypted for this user under this AUTH_SECRET. */
export function decryptTotpSecret(stored: string, userId: string): string | null {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", secretKey(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
