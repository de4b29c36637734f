import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "./demo";
import { buildEventsData, seedEvents } from "./events";
import { countCompaniesConnected } from "@/lib/server/events/event-stats";

const NOW = new Date("2025-12-08T02:00:00Z");

beforeAll(() => seedDemo(db, { passwordHash: "unused" }));
afterAll(() => db.$disconnect());

async function counts() {
  const [partners, events, signups, interests] = await Promise.all([
    db.partner.count(),
    db.event.count(),
    db.signup.count(),
    db.signupInterest.count(),
  ]);
  return { partners, events, signups, interests };
}

describe("demo events seed", () => {
  it("seeds partners, past events with check-ins and upcoming events, then is a no-op", async () => {
    expect(await seedEvents(db, { now: NOW })).toEqual({ created: true });
    const first = await counts();
    expect(first.partners).toBeGreaterThanOrEqual(15);
    const kinds = new Set((await db.partner.findMany({ select: { kind: true } })).map((p) => p.kind));
    expect([...kinds].sort()).toEqual(["COMPLIANCE", "LOGISTICS", "OVERSEAS_WAREHOUSE", "PAYMENT", "PLATFORM"]);
    expect(await db.partner.count({ where: { kind: "PLATFORM", platformId: null } })).toBe(0);

    const events = await db.event.findMany({ include: { signups: true } });
    const belts = new Set(events.map((e) => e.belt));
    for (const belt of ["dazu-hardware", "motorcycle-parts", "nev-parts"]) expect(belts).toContain(belt);
    for (const e of events) {
      const confirmed = e.signups.filter((s) => s.status === "CONFIRMED").reduce((sum, s) => sum + s.seats, 0);
      expect(e.seatsTaken).toBe(confirmed);
      expect(e.seatsTaken).toBeLessThanOrEqual(e.capacity);
      expect(e.signupDeadline.getTime()).toBeLessThan(e.startsAt.getTime());
    }
    const upcoming = events.filter((e) => e.status === "PUBLISHED");
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    expect(upcoming.every((e) => e.signupDeadline > NOW)).toBe(true);
    expect(events.some((e) => e.status === "COMPLETED" && e.signups.some((s) => s.status === "WAITLISTED"))).toBe(true);
    expect(await countCompaniesConnected(db, 2025)).toBeGreaterThan(100);

    // The demo merchant attended one event, and is free to sign up for the upcoming ones.
    const demo = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
    const mine = await db.signup.findMany({ where: { merchantId: demo.merchantId }, include: { event: true } });
    expect(mine.map((s) => s.event.status)).toEqual(["COMPLETED"]);
    expect(mine[0].checkedInAt).not.toBeNull();

    expect(await seedEvents(db, { now: NOW })).toEqual({ created: false });
    expect(await counts()).toEqual(first);
  });

  it("is deterministic: the same rows for the same day", () => {
    const refs = {
      staffId: "s",
      demoMerchantId: "m0",
      merchantIds: Array.from({ length: 60 }, (_, i) => `m${i}`),
      platformIds: new Map([["amazon", "p1"]]),
    };
    expect(buildEventsData(refs, NOW)).toEqual(buildEventsData(refs, NOW));
  });
});
