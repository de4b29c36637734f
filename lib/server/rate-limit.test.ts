import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { hitRateLimit, peekRateLimit, clearRateLimit } from "./rate-limit";

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
