// `npm run bench -- skus`: imports 50,000 CSV rows through the real import
// code, and lists page 1 of a merchant's 10,000 SKUs with a filter through
// the real list code, each beside a raw SQL baseline (no Prisma) on the same
// data: better-sqlite3's prepared statements on a temporary SQLite database,
// and, when BENCH_POSTGRES_URL is set, node-postgres on a scratch PostgreSQL
// database (created and dropped here). Bounded by fixed sizes. It measures;
// it never fails for a slow machine.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "@/lib/db/create-client";
import { deployMigrations } from "../../lib/db/migration-engine.mjs";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { createImportJob } from "@/lib/server/imports/jobs";
import { processSkuImport, SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { listSkus } from "@/lib/server/skus/list-skus";
import { SkuListParams } from "@/lib/validation/sku";
import { withScratchPostgres } from "./_scratch-postgres";

const IMPORT_ROWS = 50_000;
const LIST_SKUS = 10_000;
// The list runs are interleaved (portal, raw, portal, raw…) after a warm-up of each, so that both
// see the same machine: a median of runs taken one after the other drifted with the load and the JIT.
const LIST_WARMUP = 30;
const LIST_RUNS = 200;
const MARKETS = ["US", "DE", "GB", "JP", "FR", "KR", "AU", "CA", "SG", "MY"];

type Row = { code: string; name: string; hs: string; price: number; markets: string[]; b1: number; g1: number };

function rows(n: number, prefix: string): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `${prefix}-${String(i).padStart(6, "0")}`,
    name: `蓝牙耳机 型号${i}`,
    hs: i % 3 ? "8518300000" : "8471607200",
    price: 1000 + (i % 9000),
    markets: [MARKETS[i % 10], MARKETS[(i * 7 + 3) % 10]].filter((m, k, a) => a.indexOf(m) === k),
    b1: (i % 50) + 1,
    g1: i % 4 ? 0 : 5,
  }));
}

function toCsv(data: Row[]): Uint8Array {
  const lines = ["SKU编码,中文名称,HS编码,单价,币种,重量（克）,目标市场,销售平台,库存"];
  for (const r of data) {
    const stock = [`XIYONG-B1:${r.b1}`, r.g1 ? `XIYONG-G1:${r.g1}` : ""].filter(Boolean).join(";");
    lines.push(
      `${r.code},${r.name},${r.hs},${(r.price / 100).toFixed(2)},CNY,60,${r.markets.join(";")},amazon,${stock}`,
    );
  }
  return new Uint8Array(Buffer.from(lines.join("\r\n"), "utf8"));
}

type Ids = { b1: string; g1: string; amazon: string };

