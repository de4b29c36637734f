// Demo SKUs: the goods Xiyong's merchants (and a few in other parks) keep in
// their park's warehouses, their stock and target markets. Deterministic (fixed
// seed, fixed dates) and idempotent: nothing is written when any SKU exists.
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { cst } from "./dates";
import { rng, seededId, weightedPick, type Rng } from "./random";
import { COLOURS, GOODS, MARKET_WEIGHTS } from "./sku-goods";
import { insertRows } from "@/lib/db/insert-rows";

const SEED = 20_250_404;
const DEMO_OWNER = "merchant@example.com";

const MARKETS = Object.keys(MARKET_WEIGHTS);

function pickMarkets(r: Rng): string[] {
  const n = weightedPick(r, [1, 2, 3, 4, 5, 6, 8], (k) => ({ 1: 3, 2: 5, 3: 6, 4: 5, 5: 3, 6: 2, 8: 1 })[k]!);
  const out = new Set<string>();
  while (out.size < n) out.add(weightedPick(r, MARKETS, (c) => MARKET_WEIGHTS[c]));
  return [...out].sort();
}

type Merchant = { id: string; parkId: string; chapters: string[]; platformIds: string[] };
type Rows = {
  skus: Prisma.SkuCreateManyInput[];
  markets: Prisma.SkuMarketCreateManyInput[];
  platforms: Prisma.SkuPlatformCreateManyInput[];
  stocks: Prisma.SkuStockCreateManyInput[];
  changes: Prisma.StockChangeCreateManyInput[];
};

const DAY_MS = 86_400_000;
const FIRST_DAY = cst(2024, 1, 2).getTime(); // 2 Jan 2024, 09:00 in Beijing

/** One merchant's SKUs, appended to rows. */
function buildMerchantSkus(r: Rng, newId: () => string, m: Merchant, count: number, warehouses: string[], rows: Rows) {
  const chapters = m.chapters.filter((c) => GOODS[c]);
  const pool = (chapters.length ? chapters : ["85"]).flatMap((c) => GOODS[c]);
  const codes = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [zh, en, hs, grams, yuan] = r.pick(pool);
    const [colourZh, colourEn, colourCode] = r.pick(COLOURS);
    const model = `${"ABCDEFGHJKMNPQRSTUVWXYZ"[r.int(0, 22)]}${r.int(10, 99)}`;
    const prefix = en
      .replace(/[^A-Za-z ]/g, "")
      .split(" ")
      .filter(Boolean)
      .map((w) => w[0])
      .join("")
      .toUpperCase()
      .slice(0, 4);
    let code = `${prefix}-${model}-${colourCode}`;
    while (codes.has(code)) code = `${prefix}-${model}${r.int(0, 9)}-${colourCode}`;
    codes.add(code);
    const usd = r.chance(0.25);
    const priceFen = r.int(yuan[0], yuan[1]) * 100 - (r.chance(0.6) ? 1 : 0);
    const createdAt = new Date(FIRST_DAY + r.int(0, 540) * DAY_MS + r.int(0, 8 * 60) * 60_000);
    const id = newId();
    rows.skus.push({
      id,
      merchantId: m.id,
      code,
      nameZh: `${zh} ${model} ${colourZh}`,
      nameEn: r.chance(0.9) ? `${en} ${model}, ${colourEn}` : "",
      hsCode: hs,
      hsChapter: hs.slice(0, 2),
      originCountry: r.chance(0.94) ? "CN" : r.pick(["VN", "MY", "KR", "JP", "DE"]),
      unitPriceMinor: usd ? Math.max(100, Math.round(priceFen / 7.2)) : priceFen,
      currency: usd ? "USD" : "CNY",
      weightGrams: r.int(grams[0], grams[1]),
      status: r.chance(0.03) ? "ARCHIVED" : "ACTIVE",
      createdAt,
      updatedAt: new Date(createdAt.getTime() + r.int(0, 120) * DAY_MS),
    });
    for (const country of pickMarkets(r)) rows.markets.push({ skuId: id, country });
    for (const platformId of r.sample(m.platformIds, r.int(1, Math.min(3, m.platformIds.length))))
      rows.platforms.push({ skuId: id, platformId });
    for (const warehouseId of r.sample(warehouses, r.int(1, Math.min(2, warehouses.length)))) {
      const quantity = r.chance(0.08) ? 0 : Math.round(r.int(1, 60) ** 2 * (r.chance(0.2) ? 5 : 1));
      if (!quantity) continue;
      rows.stocks.push({ skuId: id, warehouseId, quantity, updatedAt: createdAt });
      rows.changes.push({
        id: newId(),
        skuId: id,
        warehouseId,
        delta: quantity,
        quantityAfter: quantity,
        source: "csv",
        actorId: null,
        createdAt,
      });
    }
  }
}

