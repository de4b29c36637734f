import { createHash, createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

const COST = 11;

// bcrypt reads only the first 72 bytes of what it is given, so a password is
// first reduced to a fixed 44 characters: base64 of the SHA-256 of its UTF-8
// bytes (OWASP ASVS 2.1.3, no truncation). Base64, not the raw digest, as
// bcrypt would also stop at a NUL byte. The password is put in Unicode NFKC
// form first, so the same characters typed on two keyboards (composed or not,
// full-width or not) are one password; nothing else is changed, spaces
// included. Such hashes are marked with this prefix; one without it is a
// legacy bcrypt of the password itself, still checked the old way and
// replaced at the next sign-in (needsRehash).
const PREFIX = "$sha256$";
// With a pepper (PASSWORD_PEPPER, kept out of the database and its backups),
// the pre-hash is an HMAC keyed with it instead (ASVS 2.4.5): a copy of the
// database alone no longer lets anyone test guesses offline. Hashes made
// before the pepper was set are replaced at the next sign-in; one made with a
// pepper never matches without it.
const PEPPERED = "$hmac-sha256$";

/** The secret pepper, when the deployment sets one. */
type Pepper = string | undefined;

function preHash(password: string, pepper?: string): string {
  const normalised = password.normalize("NFKC");
  const digest = pepper ? createHmac("sha256", pepper) : createHash("sha256");
  return digest.update(normalised, "utf8").digest("base64");
}

export function hashPassword(password: string, pepper: Pepper = env().PASSWORD_PEPPER): Promise<string> {
  const prefix = pepper ? PEPPERED : PREFIX;
  return bcrypt.hash(preHash(password, pepper), COST).then((hash) => prefix + hash);
}

export async function verifyPassword(
  password: string,
  hash: string,
  pepper: Pepper = env().PASSWORD_PEPPER,
): Promise<boolean> {
  if (hash.startsWith(PEPPERED)) {
    if (!pepper) return false;
    return bcrypt.compare(preHash(password, pepper), hash.slice(PEPPERED.length));
  }
  if (hash.startsWith(PREFIX)) return bcrypt.compare(preHash(password), hash.slice(PREFIX.length));
  return bcrypt.compare(password, hash);
}

/**
 * Whether a hash that just matched should be replaced: a legacy one, one of a
 * lower cost, or one made without the pepper now that there is one.
 */
export function needsRehash(hash: string, pepper: Pepper = env().PASSWORD_PEPPER): boolean {
  const prefix = pepper ? PEPPERED : PREFIX;
  if (!hash.startsWith(prefix)) return true;
  try {
    return bcrypt.getRounds(hash.slice(prefix.length)) < COST;
  } catch {
    return true;
  }
}

// Compared against when the account does not exist, so that a missing account
// takes as long to refuse as a wrong password.
export const DUMMY_HASH = "$sha256$$2b$11$ZlaIpqicW8gkD44.M0Yu4eAEOOywpnX/QlwTBgVtywAqwr7k1npqK";
