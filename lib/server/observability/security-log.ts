// Security events (OWASP ASVS 7.1.3, 7.2.1, 7.2.2): one JSON line each in the
// server log, with the request's id when there is a request, so that a
// sign-in, a refusal or a revoked session can be found and followed. A line
// names who and what, never a password, a token, a cookie or a form's values.
import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/server/auth/auth-secret";
import { currentRequestId } from "./current-request-id";
import { logError } from "./log-error";
import { jsonLogLine } from "./logger";

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
  /** The second factor (TOTP or a recovery code) after the right password; `userId` null for a challenge that names no one. */
  | { event: "mfa.challenge"; userId: string; ip: string }
  | {
      event: "mfa.success";
      userId: string;
      ip: string;
      method: "totp" | "recovery" | "securityKey";
      recoveryCodesLeft: number | undefined;
    }
  | {
      event: "mfa.failure";
      reason: "invalid" | "rate_limited" | "challenge_expired";
      userId: string | null;
      ip: string;
    }
  | { event: "mfa.enabled" | "mfa.disabled" | "mfa.recoveryCodesRenewed"; userId: string }
  | { event: "mfa.securityKeyAdded" | "mfa.securityKeyRemoved"; userId: string }
  | { event: "signOut"; userId: string | null }
  | { event: "session.revoked"; userId: string | null; sessions: number; cause: string }
  | { event: "password.changed" | "password.reset" | "password.setUp"; userId: string }
  | {
      event: "access.refused";
      reason: "unauthenticated" | "forbidden" | "notFound";
      /** The access rule, guard or route file that refused: never the requested path, which may carry a token. */
      where: string;
      userId?: string | null;
    }
  /** An upload refused by the malware scan (lib/server/uploads/scan.ts): infected, or clamd could not check it. */
  | {
      event: "upload.refused";
      reason: "infected" | "unscanned";
      where: string;
      userId: string | null;
      signature?: string;
    }
  /** A public form sent sooner than a person could, or with a missing or forged timestamp (lib/server/forms/human-time.ts). */
  | { event: "form.tooFast"; form: string; reason: "tooFast" | "missing" | "forged" | "expired"; ip?: string }
  /** A request refused by a rate limit other than sign-in's (`limit` names it). */
  | { event: "rateLimited"; limit: string; userId?: string | null };

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
  const warn = ["access.refused", "signIn.failure", "mfa.failure", "upload.refused", "form.tooFast"].includes(
    event.event,
  );
  const level = warn ? "warn" : "info";
  return jsonLogLine(level, { type: "security", requestId, ...event }, now);
}

/** Writes a security event to the log; `requestId` when the caller has the request's headers at hand. */
export async function logSecurityEvent(event: SecurityEvent, requestId?: string): Promise<void> {
  const id = requestId ?? (await currentRequestId());
  console.info(securityLogLine(event, id));
  // Counted toward the alerts (alerts.ts); a failure there is logged, never the request's.
  try {
    const [{ db }, { countTowardAlerts }] = await Promise.all([import("@/lib/server/db"), import("./alerts")]);
    await countTowardAlerts(db, event, id);
  } catch (error) {
    logError(error, { requestId: id, route: "alerts" });
  }
}
