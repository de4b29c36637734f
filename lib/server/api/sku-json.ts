import "server-only";
import { detailToData, type SkuDetail } from "@/lib/server/skus/list-skus";
import type { SkuOutput } from "./schemas";

/** A SKU as the API returns it. */
export function toApiSku(sku: SkuDetail): SkuOutput {
  const d = detailToData(sku);
  return {
    code: d.code,
    nameZh: d.nameZh,
    nameEn: d.nameEn,
    hsCode: d.hsCode,
    hsChapter: sku.hsChapter,
    originCountry: d.originCountry,
    unitPriceMinor: d.unitPriceMinor,
    currency: d.currency,
    weightGrams: d.weightGrams,
    status: d.status,
    markets: d.markets,
    platforms: d.platforms,
    stock: d.stock,
    createdAt: sku.createdAt.toISOString(),
    updatedAt: sku.updatedAt.toISOString(),
  };
}

/** Cursors are opaque to clients: the last code of a page, encoded. */
export function encodeCursor(code: string): string {
  return Buffer.from(code, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string | null {
  const code = Buffer.from(cursor, "base64url").toString("utf8");
  return /^[A-Za-z0-9._-]{1,64}$/.test(code) ? code : null;
}
