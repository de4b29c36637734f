// Security events (OWASP ASVS 7.1.3, 7.2.1, 7.2.2): one JSON line each in the
// server log, with the request's id when there is a request, so that a
// sign-in, a refusal or a revoked session can be found and followed. A line
// names who and what, never a password, a token, a cookie or a form's values.
import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { authSecret } from "@/lib/server/auth/auth-secret";
import { requestIdOf } from "./log-error";

export type SecurityEvent =
  | { event: "signIn.success"; userId: string; ip: string }
  /** `userId` when the account exists; `emailHash` (keyed, see `emailHash`) always, for guesses at unknown accounts. */
  | {
      event: "signIn.failure";
      reason: "invalid" | "rate_limited";
      userId: string | null;
      emailHash: string;
      ip: string;
    }
  | { event: "signOut"; userId: string | null }
  | { event: "session.revoked"; userId: string | null; sessions: number; cause: string }
  | { event: "password.changed" | "password.reset" | "password.setUp"; userId: string }
  | {
      event: "access.refused";
      reason: "unauthenticated" | "forbidden" | "notFound";
      /** The access rule, guard or route file that refused: never the requested path, which may carry a token. */
      where: string;
      userId?: string | null;
    };

/**
 * The email of a failed sign-in, as a keyed hash (HMAC-SHA-256 with
 * AUTH_SECRET, 16 hex characters): the same address gives the same hash, so
 * guesses at one account can be counted, but the log does not list addresses.
 */
export function emailHash(email: unknown): string {
  const normalized = typeof email === "string" ? email.trim().toLowerCase() : "";
  return createHmac("sha256", authSecret() ?? "no-secret")
    .update(`signIn:${normalized}`)
    .digest("hex")
    .slice(0, 16);
}

/** The one log line for a security event. */
export function securityLogLine(event: SecurityEvent, requestId: string, now = new Date()): string {
  const level = event.event === "access.refused" || event.event === "signIn.failure" ? "warn" : "info";
  return JSON.stringify({ level, time: now.toISOString(), type: "security", requestId, ...event });
}

/** The current request's id, or "none" outside a request (a script, a test). */
async function currentRequestId(): Promise<string> {
  try {
    return requestIdOf(await headers());
  } catch {
    return "none";
  }
}

/** Writes a security event to the log; `requestId` when the caller has the request's headers at hand. */
export async function logSecurityEvent(event: SecurityEvent, requestId?: string): Promise<void> {
  console.info(securityLogLine(event, requestId ?? (await currentRequestId())));
}
