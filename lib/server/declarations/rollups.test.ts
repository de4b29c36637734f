import { readFileSync } from "node:fs";
import fc from "fast-check";
import { providerOf } from "@/lib/db/provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { declarationSchema } from "@/lib/validation/declaration";
import { setExchangeRate } from "@/lib/server/rates/set-rate";
import { createDeclaration } from "./create-declaration";
import { deleteDeclaration } from "./delete-declaration";
import { createImportJob } from "@/lib/server/imports/jobs";
import { processDeclarationImport } from "./import-declarations";
import { aggregateDeclarations, rebuildRollups, storedRollups } from "./rebuild-rollups";

const MONTHS = ["2025-01", "2025-02", "2025-03"];
type Actor = { userId: string; merchantId: string };
const actors: Actor[] = [];

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await db.exchangeRate.createMany({
    data: MONTHS.flatMap((month, i) => [
      { month, currency: "USD", cnyPerUnitMicros: 7_100_000n + BigInt(i) * 50_000n },
      { month, currency: "EUR", cnyPerUnitMicros: 7_700_000n + BigInt(i) * 30_000n },
    ]),
  });
  // Merchants of three parks, the market procurement pilot among them, each with a member.
  for (const code of ["XIYONG", "DAZU-LONGSHUI", "NANPENG"]) {
    const merchant = await db.merchant.findFirstOrThrow({
      where: { park: { code }, verificationStatus: "APPROVED", accountState: "ACTIVE" },
    });
    const user = await db.user.create({
      data: { email: `${code.toLowerCase()}@example.com`, name: code, passwordHash: "x", role: "MERCHANT" },
    });
    actors.push({ userId: user.id, merchantId: merchant.id });
  }
});
afterAll(() => db.$disconnect());

const row = fc.record({
  month: fc.constantFrom(...MONTHS),
  day: fc.integer({ min: 1, max: 28 }),
  customsMode: fc.constantFrom("9610", "9710", "9810", "1210", "1039"),
  direction: fc.constantFrom("EXPORT", "IMPORT"),
  country: fc.constantFrom("US", "DE", "JP", "KZ", "RU"),
  currency: fc.constantFrom("CNY", "USD", "EUR"),
  cents: fc.integer({ min: 1, max: 20_000_000 }),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

type Command =
  | { kind: "create"; actor: number; row: Row }
  | { kind: "import"; actor: number; rows: Row[] }
  | { kind: "delete"; pick: number }
  | { kind: "rate"; month: string; currency: string; micros: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), actor: fc.nat(2), row }),
  fc.record({
    kind: fc.constant("import" as const),
    actor: fc.nat(2),
    rows: fc.array(row, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("rate" as const),
    month: fc.constantFrom(...MONTHS),
    currency: fc.constantFrom("USD", "EUR"),
    micros: fc.integer({ min: 6_500_000, max: 8_500_000 }),
  }),
);

let serial = 0;
const amount = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
function values(r: Row) {
  return {
    declaredOn: `${r.month}-${String(r.day).padStart(2, "0")}`,
    customsMode: r.customsMode,
    // Mostly valid: the export-only modes go out (the 1039 rules still refuse some).
    direction: ["9710", "9810", "1039"].includes(r.customsMode) ? "EXPORT" : r.direction,
    country: r.country,
    currency: r.currency,
    amount: amount(r.cents),
    platform: r.customsMode === "1039" ? "" : "amazon",
    hsChapter: "",
    reference: `FC-${++serial}`,
  };
}

async function apply(cmd: Command) {
  const schema = declarationSchema("2026-11-28");
  if (cmd.kind === "create") {
    const parsed = schema.safeParse(values(cmd.row));
    if (parsed.success) await createDeclaration(db, actors[cmd.actor], parsed.data);
  } else if (cmd.kind === "import") {
    const lines = cmd.rows.map((r) => Object.values(values(r)).join(","));
    const csv = `declared_on,customs_mode,direction,country,currency,amount,platform,hs_chapter,reference\n${lines.join("\n")}\n`;
    // What a worker thread runs for a queued declarations job (lib/server/imports/handlers.ts).
    const { merchantId, userId } = actors[cmd.actor];
    const job = await createImportJob(db, { merchantId, kind: "DECLARATION", fileName: "fc.csv", createdById: userId });
    await processDeclarationImport(db, {
      jobId: job.id,
      bytes: new TextEncoder().encode(csv),
      actor: actors[cmd.actor],
      today: "2026-11-28",
    });
  } else if (cmd.kind === "delete") {
    const all = await db.declaration.findMany({ select: { id: true, merchantId: true }, orderBy: { id: "asc" } });
    if (!all.length) return;
    const target = all[cmd.pick % all.length];
    const owner = actors.find((a) => a.merchantId === target.merchantId)!;
    await deleteDeclaration(db, owner, target.id);
  } else {
    await setExchangeRate(db, actors[0].userId, { month: cmd.month, currency: cmd.currency, rate: BigInt(cmd.micros) });
  }
}

