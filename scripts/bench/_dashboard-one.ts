// The whole dashboard view (getDashboard) at 1,000,000 declarations
// (BENCH_DECLARATIONS to change it), beside the same declared figures read by
// raw SQL over the view-shaped rollups and by a raw scan of the declaration
// rows, and beside the view as it was computed before (regrouped in JavaScript
// from the fine rollup), in one run; on SQLite, and also on PostgreSQL when
// BENCH_POSTGRES_URL is set (a scratch database is created there and dropped
// afterwards). Every view runs a few rounds untimed first, as it has in a
// serving process (the first calls compile the code), then cold and cached
// runs are timed. Bounded: a fixed number of rows and repetitions.
// This file measures one database (BENCH_DASHBOARD_URL) in its own process,
// started by dashboard.ts with the react-server condition, since the view's
// code is server-only and the process's one client follows DATABASE_URL.
import { deployMigrations } from "../../lib/db/migration-engine.mjs";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { seedDeclarations } from "@/lib/seed/declarations";
import { rebuildRollups } from "@/lib/server/declarations/rebuild-rollups";
import { fillPostgres, fillSqlite } from "./_declarations";

const TARGET = Number(process.env.BENCH_DECLARATIONS ?? 1_000_000);
const REPEAT = 9;
/** Untimed rounds of every view first: a serving process has run its code before, the first calls compile it. */
const WARM_UP = 10;
/** The raw scan takes seconds per run at 1M rows: fewer runs, and only for the city and the operator's park. */
const RAW_REPEAT = 3;
const NOW = new Date("2026-11-28T08:00:00Z");
async function time<T>(fn: () => Promise<T>, before?: () => void, repeat = REPEAT): Promise<{ ms: number; result: T }> {
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    before?.();
    const started = performance.now();
    result = await fn();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(repeat / 2)], result };
}

type Scope = { name: string; parkIds: string[] | null; mode: string | null };
type Row = { k: string; count: bigint | number; value: bigint | number | string };

/** The declared figures a 2026 view shows (series, both periods' breakdowns, markets, ranking), as SQL over a source. */
function figureQueries(scope: Scope, source: "rollups" | "raw") {
  const where = (park: string, mode: string) =>
    [
      scope.parkIds ? `${park} IN (${scope.parkIds.map((id) => `'${id}'`).join(",")})` : "TRUE",
      scope.mode ? `${mode} = '${scope.mode}'` : "TRUE",
    ].join(" AND ");
  const q = (sql: string) => sql.replace(/\s+/g, " ");
  if (source === "rollups") {
    const w = where(`"parkId"`, `"customsMode"`);
    const byPark = (month: string) =>
      q(`SELECT "parkId" || '|' || "customsMode" || '|' || "direction" AS k, "count" AS count, "valueFen" AS value
         FROM "ParkYtdRollup" WHERE "month" = '${month}' AND ${w}`);
    // Without a park in scope, the markets over every park.
    const marketTable = scope.parkIds ? "MarketYtdRollup" : "CityMarketYtdRollup";
    const markets = (month: string) =>
      q(`SELECT "country" AS k, SUM("count") AS count, SUM("valueFen") AS value FROM "${marketTable}"
         WHERE "month" = '${month}' AND ${w} GROUP BY "country"`);
    const merchants = (month: string) =>
      q(`SELECT "merchantId" AS k, SUM("count") AS count, SUM("valueFen") AS value FROM "MerchantYtdRollup"
         WHERE "month" = '${month}' AND ${w} GROUP BY "merchantId" ORDER BY value DESC, k ASC LIMIT 10`);
    return [
      q(`SELECT "month" || '|' || "parkId" AS k, SUM("count") AS count, SUM("valueFen") AS value FROM "ParkMonthRollup"
         WHERE "month" BETWEEN '2023-01' AND '2026-11' AND ${w} GROUP BY "month", "parkId"`),
      byPark("2026-11"),
      byPark("2025-11"),
      markets("2026-11"),
      markets("2025-11"),
      merchants("2026-11"),
      merchants("2025-11"),
    ];
  }
  const w = where(`m."parkId"`, `d."customsMode"`);
  const FROM = `FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"`;
  const by = (k: string, group: string, from: string, to: string, tail = "") =>
    q(`SELECT ${k} AS k, COUNT(*) AS count, SUM(d."valueFen") AS value ${FROM}
       WHERE d."month" BETWEEN '${from}' AND '${to}' AND ${w} GROUP BY ${group} ${tail}`);
  const dims = `m."parkId" || '|' || d."customsMode" || '|' || d."direction"`;
  const top = `ORDER BY value DESC, k ASC LIMIT 10`;
  return [
    by(`d."month" || '|' || m."parkId"`, `d."month", m."parkId"`, "2023-01", "2026-11"),
    by(dims, `m."parkId", d."customsMode", d."direction"`, "2026-01", "2026-11"),
    by(dims, `m."parkId", d."customsMode", d."direction"`, "2025-01", "2025-11"),
    by(`d."country"`, `d."country"`, "2026-01", "2026-11"),
    by(`d."country"`, `d."country"`, "2025-01", "2025-11"),
    by(`d."merchantId"`, `d."merchantId"`, "2026-01", "2026-11", top),
    by(`d."merchantId"`, `d."merchantId"`, "2025-01", "2025-11", top),
  ];
}

