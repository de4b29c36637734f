import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { aggregateDeclarations, storedRollups } from "@/lib/server/declarations/rebuild-rollups";
import { MARKET_PROCUREMENT_CAP_USD_CENTS } from "@/lib/server/conversion/convert";
import { seedDemo } from "./demo";
import { buildFromDatabase, seedDeclarations } from "./declarations";

const db = createPrismaClient(process.env.DATABASE_URL!);
const BILLION_FEN = 100_000_000_000n; // 1 billion CNY

let seeded: { created: boolean };
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "x" });
  seeded = await seedDeclarations(db);
});
afterAll(() => db.$disconnect());

const sum = async (where: Parameters<typeof db.declaration.aggregate>[0]["where"]) =>
  (await db.declaration.aggregate({ where, _sum: { valueFen: true } }))._sum.valueFen ?? 0n;

describe("demo declarations", () => {
  it("are seeded once, with a moderate number of rows", async () => {
    expect(seeded.created).toBe(true);
    const count = await db.declaration.count();
    expect(count).toBeGreaterThanOrEqual(20_000);
    expect(count).toBeLessThanOrEqual(60_000);
    expect(await seedDeclarations(db)).toEqual({ created: false });
    expect(await db.declaration.count()).toBe(count);
  });

  it("add up to almost 20 billion CNY in 2023 (within 2%), officially and as declared", async () => {
    const official = (
      await db.officialStat.aggregate({
        where: { month: { gte: "2023-01", lte: "2023-12" } },
        _sum: { valueFen: true },
      })
    )._sum.valueFen!;
    const declared = await sum({ month: { gte: "2023-01", lte: "2023-12" } });
    for (const total of [official, declared]) {
      expect(total).toBeGreaterThanOrEqual((196n * BILLION_FEN) / 10n);
      expect(total).toBeLessThanOrEqual((204n * BILLION_FEN) / 10n);
    }
  });

  it("give Dazu Longshui 1,726 market procurement declarations worth 174 million USD (≈1.25 billion CNY) in 2023", async () => {
    const where = { customsMode: "1039", declaredOn: { lte: new Date("2023-12-31T00:00:00Z") } };
    const rows = await db.declaration.findMany({
      where,
      select: { currency: true, valueMinor: true, merchant: { select: { park: { select: { code: true } } } } },
    });
    expect(rows).toHaveLength(1726);
    expect(new Set(rows.map((r) => r.merchant.park.code))).toEqual(new Set(["DAZU-LONGSHUI"]));
    expect(rows.every((r) => r.currency === "USD" && r.valueMinor <= MARKET_PROCUREMENT_CAP_USD_CENTS)).toBe(true);
    expect(rows.reduce((s, r) => s + r.valueMinor, 0n)).toBe(17_400_000_000n);
    const cny = await sum(where);
    expect(cny).toBeGreaterThanOrEqual(1_225_000_000_00n);
    expect(cny).toBeLessThanOrEqual(1_275_000_000_00n);
    // Only the pilot market declares 1039, ever.
    expect(
      await db.declaration.count({
        where: { customsMode: "1039", merchant: { park: { marketProcurementPilot: false } } },
      }),
    ).toBe(0);
  });

  it("grow each year, but stay well short of the 70 billion pace", async () => {
    const years = await Promise.all(
      ["2023", "2024", "2025"].map((y) => sum({ month: { gte: `${y}-01`, lte: `${y}-12` } })),
    );
    expect(years[1]).toBeGreaterThan(years[0]);
    expect(years[2]).toBeGreaterThan(years[1]);
    expect(years[2]).toBeLessThan((500n * BILLION_FEN) / 10n);
  });

  it("are the same rows every time they are built", async () => {
    const [a, b] = [await buildFromDatabase(db), await buildFromDatabase(db)];
    expect(a.built.declarations.length).toBeGreaterThan(20_000);
    expect(a.built).toEqual(b.built);
  });

  it("keep the rollups equal to the raw rows", async () => {
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
  });

  it("seed rates for every month to November 2026, official figures to September, and the goals", async () => {
    expect(await db.exchangeRate.count({ where: { currency: "USD" } })).toBe(47);
    expect((await db.officialStat.aggregate({ _max: { month: true } }))._max.month).toBe("2026-09");
    expect((await db.declaration.aggregate({ _max: { month: true } }))._max.month).toBe("2026-11");
    const goals = await db.goal.findMany({ orderBy: { code: "asc" } });
    expect(goals.map((g) => g.metric).sort()).toEqual([
      "CBEC_VOLUME",
      "DEMONSTRATION_ZONES",
      "MARKET_PROCUREMENT_VOLUME",
      "NEV_EXPORTS",
    ]);
    expect(goals.find((g) => g.metric === "CBEC_VOLUME")).toMatchObject({
      targetValue: 7_000_000_000_000n,
      periodStart: "2025-01",
      periodEnd: "2025-12",
    });
    expect(goals.find((g) => g.metric === "NEV_EXPORTS")).toMatchObject({
      periodStart: "2027-01",
      periodEnd: "2027-12",
    });
  });
});