describe("rollups", () => {
  it("agree with the raw declaration rows after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        for (const cmd of commands) await apply(cmd);
        // Every table: by park, mode, direction and market; by merchant and mode; by park, mode and
        // direction; by park alone; and the year-to-date running totals by market, by merchant, by
        // park, mode and direction, and by mode and market over every park.
        const [stored, raw] = [await storedRollups(db), await aggregateDeclarations(db)];
        expect(Object.keys(stored).sort()).toEqual([
          "CityMarketYtdRollup",
          "DeclarationRollup",
          "MarketYtdRollup",
          "MerchantMonthRollup",
          "MerchantYtdRollup",
          "ParkMonthRollup",
          "ParkMonthTotalRollup",
          "ParkYtdRollup",
        ]);
        expect(stored).toEqual(raw);
      }),
      { numRuns: 25, seed: 20_250_101 },
    );
    // The merchant rollup tells the merchants (of three parks) apart.
    const merchants = new Set((await storedRollups(db)).MerchantMonthRollup.map((r) => r.merchantId));
    expect(merchants.size).toBeGreaterThan(1);
    // The property exercised all kinds of writes, not only refusals.
    expect(
      await db.auditLog.count({ where: { action: { in: ["declaration.create", "declaration.import"] } } }),
    ).toBeGreaterThan(20);
    expect(await db.auditLog.count({ where: { action: "declaration.import" } })).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { action: "declaration.delete" } })).toBeGreaterThan(0);
    expect(
      await db.auditLog.count({ where: { action: "rate.set", details: { not: { contains: '"recomputed":0' } } } }),
    ).toBeGreaterThan(0);
  });

  it("are rebuilt from scratch to the same figures", async () => {
    const before = await storedRollups(db);
    expect(before.DeclarationRollup.length).toBeGreaterThan(0);
    expect(before.MerchantMonthRollup.length).toBeGreaterThan(0);
    expect(before.ParkMonthRollup.length).toBeGreaterThan(0);
    expect(before.ParkMonthTotalRollup.length).toBeGreaterThan(0);
    // A running total fills the months after its first declaration up to December.
    expect(before.MarketYtdRollup.some((r) => r.month === "2025-12")).toBe(true);
    expect(before.MerchantYtdRollup.some((r) => r.month === "2025-12")).toBe(true);
    expect(before.ParkYtdRollup.some((r) => r.month === "2025-12")).toBe(true);
    expect(before.CityMarketYtdRollup.some((r) => r.month === "2025-12")).toBe(true);
    await db.declarationRollup.deleteMany();
    await db.merchantMonthRollup.deleteMany();
    await db.parkMonthRollup.deleteMany();
    await db.parkMonthTotalRollup.deleteMany();
    await db.marketYtdRollup.deleteMany();
    await db.merchantYtdRollup.deleteMany();
    await db.parkYtdRollup.deleteMany();
    await db.cityMarketYtdRollup.deleteMany();
    expect(await storedRollups(db)).toEqual({
      DeclarationRollup: [],
      MerchantMonthRollup: [],
      ParkMonthRollup: [],
      ParkMonthTotalRollup: [],
      MarketYtdRollup: [],
      MerchantYtdRollup: [],
      ParkYtdRollup: [],
      CityMarketYtdRollup: [],
    });
    const written = await rebuildRollups(db);
    const lengths = Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, rows.length]));
    expect(written).toEqual({
      ...lengths,
      rollups: Object.values(lengths).reduce((a, b) => a + b, 0),
    });
    expect(await storedRollups(db)).toEqual(before);
  });

  it("are backfilled by their migrations to the same figures on a database that had declarations", async () => {
    const before = await storedRollups(db);
    expect(before.MarketYtdRollup.length).toBeGreaterThan(0);
    expect(before.ParkYtdRollup.length).toBeGreaterThan(0);
    const folder = providerOf(db) === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
    const backfill = async (migration: string) => {
      const sql = readFileSync(`${folder}/${migration}/migration.sql`, "utf8");
      for (const statement of sql
        .slice(sql.indexOf("-- Backfill"))
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s.replace(/--.*$/gm, "").trim()))
        await db.$executeRawUnsafe(statement);
    };
    await db.parkMonthRollup.deleteMany();
    await db.marketYtdRollup.deleteMany();
    await db.merchantYtdRollup.deleteMany();
    await db.rollupVersion.deleteMany();
    await backfill("20261130143214_dashboard_view_rollups");
    await db.parkYtdRollup.deleteMany();
    await db.cityMarketYtdRollup.deleteMany();
    await backfill("20261130160706_dashboard_ytd_breakdowns");
    await db.parkMonthTotalRollup.deleteMany();
    await backfill("20261130163605_dashboard_park_month_totals");
    expect(await storedRollups(db)).toEqual(before);
    // Each later migration ends the dashboards cached before it.
    expect(await db.rollupVersion.findMany()).toEqual([{ id: 1, version: 3 }]);
  });
});