/**
 * Seeds the demo SKUs: Xiyong's approved merchants hold 7,000+ SKUs across the
 * park's three warehouses, targeting 100+ markets; the demo merchant holds a
 * few hundred; merchants of other parks a handful each.
 */
export async function seedSkus(db: Db): Promise<{ created: boolean }> {
  if ((await db.sku.count()) > 0) return { created: false };
  const [merchants, warehouses, owner] = await Promise.all([
    db.merchant.findMany({
      where: { verificationStatus: "APPROVED" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        parkId: true,
        park: { select: { code: true } },
        categories: { select: { hsChapter: true } },
        platforms: { select: { platformId: true } },
      },
    }),
    db.warehouse.findMany({ orderBy: { code: "asc" }, select: { id: true, parkId: true } }),
    db.membership.findFirst({ where: { user: { email: DEMO_OWNER } }, select: { merchantId: true } }),
  ]);
  if (!merchants.length) return { created: false };

  const r = rng(SEED);
  const ids = rng(SEED ^ 0x51d);
  const newId = () => seededId(ids);
  const rows: Rows = { skus: [], markets: [], platforms: [], stocks: [], changes: [] };
  for (const m of merchants) {
    const parkWarehouses = warehouses.filter((w) => w.parkId === m.parkId).map((w) => w.id);
    if (!parkWarehouses.length || !m.platforms.length) continue;
    const count = m.id === owner?.merchantId ? 320 : m.park.code === "XIYONG" ? r.int(16, 60) : r.int(4, 20);
    const merchant = {
      id: m.id,
      parkId: m.parkId,
      chapters: m.categories.map((c) => c.hsChapter),
      platformIds: m.platforms.map((p) => p.platformId).sort(),
    };
    buildMerchantSkus(r, newId, merchant, count, parkWarehouses, rows);
  }

  // Multi-row inserts (lib/db/insert-rows.ts): createMany would take ten times as long.
  await db.$transaction(
    async (tx) => {
      const skuColumns = [
        "id",
        "merchantId",
        "code",
        "nameZh",
        "nameEn",
        "hsCode",
        "hsChapter",
        "originCountry",
        "unitPriceMinor",
        "currency",
        "weightGrams",
        "createdAt",
        "updatedAt",
      ] as const;
      await insertRows(
        tx,
        "Sku",
        skuColumns,
        rows.skus.map((s) => skuColumns.map((c) => s[c] as string | number | Date)),
      );
      const archived = rows.skus.filter((s) => s.status === "ARCHIVED").map((s) => s.id!);
      await tx.sku.updateMany({ where: { id: { in: archived } }, data: { status: "ARCHIVED" } });
      await insertRows(
        tx,
        "SkuMarket",
        ["skuId", "country"],
        rows.markets.map((m) => [m.skuId, m.country]),
      );
      await insertRows(
        tx,
        "SkuPlatform",
        ["skuId", "platformId"],
        rows.platforms.map((p) => [p.skuId, p.platformId]),
      );
      await insertRows(
        tx,
        "SkuStock",
        ["skuId", "warehouseId", "quantity", "updatedAt"],
        rows.stocks.map((s) => [s.skuId, s.warehouseId, s.quantity, s.updatedAt as Date]),
      );
      const changeColumns = [
        "id",
        "skuId",
        "warehouseId",
        "delta",
        "quantityAfter",
        "source",
        "actorId",
        "createdAt",
      ] as const;
      await insertRows(
        tx,
        "StockChange",
        changeColumns,
        rows.changes.map((c) => changeColumns.map((k) => (c[k] ?? null) as string | number | Date | null)),
      );
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return { created: true };
}