/** JSON with bigints as strings and object keys sorted, to compare two views whatever their key order. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_, x) =>
    typeof x === "bigint"
      ? x.toString()
      : x && typeof x === "object" && !Array.isArray(x) && !(x instanceof Map)
        ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
        : x,
  );

const canonical = (sets: Row[][]) =>
  JSON.stringify(
    sets.map((rows) =>
      rows
        .map((r) => [r.k, Number(r.count), BigInt(r.value).toString()])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ),
  );

async function benchOn(
  label: string,
  url: string,
  fill: (db: Db, merchants: string[], count: number) => Promise<void>,
) {
  const db = createPrismaClient(url);
  // getDashboard reads through the process's one client (lib/server/db), which follows DATABASE_URL.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-only-secret-bench-only-secret-0000";
  const g = globalThis as unknown as { cbecDb?: Db };
  delete g.cbecDb;
  try {
    const started = Date.now();
    await deployMigrations(url);
    await seedDemo(db, { passwordHash: "bench" });
    await seedDeclarations(db);
    const merchants = (
      await db.merchant.findMany({ where: { verificationStatus: "APPROVED" }, select: { id: true } })
    ).map((m) => m.id);
    await fill(db, merchants, Math.max(0, TARGET - (await db.declaration.count())));
    const written = await rebuildRollups(db);
    const declarations = await db.declaration.count();
    console.log(
      `\n${label}: ${declarations.toLocaleString("en")} declarations; rollup rows: ` +
        Object.entries(written)
          .filter(([k]) => k !== "rollups")
          .map(([k, n]) => `${k} ${n.toLocaleString("en")}`)
          .join(", ") +
        `; built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const { getDashboard } = await import("@/lib/server/dashboard/get-dashboard");
    const { getDashboardAsBefore } = await import("@/lib/testing/dashboard-before");
    const { clearViewCache } = await import("@/lib/server/dashboard/view-cache");
    const { db: appDb } = await import("@/lib/server/db");
    await appDb.$connect();

    const staff = { role: "STAFF" as const, parkId: null };
    const xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
    const zone = await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-01" }, include: { parks: true } });
    const views: {
      scope: Scope;
      user: { role: "STAFF" | "PARK_OPERATOR"; parkId: string | null };
      filters: Record<string, string>;
    }[] = [
      { scope: { name: "city", parkIds: null, mode: null }, user: staff, filters: { year: "2026" } },
      {
        scope: { name: "one zone", parkIds: zone.parks.map((p) => p.id), mode: null },
        user: staff,
        filters: { year: "2026", zone: zone.id },
      },
      {
        scope: { name: "operator's park", parkIds: [xiyong], mode: null },
        user: { role: "PARK_OPERATOR", parkId: xiyong },
        filters: { year: "2026" },
      },
      {
        scope: { name: "customs mode 1039", parkIds: null, mode: "1039" },
        user: staff,
        filters: { year: "2026", mode: "1039" },
      },
    ];
    for (let round = 0; round < WARM_UP; round++)
      for (const v of views) {
        clearViewCache();
        await getDashboard(v.user, v.filters, NOW);
        await getDashboard(v.user, v.filters, NOW);
      }
    const rows = [];
    for (const v of views) {
      const cold = await time(() => getDashboard(v.user, v.filters, NOW), clearViewCache);
      const warm = await time(() => getDashboard(v.user, v.filters, NOW));
      const before = await time(() => getDashboardAsBefore(v.user, v.filters, NOW));
      const overRollups = await time(() =>
        Promise.all(figureQueries(v.scope, "rollups").map((sql) => db.$queryRawUnsafe<Row[]>(sql))),
      );
      const scanned = v.scope.name === "city" || v.scope.name === "operator's park";
      const scan = scanned
        ? await time(
            () => Promise.all(figureQueries(v.scope, "raw").map((sql) => db.$queryRawUnsafe<Row[]>(sql))),
            undefined,
            RAW_REPEAT,
          )
        : null;
      const same = stable(cold.result) === stable(before.result);
      rows.push({
        "view (2026)": v.scope.name,
        "whole view ms": cold.ms.toFixed(1),
        "cached view ms": warm.ms.toFixed(1),
        "raw SQL over rollups ms": overRollups.ms.toFixed(1),
        "raw scan of declarations ms": scan ? scan.ms.toFixed(1) : "—",
        "scan ÷ view": scan ? `${(scan.ms / cold.ms).toFixed(0)}×` : "—",
        "view before ms": before.ms.toFixed(1),
        "same figures": same && (!scan || canonical(overRollups.result) === canonical(scan.result)) ? "yes" : "NO",
      });
    }
    console.log(`${label}: median of ${REPEAT} runs each (the raw scan: of ${RAW_REPEAT}), in ms`);
    console.table(rows);
    await appDb.$disconnect();
  } finally {
    await db.$disconnect();
  }
}

const url = process.env.BENCH_DASHBOARD_URL!;
if (url.startsWith("file:")) {
  await benchOn("SQLite", url, async (_db, merchants, count) =>
    fillSqlite(url.slice("file:".length), merchants, count),
  );
} else {
  await benchOn("PostgreSQL", url, fillPostgres);
}
process.exit(0);
