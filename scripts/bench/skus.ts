// `npm run bench -- skus`: imports 50,000 CSV rows through the real import
// code, and lists page 1 of a merchant's 10,000 SKUs with a filter through
// the real list code, each beside a raw SQL baseline (better-sqlite3, no
// Prisma) on the same data. Runs on its own temporary SQLite database;
// bounded by fixed sizes. It measures; it never fails for a slow machine.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { deployMigrations } from "../../lib/db/migration-engine.mjs";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { createImportJob } from "@/lib/server/imports/jobs";
import { processSkuImport, SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { listSkus } from "@/lib/server/skus/list-skus";
import { SkuListParams } from "@/lib/validation/sku";

const IMPORT_ROWS = 50_000;
const LIST_SKUS = 10_000;
const LIST_RUNS = 20;
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

/** The same rows written with plain prepared statements in one transaction: the floor for any ORM. */
function rawInsert(file: string, merchantId: string, data: Row[], ids: { b1: string; g1: string; amazon: string }) {
  const sqlite = new Database(file);
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
      for (const [w, q] of [
        [ids.b1, r.b1],
        [ids.g1, r.g1],
      ] as const) {
        if (!q) continue;
        stock.run(id, w, q, now);
        change.run(`${id}-${w}`, id, w, q, q, now);
      }
    });
  })();
  const ms = performance.now() - started;
  sqlite.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeList(db: Db, merchantId: string, file: string) {
  const params = SkuListParams.parse({ market: "DE", chapter: "85" });
  const real: number[] = [];
  let total = 0;
  for (let i = 0; i < LIST_RUNS; i++) {
    const t = performance.now();
    total = (await listSkus(db, merchantId, params)).total;
    real.push(performance.now() - t);
  }
  const sqlite = new Database(file, { readonly: true });
  const where = `k.merchantId = ? AND k.status = 'ACTIVE' AND k.hsChapter = '85' AND EXISTS (SELECT 1 FROM "SkuMarket" m WHERE m.skuId = k.id AND m.country = 'DE')`;
  const count = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Sku" k WHERE ${where}`);
  const page = sqlite.prepare(`SELECT k.* FROM "Sku" k WHERE ${where} ORDER BY k.code LIMIT 25`);
  const markets = sqlite.prepare(
    `SELECT skuId, country FROM "SkuMarket" WHERE skuId IN (SELECT value FROM json_each(?))`,
  );
  const stocks = sqlite.prepare(
    `SELECT s.skuId, s.quantity, w.code FROM "SkuStock" s JOIN "Warehouse" w ON w.id = s.warehouseId WHERE s.skuId IN (SELECT value FROM json_each(?))`,
  );
  const raw: number[] = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    const t = performance.now();
    count.get(merchantId);
    const ids = JSON.stringify((page.all(merchantId) as { id: string }[]).map((r) => r.id));
    markets.all(ids);
    stocks.all(ids);
    raw.push(performance.now() - t);
  }
  sqlite.close();
  return { total, real: median(real), raw: median(raw) };
}

export default async function benchSkus() {
  const dir = path.resolve(".tmp/bench-skus");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "bench.db");
  await deployMigrations(`file:${file}`);
  const db = createPrismaClient(`file:${file}`);
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
    const rawImportMs = rawInsert(file, b, data, ids);

    // List: a merchant with 10,000 SKUs, page 1 filtered by market and chapter.
    rawInsert(file, c, rows(LIST_SKUS, "LIST"), ids);
    const list = await timeList(db, c, file);

    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `SKUs (SQLite, ${IMPORT_ROWS.toLocaleString("en")} import rows; list of ${LIST_SKUS.toLocaleString("en")} SKUs, ${list.total} match the filter)`,
    );
    console.table([
      {
        operation: `import ${IMPORT_ROWS.toLocaleString("en")} CSV rows`,
        "portal code": ms(importMs),
        "raw SQL baseline": ms(rawImportMs),
        "rows/s (portal)": Math.round(IMPORT_ROWS / (importMs / 1000)),
      },
      {
        operation: "list page 1 (market=DE, chapter=85), median",
        "portal code": ms(list.real),
        "raw SQL baseline": ms(list.raw),
        "rows/s (portal)": "",
      },
    ]);
    console.log(
      "The portal's import also decodes, parses and validates every row, and records stock history and an audit entry; the baseline only inserts.",
    );
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}
