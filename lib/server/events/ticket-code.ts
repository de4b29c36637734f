// No "server-only" here: the seed (run by tsx, outside React) issues tickets too.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/server/auth/auth-secret";

// A ticket code is what the QR code carries and what staff type at the door:
// 26 characters of Crockford base32 drawn at random (130 bits; stored in
// Ticket.code) followed by 10 characters of its HMAC-SHA-256 under a key
// derived from AUTH_SECRET (not stored). A typed or scanned code whose
// signature does not match is refused before the database is asked, and no
// code carries a database id.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TICKET_RANDOM_LENGTH = 26;
const SIGNATURE_LENGTH = 10;
export const TICKET_CODE_LENGTH = TICKET_RANDOM_LENGTH + SIGNATURE_LENGTH;

function base32(bytes: Buffer, length: number): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The random, stored part of a new ticket's code. */
export function newTicketCode(): string {
  return base32(randomBytes(17), TICKET_RANDOM_LENGTH);
}

function key(): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is needed to sign a ticket");
  return Buffer.from(hkdfSync("sha256", secret, "cbec-portal", "ticket-code-v1", 32));
}

const signature = (code: string) =>
  base32(createHmac("sha256", key()).update(`ticket:${code}`).digest(), SIGNATURE_LENGTH);

/** The code a ticket shows and its QR code carries: the stored part and its signature. */
export function signedTicketCode(code: string): string {
  return `${code}${signature(code)}`;
}

/** The code in groups of four, for reading aloud and typing. */
export function groupTicketCode(signed: string): string {
  return signed.replace(/(.{4})(?=.)/g, "$1-");
}

/**
 * The stored part of a typed or scanned code when its signature is genuine,
 * otherwise null. Case, spaces and hyphens do not matter, and the letters
 * people confuse read as Crockford says (O as 0, I and L as 1).
 */
export function verifyTicketCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 100) return null;
  const normalized = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (normalized.length !== TICKET_CODE_LENGTH || ![...normalized].every((c) => ALPHABET.includes(c))) return null;
  const code = normalized.slice(0, TICKET_RANDOM_LENGTH);
  const expected = Buffer.from(signature(code));
  const given = Buffer.from(normalized.slice(TICKET_RANDOM_LENGTH));
  return timingSafeEqual(given, expected) ? code : null;
}
