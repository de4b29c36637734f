import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import {
  loginThrottleRules,
  startLoginAttempt,
  recordLoginFailure,
  recordLoginSuccess,
  type LoginThrottleRules,
} from "./login-throttle";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import { hasNoControlCharacters } from "@/lib/validation/text";

export type CredentialsResult =
  /** `secondFactor`: the password was right, and the account's TOTP code must follow before a session exists. */
  | { ok: true; user: { id: string; email: string; name: string; role: string }; secondFactor: boolean }
  | { ok: false; reason: "invalid" | "rate_limited" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type CredentialsOptions = {
  rules?: LoginThrottleRules;
  /** How a throttled attempt waits; tests pass one that records the wait. */
  wait?: (ms: number) => Promise<void>;
  now?: Date;
};

/**
 * Checks an email and password, throttled per (account, address) pair, per
 * address and per account (lib/server/auth/login-throttle.ts): a pair or an
 * address can be refused for a while, an account only slowed down. The
 * answer never says whether the account exists.
 */
export async function checkCredentials(
  db: Db,
  input: { email: unknown; password: unknown; ip: string },
  opts: CredentialsOptions = {},
): Promise<CredentialsResult> {
  if (typeof input.email !== "string" || typeof input.password !== "string") return { ok: false, reason: "invalid" };
  const email = normalizeEmail(input.email);
  // Control characters are in no address, and PostgreSQL refuses NUL in a query.
  if (
    !email ||
    !input.password ||
    input.password.length > 128 ||
    email.length > 254 ||
    !hasNoControlCharacters(email)
  ) {
    return { ok: false, reason: "invalid" };
  }
  const rules = opts.rules ?? loginThrottleRules(env());
  const now = opts.now ?? new Date();
  // Decided before the account is looked up: the same for every email, existing or not.
  const verdict = await startLoginAttempt(db, rules, email, input.ip, now);
  if (verdict.refused) return { ok: false, reason: "rate_limited" };
  if (verdict.delayMs > 0) await (opts.wait ?? sleep)(verdict.delayMs);

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      passwordHash: true,
      totpEnabledAt: true,
      _count: { select: { webAuthnCredentials: true } },
    },
  });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabled) {
    await recordLoginFailure(db, rules, email, now);
    return { ok: false, reason: "invalid" };
  }
  // TOTP on, or a security key registered (WebAuthn): either is a second factor.
  const secondFactor = user.totpEnabledAt !== null || user._count.webAuthnCredentials > 0;
  // With a second factor, only the right code counts as a success: the attempts stay counted until then.
  if (!secondFactor) await completeSignIn(db, user.id, email, input.ip, now);
  if (user.passwordHash && needsRehash(user.passwordHash)) {
    // A legacy hash is replaced now that the password is known; only if it is
    // still the one checked, so a change made meanwhile is never undone.
    const passwordHash = await hashPassword(input.password);
    await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
  }
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
    },
    secondFactor,
  };
}

/** A sign-in that passed every factor: its address's attempts are given back, and it is the last sign-in. */
export async function completeSignIn(db: Db, userId: string, email: string, ip: string, now: Date): Promise<void> {
  await recordLoginSuccess(db, email, ip, now);
  await db.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
}
