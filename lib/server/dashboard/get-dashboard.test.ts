import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { seedDeclarations } = await import("@/lib/seed/declarations");
const { seedSkus } = await import("@/lib/seed/skus");
const { getDashboard } = await import("./get-dashboard");
const { getDashboardAsBefore } = await import("@/lib/testing/dashboard-before");
const { clearViewCache } = await import("./view-cache");
const { createDeclaration } = await import("@/lib/server/declarations/create-declaration");
const { deleteDeclaration } = await import("@/lib/server/declarations/delete-declaration");
const { declarationSchema } = await import("@/lib/validation/declaration");

const NOW = new Date("2026-11-28T08:00:00Z");
const staff = { role: "STAFF" as const, parkId: null };
let operator: { role: "PARK_OPERATOR"; parkId: string | null };
let zoneIds: string[] = [];
let actor: { userId: string; merchantId: string };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedDeclarations(db);
  await seedSkus(db);
  const op = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  operator = { role: "PARK_OPERATOR", parkId: op.parkId };
  zoneIds = (
    await db.zone.findMany({ where: { kind: "DEMONSTRATION", parks: { some: {} } }, select: { id: true } })
  ).map((z) => z.id);
  const user = await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } });
  actor = {
    userId: user.id,
    merchantId: (await db.membership.findFirstOrThrow({ where: { userId: user.id } })).merchantId,
  };
});
afterAll(() => db.$disconnect());

const YEARS = ["2023", "2024", "2025", "2026"];

async function expectAsBefore(label: string, user: typeof staff | typeof operator, filters: Record<string, string>) {
  const [now, before] = [await getDashboard(user, filters, NOW), await getDashboardAsBefore(user, filters, NOW)];
  expect(now, label).toEqual(before);
}

describe("the assembled dashboard", () => {
  it("equals the computation from the fine rollups for the city, every zone, an operator's park, a mode, and every year", async () => {
    expect(zoneIds.length).toBeGreaterThan(1);
    for (const year of YEARS) {
      await expectAsBefore(`city ${year}`, staff, { year });
      await expectAsBefore(`city 1039 ${year}`, staff, { year, mode: "1039" });
      await expectAsBefore(`operator ${year}`, operator, { year });
      for (const zone of zoneIds) await expectAsBefore(`zone ${zone} ${year}`, staff, { year, zone });
    }
    // The view shows figures, not only empty tables.
    const d = await getDashboard(staff, {}, NOW);
    expect(d.markets.length).toBeGreaterThan(5);
    expect(d.merchants.length).toBe(10);
    expect(d.parks.some((p) => p.current > 0n && p.previous > 0n)).toBe(true);
  });

  it("shows a declaration written after the view was cached, and its deletion, at once", async () => {
    clearViewCache();
    const year = { year: "2026" };
    const cold = await getDashboard(staff, year, NOW);
    // Cached: the same figures again.
    expect(await getDashboard(staff, year, NOW)).toEqual(cold);
    const created = await createDeclaration(
      db,
      actor,
      declarationSchema("2026-11-28").parse({
        declaredOn: "2026-03-12",
        customsMode: "9610",
        direction: "EXPORT",
        country: "NZ",
        currency: "CNY",
        amount: "98765432.10",
        platform: "amazon",
        hsChapter: "",
        reference: "CACHE-1",
      }),
    );
    if (!created.ok) throw new Error(`not created: ${JSON.stringify(created)}`);
    const after = await getDashboard(staff, year, NOW);
    const declaredNz = (d: typeof cold) => d.markets.find((m) => m.key === "NZ")?.current ?? d.map.NZ ?? 0;
    expect(after.parks.reduce((s, p) => s + p.current, 0n)).toBe(
      cold.parks.reduce((s, p) => s + p.current, 0n) + created.valueFen,
    );
    expect(after.modes.find((m) => m.key === "9610")!.count).toBe(cold.modes.find((m) => m.key === "9610")!.count + 1);
    expect(declaredNz(after)).not.toEqual(declaredNz(cold));
    expect(after).toEqual(await getDashboardAsBefore(staff, year, NOW));

    await deleteDeclaration(db, actor, created.id);
    expect(await getDashboard(staff, year, NOW)).toEqual(cold);
  });
});