/** The floor for any ORM: the same writes and reads in plain SQL on the same database. */
type RawBaseline = {
  /** Writes the rows for the merchant in one transaction; milliseconds. */
  insert(merchantId: string, data: Row[], ids: Ids): Promise<number>;
  /** The list's page 1 as four statements (count, page, markets, stock), prepared once: a function running them once. */
  list(merchantId: string): () => Promise<void>;
  close(): Promise<void>;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** better-sqlite3: one prepared single-row INSERT per table, run for every row. */
function sqliteBaseline(file: string): RawBaseline {
  const sqlite = new Database(file);
  return {
    async insert(merchantId, data, ids) {
      const now = new Date().toISOString();
      const sku = sqlite.prepare(
        `INSERT INTO "Sku" (id, merchantId, code, nameZh, hsCode, hsChapter, unitPriceMinor, currency, weightGrams, createdAt, updatedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      );
      const market = sqlite.prepare(`INSERT INTO "SkuMarket" (skuId, country) VALUES (?,?)`);
      const platform = sqlite.prepare(`INSERT INTO "SkuPlatform" (skuId, platformId) VALUES (?,?)`);
      const stock = sqlite.prepare(`INSERT INTO "SkuStock" (skuId, warehouseId, quantity, updatedAt) VALUES (?,?,?,?)`);
      const change = sqlite.prepare(
        `INSERT INTO "StockChange" (id, skuId, warehouseId, delta, quantityAfter, source, createdAt) VALUES (?,?,?,?,?,'csv',?)`,
      );
      const started = performance.now();
      sqlite.transaction(() => {
        data.forEach((r, i) => {
          const id = `raw-${merchantId}-${i}`;
          sku.run(id, merchantId, r.code, r.name, r.hs, r.hs.slice(0, 2), r.price, "CNY", 60, now, now);
          for (const m of r.markets) market.run(id, m);
          platform.run(id, ids.amazon);
          for (const [w, q] of stockOf(r, ids)) {
            stock.run(id, w, q, now);
            change.run(`${id}-${w}`, id, w, q, q, now);
          }
        });
      })();
      return performance.now() - started;
    },
    list(merchantId) {
      const where = `k.merchantId = ? AND k.status = 'ACTIVE' AND k.hsChapter = '85' AND EXISTS (SELECT 1 FROM "SkuMarket" m WHERE m.skuId = k.id AND m.country = 'DE')`;
      const count = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Sku" k WHERE ${where}`);
      const page = sqlite.prepare(`SELECT k.* FROM "Sku" k WHERE ${where} ORDER BY k.code LIMIT 25`);
      const markets = sqlite.prepare(
        `SELECT skuId, country FROM "SkuMarket" WHERE skuId IN (SELECT value FROM json_each(?))`,
      );
      const stocks = sqlite.prepare(
        `SELECT s.skuId, s.quantity, w.code FROM "SkuStock" s JOIN "Warehouse" w ON w.id = s.warehouseId WHERE s.skuId IN (SELECT value FROM json_each(?))`,
      );
      return async () => {
        count.get(merchantId);
        const ids = JSON.stringify((page.all(merchantId) as { id: string }[]).map((r) => r.id));
        markets.all(ids);
        stocks.all(ids);
      };
    },
    async close() {
      sqlite.close();
    },
  };
}

/** node-postgres: one INSERT … SELECT FROM unnest(arrays) per table, and named (prepared) statements for the list. */
async function postgresBaseline(url: string): Promise<RawBaseline> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insert(merchantId, data, ids) {
      const now = new Date();
      const skuIds = data.map((_, i) => `raw-${merchantId}-${i}`);
      const links = data.flatMap((r, i) => r.markets.map((m) => [skuIds[i], m]));
      const stocks = data.flatMap((r, i) => stockOf(r, ids).map(([w, q]) => [skuIds[i], w, q] as const));
      const started = performance.now();
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Sku" ("id", "merchantId", "code", "nameZh", "hsCode", "hsChapter", "unitPriceMinor", "currency", "weightGrams", "createdAt", "updatedAt")
         SELECT t.id, $1, t.code, t.name, t.hs, left(t.hs, 2), t.price, 'CNY', 60, $2, $2
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) AS t(id, code, name, hs, price)`,
        [
          merchantId,
          now,
          skuIds,
          data.map((r) => r.code),
          data.map((r) => r.name),
          data.map((r) => r.hs),
          data.map((r) => r.price),
        ],
      );
      await client.query(`INSERT INTO "SkuMarket" ("skuId", "country") SELECT * FROM unnest($1::text[], $2::text[])`, [
        links.map((l) => l[0]),
        links.map((l) => l[1]),
      ]);
      await client.query(`INSERT INTO "SkuPlatform" ("skuId", "platformId") SELECT unnest($1::text[]), $2`, [
        skuIds,
        ids.amazon,
      ]);
      await client.query(
        `INSERT INTO "SkuStock" ("skuId", "warehouseId", "quantity", "updatedAt") SELECT t.*, $4 FROM unnest($1::text[], $2::text[], $3::int[]) AS t`,
        [stocks.map((s) => s[0]), stocks.map((s) => s[1]), stocks.map((s) => s[2]), now],
      );
      await client.query(
        `INSERT INTO "StockChange" ("id", "skuId", "warehouseId", "delta", "quantityAfter", "source", "createdAt")
         SELECT t.sku || '-' || t.w, t.sku, t.w, t.q, t.q, 'csv', $4 FROM unnest($1::text[], $2::text[], $3::int[]) AS t(sku, w, q)`,
        [stocks.map((s) => s[0]), stocks.map((s) => s[1]), stocks.map((s) => s[2]), now],
      );
      await client.query("COMMIT");
      return performance.now() - started;
    },
    list(merchantId) {
      const where = `k."merchantId" = $1 AND k."status" = 'ACTIVE' AND k."hsChapter" = '85' AND EXISTS (SELECT 1 FROM "SkuMarket" m WHERE m."skuId" = k."id" AND m."country" = 'DE')`;
      return async () => {
        await client.query({
          name: "count",
          text: `SELECT COUNT(*) AS n FROM "Sku" k WHERE ${where}`,
          values: [merchantId],
        });
        const page = await client.query<{ id: string }>({
          name: "page",
          text: `SELECT k.* FROM "Sku" k WHERE ${where} ORDER BY k."code" LIMIT 25`,
          values: [merchantId],
        });
        const ids = page.rows.map((r) => r.id);
        await client.query({
          name: "markets",
          text: `SELECT "skuId", "country" FROM "SkuMarket" WHERE "skuId" = ANY($1::text[])`,
          values: [ids],
        });
        await client.query({
          name: "stocks",
          text: `SELECT s."skuId", s."quantity", w."code" FROM "SkuStock" s JOIN "Warehouse" w ON w."id" = s."warehouseId" WHERE s."skuId" = ANY($1::text[])`,
          values: [ids],
        });
      };
    },
    async close() {
      await client.end();
    },
  };
}

/** The stock a row puts in each warehouse (none in a warehouse it leaves at 0). */
function stockOf(r: Row, ids: Ids): [string, number][] {
  return (
    [
      [ids.b1, r.b1],
      [ids.g1, r.g1],
    ] as [string, number][]
  ).filter(([, q]) => q > 0);
}

async function timeList(db: Db, merchantId: string, raw: RawBaseline) {
  const params = SkuListParams.parse({ market: "DE", chapter: "85" });
  const portal = async () => (await listSkus(db, merchantId, params)).total;
  const baseline = raw.list(merchantId);
  const timed = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    return performance.now() - t;
  };
  for (let i = 0; i < LIST_WARMUP; i++) {
    await portal();
    await baseline();
  }
  const real: number[] = [];
  const rawRuns: number[] = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    real.push(await timed(portal));
    rawRuns.push(await timed(baseline));
  }
  return { total: await portal(), real: median(real), raw: median(rawRuns) };
}

/** The import and the list on one database (`file:` or `postgres://`), each beside its raw baseline. */
async function benchOn(url: string) {
  const label = isPostgresUrl(url) ? "PostgreSQL" : "SQLite";
  await deployMigrations(url);
  const db = createPrismaClient(url);
  let raw: RawBaseline | null = null;
  try {
    await seedDemo(db, { passwordHash: "bench" });
    const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
    const [a, b, c] = [
      owner.merchantId,
      ...(
        await db.merchant.findMany({
          where: { id: { not: owner.merchantId }, park: { code: "XIYONG" }, verificationStatus: "APPROVED" },
          orderBy: { id: "asc" },
          take: 2,
          select: { id: true },
        })
      ).map((m) => m.id),
    ];
    const ids = {
      b1: (await db.warehouse.findUniqueOrThrow({ where: { code: "XIYONG-B1" } })).id,
      g1: (await db.warehouse.findUniqueOrThrow({ where: { code: "XIYONG-G1" } })).id,
      amazon: (await db.platform.findUniqueOrThrow({ where: { code: "amazon" } })).id,
    };

    // Import: the real code (decode, parse, validate every row, write in one transaction).
    const data = rows(IMPORT_ROWS, "BENCH");
    const bytes = toCsv(data);
    const job = await createImportJob(db, {
      merchantId: a,
      kind: SKU_IMPORT_KIND,
      fileName: "bench.csv",
      createdById: owner.userId,
    });
    const started = performance.now();
    const outcome = await processSkuImport(db, {
      jobId: job.id,
      bytes,
      actor: { userId: owner.userId, merchantId: a },
    });
    const importMs = performance.now() - started;
    if (!outcome.ok)
      throw new Error(
        `bench import failed: ${JSON.stringify(await db.importJob.findUnique({ where: { id: job.id } }))}`,
      );
    raw = isPostgresUrl(url) ? await postgresBaseline(url) : sqliteBaseline(url.slice("file:".length));
    const rawImportMs = await raw.insert(b, data, ids);

    // List: a merchant with 10,000 SKUs, page 1 filtered by market and chapter.
    await raw.insert(c, rows(LIST_SKUS, "LIST"), ids);
    const list = await timeList(db, c, raw);

    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(
      `SKUs (${label}, ${IMPORT_ROWS.toLocaleString("en")} import rows; list of ${LIST_SKUS.toLocaleString("en")} SKUs, ${list.total} match the filter)`,
    );
    console.table([
      {
        operation: `import ${IMPORT_ROWS.toLocaleString("en")} CSV rows`,
        "portal code": ms(importMs),
        "raw SQL baseline": ms(rawImportMs),
        "rows/s (portal)": Math.round(IMPORT_ROWS / (importMs / 1000)),
        // The ratios: the import's throughput against raw (target at least 0.3x), the list's time (at most 1.5x).
        target: `${(rawImportMs / importMs).toFixed(2)}x raw speed (>= 0.3x)`,
      },
      {
        operation: `list page 1 (market=DE, chapter=85), median of ${LIST_RUNS} interleaved`,
        "portal code": ms(list.real),
        "raw SQL baseline": ms(list.raw),
        "rows/s (portal)": "",
        target: `${(list.real / list.raw).toFixed(2)}x raw time (<= 1.5x)`,
      },
    ]);
    console.log(
      "The portal's import also decodes, parses and validates every row, and records stock history and an audit entry; the baseline only inserts.",
    );
  } finally {
    await raw?.close();
    await db.$disconnect();
  }
}

export default async function benchSkus() {
  const dir = path.resolve(".tmp/bench-skus");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    await benchOn(`file:${path.join(dir, "bench.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = process.env.BENCH_POSTGRES_URL;
  if (server) await withScratchPostgres(server, benchOn);
}
