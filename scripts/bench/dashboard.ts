// The dashboard's queries at 1,000,000 declarations (BENCH_DECLARATIONS to
// change it), each beside the raw SQL that computes the same figures from the
// declaration rows (the merchant ranking also beside the Prisma groupBy it
// used before it had a rollup), in one run. Bounded: a temporary SQLite
// database, a fixed number of rows and repetitions; removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { deployMigrations } from "../../lib/db/migration-engine.mjs";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { seedDeclarations } from "@/lib/seed/declarations";
import { rebuildRollups } from "@/lib/server/declarations/rebuild-rollups";
import {
  merchantTotals,
  monthlyByPark,
  officialByZone,
  periodBreakdown,
  type VolumeScope,
} from "@/lib/server/dashboard/queries";
import { monthRange } from "@/lib/time/months";
import { rng } from "@/lib/seed/random";

const TARGET = Number(process.env.BENCH_DECLARATIONS ?? 1_000_000);
const REPEAT = 5;
const MODES = ["9610", "9710", "9810", "1210", "1039"];
const COUNTRIES =
  "US RU DE GB JP KR VN TH MY SG ID PH AU CA MX BR NL PL FR IT ES KZ AE SA TR IN HU CZ UZ CL HK NZ AR CO PE SE BE CH AT GR PT IL KW QA OM KE MA DZ GH NG ZA EG PK BD KH LA MM MN KG TJ BY RO RS".split(
    " ",
  );

