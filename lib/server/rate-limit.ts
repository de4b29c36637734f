import type { Db } from "@/lib/db/create-client";

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitState = { limited: boolean; count: number; resetAt: Date | null };

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
  return { limited: bucket.count > rule.limit, count: bucket.count, resetAt: bucket.resetAt };
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
