import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/server/auth/auth-secret";
import type { Mail } from "./send-mail";

// A mail waiting for a retry sits in the job queue's table (pg-boss's on
// PostgreSQL), and a reset, set-up or invitation mail carries a live link
// whose token the portal itself stores only hashed. So the queued mail is
// sealed: AES-256-GCM with a key derived from AUTH_SECRET by HKDF (as the
// TOTP secrets are), a fresh IV each time. A database dump shows no address,
// text or link of it.
function key(): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is needed to queue a mail");
  return Buffer.from(hkdfSync("sha256", secret, "cbec-portal", "mail-retry-v1", 32));
}

export function sealMail(mail: Mail): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(mail), "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The mail, or null when it was not sealed under this AUTH_SECRET. */
export function openMail(sealed: string): Mail | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const text = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return JSON.parse(text) as Mail;
  } catch {
    return null;
  }
}
