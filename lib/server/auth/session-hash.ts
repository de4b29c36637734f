import { createHash } from "node:crypto";

/**
 * A fingerprint of the user's password hash, carried in the session token
 * and compared on every request: once the password changes (a removed member
 * who is invited back sets a new one, say), every older session ends.
 */
export function sessionAuthHash(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 22);
}
