import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

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

function preHash(password: string): string {
  return createHash("sha256").update(password.normalize("NFKC"), "utf8").digest("base64");
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(preHash(password), COST).then((hash) => PREFIX + hash);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (hash.startsWith(PREFIX)) return bcrypt.compare(preHash(password), hash.slice(PREFIX.length));
  return bcrypt.compare(password, hash);
}

/** Whether a hash that just matched should be replaced: a legacy one, or one of a lower cost. */
export function needsRehash(hash: string): boolean {
  if (!hash.startsWith(PREFIX)) return true;
  try {
    return bcrypt.getRounds(hash.slice(PREFIX.length)) < COST;
  } catch {
    return true;
  }
}

// Compared against when the account does not exist, so that a missing account
// takes as long to refuse as a wrong password.
export const DUMMY_HASH = "$sha256$$2b$11$ZlaIpqicW8gkD44.M0Yu4eAEOOywpnX/QlwTBgVtywAqwr7k1npqK";
