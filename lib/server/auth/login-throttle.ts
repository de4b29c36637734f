import type { Db } from "@/lib/db/create-client";
import type { Env } from "@/lib/env";
import {
  clearRateLimit,
  hitRateLimit,
  peekRateLimit,
  refundRateLimit,
  type RateLimitRule,
} from "@/lib/server/rate-limit";

/**
 * Failed sign-ins are counted three ways in one window: per (account,
 * address) pair, per address, and per account. Past `slowdownAfter`
 * failures of a pair or an account (or half of `maxPerIp` of an address),
 * each further attempt waits (doubling from 250 ms, never longer than
 * `maxDelayMs`). Past its own limit, a pair or an
 * address is refused until its window ends. The per-account count is only
 * ever a delay: the owner signing in from another address is never refused,
 * however many failures others caused.
 */
export type LoginThrottleRules = {
  windowSeconds: number;
  maxPerPair: number;
  maxPerIp: number;
  slowdownAfter: number;
  maxDelayMs: number;
};

export function loginThrottleRules(e: Env): LoginThrottleRules {
  return {
    windowSeconds: e.LOGIN_WINDOW_SECONDS,
    maxPerPair: e.LOGIN_MAX_ATTEMPTS_PER_PAIR,
    maxPerIp: e.LOGIN_MAX_ATTEMPTS_PER_IP,
    slowdownAfter: e.LOGIN_SLOWDOWN_AFTER,
    maxDelayMs: e.LOGIN_MAX_DELAY_MS,
  };
}

const FIRST_DELAY_MS = 250;

const keys = (email: string, ip: string) => ({
  pair: `login:pair:${ip}:${email}`,
  ip: `login:ip:${ip}`,
  account: `login:account:${email}`,
});

export type LoginVerdict = { refused: true } | { refused: false; delayMs: number };

/**
 * Counts an attempt against its pair and its address before the password is
 * checked, and says whether it may go ahead and how long it waits first.
 * Counting first, with one atomic increment each, holds the limits against
 * many attempts sent at once; a success gives the address its attempt back.
 */
export async function startLoginAttempt(
  db: Db,
  rules: LoginThrottleRules,
  email: string,
  ip: string,
  now = new Date(),
): Promise<LoginVerdict> {
  const k = keys(email, ip);
  const rule = (limit: number): RateLimitRule => ({ limit, windowSeconds: rules.windowSeconds });
  const [pair, address, account] = await Promise.all([
    hitRateLimit(db, k.pair, rule(rules.maxPerPair), now),
    hitRateLimit(db, k.ip, rule(rules.maxPerIp), now),
    // The account's count is never a refusal, only a delay.
    peekRateLimit(db, k.account, rule(Number.MAX_SAFE_INTEGER), now),
  ]);
  if (pair.limited || address.limited) return { refused: true };
  // Failures before this attempt. An address may be a whole office behind one NAT: its delay starts half-way.
  const addressRules = { ...rules, slowdownAfter: Math.max(rules.slowdownAfter, Math.floor(rules.maxPerIp / 2)) };
  const delayMs = Math.max(
    delayFor(pair.count - 1, rules),
    delayFor(account.count, rules),
    delayFor(address.count - 1, addressRules),
  );
  return { refused: false, delayMs };
}

/** The wait before an attempt, after `failures` failures. */
export function delayFor(failures: number, rules: Pick<LoginThrottleRules, "slowdownAfter" | "maxDelayMs">): number {
  const over = failures - rules.slowdownAfter;
  if (over < 0) return 0;
  return Math.min(rules.maxDelayMs, FIRST_DELAY_MS * 2 ** Math.min(over, 16));
}

/** A wrong password (or unknown or disabled account): the pair and address counted it already. */
export async function recordLoginFailure(
  db: Db,
  rules: LoginThrottleRules,
  email: string,
  now = new Date(),
): Promise<void> {
  const rule = { limit: Number.MAX_SAFE_INTEGER, windowSeconds: rules.windowSeconds };
  await hitRateLimit(db, `login:account:${email}`, rule, now);
}

/**
 * The right password from this address: its pair and the account's delay
 * start again, and the address gets this attempt back. The address's
 * failures stay, so that signing in to one's own account does not reset a
 * spraying address.
 */
export async function recordLoginSuccess(db: Db, email: string, ip: string, now = new Date()): Promise<void> {
  const k = keys(email, ip);
  await clearRateLimit(db, k.pair);
  await clearRateLimit(db, k.account);
  await refundRateLimit(db, k.ip, now);
}