/** Adds random declarations straight through SQLite, to reach the target row count quickly. */
function fillDeclarations(file: string, merchantIds: string[], count: number) {
  const sqlite = new Database(file);
  const r = rng(1_000_000);
  const months = monthRange("2023-01", "2026-11");
  const insert = sqlite.prepare(
    `INSERT INTO "Declaration" ("id","merchantId","declaredOn","month","customsMode","direction","country","valueMinor","currency","valueFen","reference","createdAt") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const month = months[r.int(0, months.length - 1)];
      const day = `${month}-${String(r.int(1, 28)).padStart(2, "0")}T00:00:00.000+00:00`;
      const fen = r.int(10_000, 500_000_000);
      insert.run(
        `b${i.toString(36).padStart(24, "0")}`,
        r.pick(merchantIds),
        day,
        month,
        r.pick(MODES),
        r.chance(0.8) ? "EXPORT" : "IMPORT",
        r.pick(COUNTRIES),
        fen,
        "CNY",
        fen,
        `B${i}`,
        day,
      );
    }
  })();
  sqlite.close();
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < REPEAT; i++) {
    const started = performance.now();
    result = await fn();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(REPEAT / 2)], result };
}

type Raw = { k: string; count: bigint | number; value: bigint | number };
const rawSql = (db: Db, sql: string) => db.$queryRawUnsafe<Raw[]>(sql);
const key = (rows: { k: string; count: number | bigint; value: number | bigint }[]) =>
  JSON.stringify(
    rows
      .map((r) => [r.k, Number(r.count), BigInt(r.value).toString()])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
const raw = (where: string, by: string) =>
  `SELECT ${by} AS k, COUNT(*) AS count, SUM(d."valueFen") AS value FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId" WHERE ${where} GROUP BY ${by}`;

export default async function benchDashboard() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cbec-bench-"));
  const file = path.join(dir, "bench.db");
  const db = createPrismaClient(`file:${file}`);
  try {
    const started = Date.now();
    await deployMigrations(`file:${file}`);
    await seedDemo(db, { passwordHash: "bench" });
    await seedDeclarations(db);
    const merchants = (
      await db.merchant.findMany({ where: { verificationStatus: "APPROVED" }, select: { id: true } })
    ).map((m) => m.id);
    fillDeclarations(file, merchants, Math.max(0, TARGET - (await db.declaration.count())));
    const { DeclarationRollup: rollups, MerchantMonthRollup: merchantRollups } = await rebuildRollups(db);
    const declarations = await db.declaration.count();
    console.log(
      `Dashboard: ${declarations.toLocaleString("en")} declarations, ${rollups.toLocaleString("en")} rollup rows by park and market, ` +
        `${merchantRollups.toLocaleString("en")} by merchant, built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
    const zoneParks = (await db.park.findMany({ where: { zone: { code: "CQ-DZ-01" } }, select: { id: true } })).map(
      (p) => p.id,
    );
    const city: VolumeScope = { parkIds: null, customsMode: null, officialZoneIds: "all" };
    const zone: VolumeScope = { parkIds: zoneParks, customsMode: null, officialZoneIds: "all" };
    const park: VolumeScope = { parkIds: [xiyong], customsMode: null, officialZoneIds: null };
    const mode: VolumeScope = { parkIds: null, customsMode: "1039", officialZoneIds: null };
    const inParks = (ids: string[]) => `m."parkId" IN (${ids.map((id) => `'${id}'`).join(",")})`;
    const dims = `d."customsMode" || '|' || d."direction" || '|' || d."country" || '|' || m."parkId"`;
    const perDims = (rows: Awaited<ReturnType<typeof periodBreakdown>>) =>
      rows.map((r) => ({
        k: `${r.customsMode}|${r.direction}|${r.country}|${r.parkId}`,
        count: r.count,
        value: r.valueFen,
      }));
    const perMonth = (rows: Awaited<ReturnType<typeof monthlyByPark>>) =>
      rows.map((r) => ({ k: `${r.month}|${r.parkId}`, count: r.count, value: r.valueFen }));
    const perMerchant = (rows: Awaited<ReturnType<typeof merchantTotals>>) =>
      rows.map((r) => ({ k: r.merchantId, count: r.count, value: r.valueFen }));
    // The ranking's raw baseline: the same top ten (ties in merchant id order) from the declaration rows.
    const top10 = (where: string) => `${raw(where, `d."merchantId"`)} ORDER BY value DESC, k ASC LIMIT 10`;
    const topNow = (await merchantTotals(db, city, "2026-01", "2026-11", { take: 10 })).map((t) => t.merchantId);
    const inMerchants = `d."merchantId" IN (${topNow.map((id) => `'${id}'`).join(",")})`;

    const cases: {
      name: string;
      rollup: () => Promise<{ k: string; count: number | bigint; value: number | bigint }[]>;
      raw: string;
    }[] = [
      {
        name: "monthly series 2023→now, city",
        rollup: async () => perMonth(await monthlyByPark(db, city, "2023-01", "2026-11")),
        raw: raw(`d."month" BETWEEN '2023-01' AND '2026-11'`, `d."month" || '|' || m."parkId"`),
      },
      {
        name: "monthly series, one zone",
        rollup: async () => perMonth(await monthlyByPark(db, zone, "2023-01", "2026-11")),
        raw: raw(
          `d."month" BETWEEN '2023-01' AND '2026-11' AND ${inParks(zoneParks)}`,
          `d."month" || '|' || m."parkId"`,
        ),
      },
      {
        name: "monthly series, operator's park",
        rollup: async () => perMonth(await monthlyByPark(db, park, "2023-01", "2026-11")),
        raw: raw(
          `d."month" BETWEEN '2023-01' AND '2026-11' AND ${inParks([xiyong])}`,
          `d."month" || '|' || m."parkId"`,
        ),
      },
      {
        name: "breakdowns, 2026 to date",
        rollup: async () => perDims(await periodBreakdown(db, city, "2026-01", "2026-11")),
        raw: raw(`d."month" BETWEEN '2026-01' AND '2026-11'`, dims),
      },
      {
        name: "breakdowns, same period 2025",
        rollup: async () => perDims(await periodBreakdown(db, city, "2025-01", "2025-11")),
        raw: raw(`d."month" BETWEEN '2025-01' AND '2025-11'`, dims),
      },
      {
        name: "breakdowns, customs mode 1039",
        rollup: async () => perDims(await periodBreakdown(db, mode, "2026-01", "2026-11")),
        raw: raw(`d."month" BETWEEN '2026-01' AND '2026-11' AND d."customsMode" = '1039'`, dims),
      },
      {
        name: "merchant ranking, 2026 to date, city",
        rollup: async () => perMerchant(await merchantTotals(db, city, "2026-01", "2026-11", { take: 10 })),
        raw: top10(`d."month" BETWEEN '2026-01' AND '2026-11'`),
      },
      {
        name: "merchant ranking, one zone",
        rollup: async () => perMerchant(await merchantTotals(db, zone, "2026-01", "2026-11", { take: 10 })),
        raw: top10(`d."month" BETWEEN '2026-01' AND '2026-11' AND ${inParks(zoneParks)}`),
      },
      {
        name: "merchant ranking, operator's park",
        rollup: async () => perMerchant(await merchantTotals(db, park, "2026-01", "2026-11", { take: 10 })),
        raw: top10(`d."month" BETWEEN '2026-01' AND '2026-11' AND ${inParks([xiyong])}`),
      },
      {
        name: "merchant ranking, customs mode 1039",
        rollup: async () => perMerchant(await merchantTotals(db, mode, "2026-01", "2026-11", { take: 10 })),
        raw: top10(`d."month" BETWEEN '2026-01' AND '2026-11' AND d."customsMode" = '1039'`),
      },
      {
        name: "merchant ranking, the ten a year before",
        rollup: async () => perMerchant(await merchantTotals(db, city, "2025-01", "2025-11", { merchantIds: topNow })),
        raw: raw(`d."month" BETWEEN '2025-01' AND '2025-11' AND ${inMerchants}`, `d."merchantId"`),
      },
    ];
    const rows = [];
    for (const c of cases) {
      const fast = await time(c.rollup);
      const slow = await time(() => rawSql(db, c.raw));
      rows.push({
        query: c.name,
        "rollups ms": fast.ms.toFixed(1),
        "raw rows ms": slow.ms.toFixed(1),
        speedup: `${(slow.ms / fast.ms).toFixed(0)}×`,
        "same figures": key(fast.result) === key(slow.result) ? "yes" : "NO",
      });
    }
    // The ranking as it was read before MerchantMonthRollup: Prisma's groupBy over the declaration rows.
    const before = await time(() =>
      db.declaration.groupBy({
        by: ["merchantId"],
        where: { month: { gte: "2026-01", lte: "2026-11" } },
        _sum: { valueFen: true },
        _count: { _all: true },
        orderBy: [{ _sum: { valueFen: "desc" } }, { merchantId: "asc" }],
        take: 10,
      }),
    );
    const ranking = await time(() => merchantTotals(db, city, "2026-01", "2026-11", { take: 10 }));
    const same =
      key(perMerchant(ranking.result)) ===
      key(before.result.map((r) => ({ k: r.merchantId, count: r._count._all, value: r._sum.valueFen ?? 0n })));
    rows.push({
      query: "merchant ranking, city, Prisma groupBy",
      "rollups ms": ranking.ms.toFixed(1),
      "raw rows ms": before.ms.toFixed(1),
      speedup: `${(before.ms / ranking.ms).toFixed(0)}×`,
      "same figures": same ? "yes" : "NO",
    });
    const official = await time(() => officialByZone(db, city, "2023-01", "2026-11"));
    rows.push({
      query: "official statistics 2023→now",
      "rollups ms": official.ms.toFixed(1),
      "raw rows ms": "—",
      speedup: "—",
      "same figures": "—",
    });
    console.log(`Median of ${REPEAT} runs each (ms)`);
    console.table(rows);
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}
