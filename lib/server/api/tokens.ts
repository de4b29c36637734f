import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** Tokens read "cbec_" and 43 base64url characters, so a leaked one is easy to recognise. */
export const API_TOKEN_PREFIX = "cbec_";
const TOKEN_PATTERN = /^cbec_[A-Za-z0-9_-]{43}$/;
/** The part of a token kept in clear, to tell tokens apart in the list. */
export const SHOWN_PREFIX_LENGTH = 12;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_PREFIX_LENGTH) };
}

export function isWellFormedApiToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
