import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ADDRESS_LIMITS, PRUNE_BATCH, clearRateLimit, hitRateLimit, limitByAddress, peekRateLimit } from "./rate-limit";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
const rule = { limit: 3, windowSeconds: 60 };

describe("database rate limiter", () => {
  it("limits after the allowed number of hits in a window", async () => {
    const now = new Date("2025-01-01T00:00:00Z");
    for (let i = 1; i <= 3; i++) {
      const state = await hitRateLimit(db, "k1", rule, now);
      expect(state).toMatchObject({ count: i, limited: false });
    }
    expect((await peekRateLimit(db, "k1", rule, now)).limited).toBe(true);
    expect((await hitRateLimit(db, "k1", rule, now)).limited).toBe(true);
  });

  it("starts a new window once the old one has passed", async () => {
    const t0 = new Date("2025-01-01T00:00:00Z");
    for (let i = 0; i < 4; i++) await hitRateLimit(db, "k2", rule, t0);
    const later = new Date(t0.getTime() + 61_000);
    expect((await peekRateLimit(db, "k2", rule, later)).limited).toBe(false);
    expect(await hitRateLimit(db, "k2", rule, later)).toMatchObject({ count: 1, limited: false });
  });

  it("keeps separate keys apart and can be cleared", async () => {
    const now = new Date("2025-01-01T00:00:00Z");
    for (let i = 0; i < 4; i++) await hitRateLimit(db, "a", rule, now);
    expect((await peekRateLimit(db, "b", rule, now)).limited).toBe(false);
    await clearRateLimit(db, "a");
    expect((await peekRateLimit(db, "a", rule, now)).count).toBe(0);
  });

  it("counts every concurrent hit from two clients sharing the database", async () => {
    const other = createPrismaClient(process.env.DATABASE_URL!);
    const now = new Date("2025-01-01T00:00:00Z");
    const big = { limit: 1000, windowSeconds: 60 };
    await hitRateLimit(db, "shared", big, now);
    await Promise.all(Array.from({ length: 20 }, (_, i) => hitRateLimit(i % 2 ? db : other, "shared", big, now)));
    await other.$disconnect();
    expect((await peekRateLimit(db, "shared", big, now)).count).toBe(21);
  });
});

describe("pruning expired counters", () => {
  it("keeps the table bounded under a flood of made-up keys", async () => {
    await db.rateLimitBucket.deleteMany({});
    const t0 = new Date("2025-02-01T00:00:00Z");
    const short = { limit: 5, windowSeconds: 60 };
    // 400 made-up keys, one a second: at most the last minute's (plus a prune batch) may remain.
    for (let i = 0; i < 400; i++) await hitRateLimit(db, `flood:${i}`, short, new Date(t0.getTime() + i * 1000));
    const left = await db.rateLimitBucket.count();
    expect(left).toBeLessThanOrEqual(61 + PRUNE_BATCH);
    // The counters still running are kept.
    const last = new Date(t0.getTime() + 399_000);
    expect((await peekRateLimit(db, "flood:399", short, last)).count).toBe(1);
    expect((await peekRateLimit(db, "flood:350", short, last)).count).toBe(1);
  });

  it("deletes only expired counters, oldest first, at most one batch at a time", async () => {
    await db.rateLimitBucket.deleteMany({});
    const now = new Date("2025-03-01T00:00:00Z");
    await db.rateLimitBucket.createMany({
      data: [
        ...Array.from({ length: PRUNE_BATCH + 10 }, (_, i) => ({
          key: `old:${i}`,
          count: 3,
          resetAt: new Date(now.getTime() - 1000 * (i + 1)),
        })),
        { key: "live", count: 3, resetAt: new Date(now.getTime() + 60_000) },
      ],
    });
    await hitRateLimit(db, "new", rule, now);
    expect(await db.rateLimitBucket.count({ where: { resetAt: { lte: now } } })).toBe(10);
    expect(await db.rateLimitBucket.findUnique({ where: { key: "live" } })).not.toBeNull();
    // The oldest went first.
    expect(await db.rateLimitBucket.findUnique({ where: { key: `old:${PRUNE_BATCH + 9}` } })).toBeNull();
  });
});

describe("limiting by client address", () => {
  it("refuses an address past its limit, with the wait, and leaves other addresses alone", async () => {
    const now = new Date("2025-04-01T00:00:00Z");
    const { limit, windowSeconds } = ADDRESS_LIMITS.register;
    for (let i = 0; i < limit; i++)
      expect(await limitByAddress(db, "register", "198.51.100.4", now)).toEqual({ ok: true });
    expect(await limitByAddress(db, "register", "198.51.100.4", now)).toEqual({
      ok: false,
      retryAfterSeconds: windowSeconds,
    });
    expect(await limitByAddress(db, "register", "198.51.100.5", now)).toEqual({ ok: true });
    // Each kind has its own counter.
    expect(await limitByAddress(db, "passwordReset", "198.51.100.4", now)).toEqual({ ok: true });
    // And the window passes.
    const later = new Date(now.getTime() + windowSeconds * 1000);
    expect(await limitByAddress(db, "register", "198.51.100.4", later)).toEqual({ ok: true });
  });

  it("takes the registrations an address may make an hour from REGISTER_LIMIT_PER_HOUR (a park behind one NAT)", async () => {
    vi.stubEnv("REGISTER_LIMIT_PER_HOUR", "2");
    vi.resetModules();
    try {
      const configured = await import("./rate-limit");
      expect(configured.addressLimit("register")).toEqual({ limit: 2, windowSeconds: 3600 });
      expect(configured.addressLimit("passwordReset")).toEqual(ADDRESS_LIMITS.passwordReset);
      const now = new Date("2025-05-01T00:00:00Z");
      for (let i = 0; i < 2; i++)
        expect(await configured.limitByAddress(db, "register", "198.51.100.9", now)).toEqual({ ok: true });
      expect(await configured.limitByAddress(db, "register", "198.51.100.9", now)).toMatchObject({ ok: false });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
