import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { parkScope } from "./park-scope";

beforeAll(() => seedDemo(db, { passwordHash: "unused" }));
afterAll(() => db.$disconnect());

describe("parkScope", () => {
  it("lets staff see every park, an operator its own park, and an operator without a park nothing", async () => {
    const park = await db.park.findFirstOrThrow({ where: { merchants: { some: {} } }, orderBy: { code: "asc" } });
    const staff = { role: "STAFF" as const, parkId: null };
    const operator = { role: "PARK_OPERATOR" as const, parkId: park.id };
    const parkless = { role: "PARK_OPERATOR" as const, parkId: null };

    const merchants = (user: typeof staff | typeof operator | typeof parkless) =>
      db.merchant.count({ where: parkScope(user) });
    const parks = (user: typeof staff | typeof operator | typeof parkless) =>
      db.park.findMany({ where: parkScope(user, "id"), select: { id: true } });

    expect(await merchants(staff)).toBe(await db.merchant.count());
    expect(await merchants(operator)).toBe(await db.merchant.count({ where: { parkId: park.id } }));
    expect(await merchants(operator)).toBeGreaterThan(0);
    expect(await merchants(parkless)).toBe(0);

    expect((await parks(staff)).length).toBe(await db.park.count());
    expect(await parks(operator)).toEqual([{ id: park.id }]);
    expect(await parks(parkless)).toEqual([]);
    // Inside a relation filter and next to other conditions, too.
    expect(await db.signup.count({ where: { merchant: parkScope(parkless) } })).toBe(0);
    expect(await db.merchant.count({ where: { verificationStatus: "APPROVED", ...parkScope(parkless) } })).toBe(0);
  });
});
