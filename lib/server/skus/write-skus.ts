// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { Tx } from "@/lib/db/create-client";
import type { SkuData } from "@/lib/validation/sku";
import type { SkuContext } from "./context";
import { insertRows, newRowId } from "@/lib/db/insert-rows";

export type StockSource = "form" | "csv" | "api";

/** One SKU to write: the id of the SKU it replaces, or null for a new one. */
export type SkuWrite = { id: string | null; data: SkuData };

export type WriteOptions = {
  source: StockSource;
  actorId: string | null;
  /** Called after each chunk with the number of SKUs written so far. */
  onProgress?: (written: number) => Promise<void>;
};

const CHUNK = 500;

const sortedStock = (stock: Record<string, number>) =>
  Object.entries(stock)
    .filter(([, quantity]) => quantity > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Whether writing `incoming` over `stored` would change nothing: every field,
 * the target markets and platforms (in any order) and the stock (a warehouse
 * left out holds 0). An import skips such rows, so a file exported and
 * imported unchanged writes nothing.
 */
export function sameSkuData(stored: SkuData, incoming: SkuData): boolean {
  const list = (items: readonly string[]) => [...new Set(items)].sort().join("|");
  return (
    stored.code === incoming.code &&
    stored.nameZh === incoming.nameZh &&
    stored.nameEn === incoming.nameEn &&
    stored.hsCode === incoming.hsCode &&
    stored.originCountry === incoming.originCountry &&
    stored.unitPriceMinor === incoming.unitPriceMinor &&
    stored.currency === incoming.currency &&
    stored.weightGrams === incoming.weightGrams &&
    stored.status === incoming.status &&
    list(stored.markets) === list(incoming.markets) &&
    list(stored.platforms) === list(incoming.platforms) &&
    JSON.stringify(sortedStock(stored.stock)) === JSON.stringify(sortedStock(incoming.stock))
  );
}

function skuFields(d: SkuData) {
  return {
    code: d.code,
    nameZh: d.nameZh,
    nameEn: d.nameEn,
    hsCode: d.hsCode,
    hsChapter: d.hsCode.slice(0, 2),
    originCountry: d.originCountry,
    unitPriceMinor: d.unitPriceMinor,
    currency: d.currency,
    weightGrams: d.weightGrams,
  };
}

const SKU_COLUMNS = [
  "id",
  "merchantId",
  "createdAt",
  "updatedAt",
  "code",
  "nameZh",
  "nameEn",
  "hsCode",
  "hsChapter",
  "originCountry",
  "unitPriceMinor",
  "currency",
  "weightGrams",
] as const;

/** New SKUs in one multi-row insert; status is an enum column, so it defaults and archived ones are set after. */
async function insertSkus(tx: Tx, merchantId: string, rows: { id: string; data: SkuData }[]) {
  const now = new Date();
  await insertRows(
    tx,
    "Sku",
    SKU_COLUMNS,
    rows.map(({ id, data: d }) => [
      id,
      merchantId,
      now,
      now,
      d.code,
      d.nameZh,
      d.nameEn,
      d.hsCode,
      d.hsCode.slice(0, 2),
      d.originCountry,
      d.unitPriceMinor,
      d.currency,
      d.weightGrams,
    ]),
  );
  const archived = rows.filter((r) => r.data.status === "ARCHIVED").map((r) => r.id);
  if (archived.length) await tx.sku.updateMany({ where: { id: { in: archived } }, data: { status: "ARCHIVED" } });
}

/**
 * Writes SKUs in chunks of 500, inside the caller's transaction: new ones
 * with multi-row inserts, existing ones updated; target markets and platforms replaced;
 * stock set to the given quantities (warehouses left out hold 0), with a
 * StockChange for every quantity that changes. References must already have
 * been checked against the context.
 */
export async function writeSkus(tx: Tx, ctx: SkuContext, items: readonly SkuWrite[], opts: WriteOptions) {
  let written = 0;
  const ids: string[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const resolved = chunk.map((i) => ({ id: i.id ?? newRowId(), data: i.data }));
    const updatedIds = chunk.flatMap((i) => (i.id ? [i.id] : []));
    await insertSkus(
      tx,
      ctx.merchantId,
      resolved.filter((_, k) => !chunk[k].id),
    );
    for (const item of chunk) {
      if (item.id)
        await tx.sku.update({ where: { id: item.id }, data: { ...skuFields(item.data), status: item.data.status } });
    }
    await replaceLinks(tx, ctx, resolved, updatedIds);
    await writeStock(tx, ctx, resolved, updatedIds, opts);
    ids.push(...resolved.map((r) => r.id));
    written += chunk.length;
    await opts.onProgress?.(written);
  }
  return { ids, created: items.filter((i) => !i.id).length, updated: items.filter((i) => i.id).length };
}

async function replaceLinks(tx: Tx, ctx: SkuContext, rows: { id: string; data: SkuData }[], updatedIds: string[]) {
  if (updatedIds.length) {
    await tx.skuMarket.deleteMany({ where: { skuId: { in: updatedIds } } });
    await tx.skuPlatform.deleteMany({ where: { skuId: { in: updatedIds } } });
  }
  const markets = rows.flatMap((r) => r.data.markets.map((country) => [r.id, country]));
  const platforms = rows.flatMap((r) => r.data.platforms.map((code) => [r.id, ctx.platforms.get(code)!]));
  await insertRows(tx, "SkuMarket", ["skuId", "country"], markets);
  await insertRows(tx, "SkuPlatform", ["skuId", "platformId"], platforms);
}

async function writeStock(
  tx: Tx,
  ctx: SkuContext,
  rows: { id: string; data: SkuData }[],
  updatedIds: string[],
  opts: WriteOptions,
) {
  const before = new Map<string, number>();
  if (updatedIds.length) {
    const stocks = await tx.skuStock.findMany({
      where: { skuId: { in: updatedIds } },
      select: { skuId: true, warehouseId: true, quantity: true },
    });
    for (const s of stocks) before.set(`${s.skuId}|${s.warehouseId}`, s.quantity);
  }
  const now = new Date();
  const inserts: [string, string, number, Date][] = [];
  const updates: { skuId: string; warehouseId: string; quantity: number }[] = [];
  const changes: [string, string, string, number, number, string, string | null, Date][] = [];
  for (const { id, data } of rows) {
    for (const warehouse of ctx.warehouses.values()) {
      const key = `${id}|${warehouse.id}`;
      const old = before.get(key);
      const quantity = data.stock[warehouse.code] ?? 0;
      if (quantity === (old ?? 0)) continue;
      if (old === undefined) inserts.push([id, warehouse.id, quantity, now]);
      else updates.push({ skuId: id, warehouseId: warehouse.id, quantity });
      changes.push([newRowId(), id, warehouse.id, quantity - (old ?? 0), quantity, opts.source, opts.actorId, now]);
    }
  }
  await insertRows(tx, "SkuStock", ["skuId", "warehouseId", "quantity", "updatedAt"], inserts);
  for (const u of updates) {
    await tx.skuStock.update({
      where: { skuId_warehouseId: { skuId: u.skuId, warehouseId: u.warehouseId } },
      data: { quantity: u.quantity },
    });
  }
  await insertRows(
    tx,
    "StockChange",
    ["id", "skuId", "warehouseId", "delta", "quantityAfter", "source", "actorId", "createdAt"],
    changes,
  );
}
