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
const { findVolumeGoals } = await import("./volume-goals");
const { deleteOfficialStat } = await import("@/lib/server/rates/delete-official-stat");

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

  it("measures each goal as every other screen does, a goal that starts before the months shown too", async () => {
    const [zone, other] = zoneIds;
    const goal = (code: string, zoneId: string | null, periodStart: string, periodEnd: string) => ({
      code,
      metric: "CBEC_VOLUME",
      zoneId,
      unit: "CNY_FEN",
      targetValue: 30_000_000_000_000n,
      baselineValue: 0n,
      baselineYear: 2022,
      periodStart,
      periodEnd,
      labelZh: code,
      labelEn: code,
    });
    // Official figures from before the dashboard's series (2023 on): only a goal's own reading sees them.
    await db.officialStat.createMany({
      data: [
        { zoneId: zone, month: "2022-08", valueFen: 1_234_567_890n },
        { zoneId: other, month: "2022-11", valueFen: 987_654_321n },
      ],
    });
    await db.goal.createMany({
      data: [
        goal("CITY_2022_2026", null, "2022-06", "2026-12"),
        goal("CITY_2026_2027", null, "2026-01", "2027-06"),
        goal("ZONE_2022_2026", zone, "2022-07", "2026-06"),
        goal("ZONE_2024", zone, "2024-01", "2024-12"),
      ],
    });
    try {
      clearViewCache();
      for (const year of YEARS) {
        const city = await getDashboard(staff, { year }, NOW);
        expect(city.goals.map((g) => g.code)).toContain("CITY_2022_2026");
        expect(city.goals, `city ${year}`).toEqual(await findVolumeGoals(db, null, "2026-11"));
        const inZone = await getDashboard(staff, { year, zone }, NOW);
        expect(inZone.goals.map((g) => g.code)).toEqual(["ZONE_2022_2026", "ZONE_2024"]);
        expect(inZone.goals, `zone ${year}`).toEqual(await findVolumeGoals(db, zone, "2026-11"));
        await expectAsBefore(`city ${year} with more goals`, staff, { year });
      }
      // The 2022 figure counts toward the goal that covers it.
      const zoneGoal = (await getDashboard(staff, { year: "2026", zone }, NOW)).goals[0];
      // Removed by staff: the goal's cached reading gives way at once.
      const staffId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
      expect(await deleteOfficialStat(db, staffId, zone, "2022-08")).toEqual({ ok: true });
      expect((await findVolumeGoals(db, zone, "2026-11"))[0].status.soFar).toBe(zoneGoal.status.soFar - 1_234_567_890n);
    } finally {
      await db.goal.deleteMany({
        where: { code: { in: ["CITY_2022_2026", "CITY_2026_2027", "ZONE_2022_2026", "ZONE_2024"] } },
      });
      await db.officialStat.deleteMany({ where: { month: { in: ["2022-08", "2022-11"] } } });
    }
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
