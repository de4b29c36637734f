import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitState = { limited: boolean; count: number; resetAt: Date | null };

/**
 * How many expired counters one new counter deletes at most. Every new
 * counter removes up to this many expired ones, so a flood of made-up keys
 * cannot grow the table much beyond the counters still running.
 */
export const PRUNE_BATCH = 50;

/**
 * Fixed-window counters kept in the database, so that a limit holds across
 * every server process that shares it. Increments are single atomic upserts.
 */
export async function peekRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitState> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.resetAt <= now) return { limited: false, count: 0, resetAt: null };
  return { limited: bucket.count >= rule.limit, count: bucket.count, resetAt: bucket.resetAt };
}

export async function hitRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitState> {
  const resetAt = new Date(now.getTime() + rule.windowSeconds * 1000);
  // An expired window starts again at one; the guard on resetAt keeps two
  // processes from both restarting it.
  const restarted = await db.rateLimitBucket.updateMany({
    where: { key, resetAt: { lte: now } },
    data: { count: 1, resetAt },
  });
  if (restarted.count === 1) return { limited: 1 > rule.limit, count: 1, resetAt };
  const bucket = await db.rateLimitBucket.upsert({
    where: { key },
    create: { key, count: 1, resetAt },
    update: { count: { increment: 1 } },
  });
  // A new counter: make room by deleting expired ones, so the table stays bounded.
  if (bucket.count === 1) await pruneRateLimits(db, now);
  return { limited: bucket.count > rule.limit, count: bucket.count, resetAt: bucket.resetAt };
}

/**
 * Deletes up to `batch` counters whose window has passed, oldest first (by
 * the resetAt index). Returns how many went.
 */
export async function pruneRateLimits(db: Db, now = new Date(), batch = PRUNE_BATCH): Promise<number> {
  const expired = await db.rateLimitBucket.findMany({
    where: { resetAt: { lte: now } },
    orderBy: { resetAt: "asc" },
    take: batch,
    select: { key: true },
  });
  if (expired.length === 0) return 0;
  // The resetAt guard spares a counter another process restarted meanwhile.
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { key: { in: expired.map((b) => b.key) }, resetAt: { lte: now } },
  });
  return count;
}

/** Gives one hit back to a running counter (an attempt that turned out fine). */
export async function refundRateLimit(db: Db, key: string, now = new Date()): Promise<void> {
  await db.rateLimitBucket.updateMany({
    where: { key, count: { gt: 0 }, resetAt: { gt: now } },
    data: { count: { decrement: 1 } },
  });
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Requests one client address may make per window, by what it asks for (registrations: REGISTER_LIMIT_PER_HOUR). */
export const ADDRESS_LIMITS = {
  register: { limit: 10, windowSeconds: 60 * 60 },
  passwordReset: { limit: 5, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

export type AddressLimited = keyof typeof ADDRESS_LIMITS;

/** The rule in force: a park whose companies share one address may allow more registrations an hour. */
export function addressLimit(kind: AddressLimited): RateLimitRule {
  return kind === "register"
    ? { ...ADDRESS_LIMITS.register, limit: env().REGISTER_LIMIT_PER_HOUR }
    : ADDRESS_LIMITS[kind];
}

/**
 * Counts one request of this kind from a client address (see clientIp) and
 * says whether it may go ahead. Call it before the use case, for every
 * attempt, whatever its outcome.
 */
export async function limitByAddress(
  db: Db,
  kind: AddressLimited,
  ip: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const state = await hitRateLimit(db, `${kind}:ip:${ip}`, addressLimit(kind), now);
  if (!state.limited) return { ok: true };
  await logSecurityEvent({ event: "rateLimited", limit: kind });
  const retry = Math.ceil(((state.resetAt?.getTime() ?? now.getTime()) - now.getTime()) / 1000);
  return { ok: false, retryAfterSeconds: Math.max(1, retry) };
}
