// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { DbOrTx } from "@/lib/db/create-client";
import type { MerchantActor } from "@/lib/server/auth/actor";
import type { SkuData } from "@/lib/validation/sku";

/**
 * Who changes SKUs: a member of the merchant, or an ERP API token, audited as
 * the person who created it while that account exists (else `userId` is null).
 */
export type SkuActor = Omit<MerchantActor, "userId"> & { userId: MerchantActor["userId"] | null };

/** What a merchant's SKUs may refer to: its park's warehouses and its own platforms. */
export type SkuContext = {
  merchantId: string;
  /** By warehouse code. */
  warehouses: Map<string, { id: string; code: string }>;
  warehouseCodeById: Map<string, string>;
  /** Platform id by platform code. */
  platforms: Map<string, string>;
  platformCodeById: Map<string, string>;
};

export async function loadSkuContext(db: DbOrTx, merchantId: string): Promise<SkuContext> {
  const merchant = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: {
      park: { select: { warehouses: { select: { id: true, code: true }, orderBy: { code: "asc" } } } },
      platforms: { select: { platform: { select: { id: true, code: true } } } },
    },
  });
  const warehouses = merchant.park.warehouses;
  const platforms = merchant.platforms.map((p) => p.platform);
  return {
    merchantId,
    warehouses: new Map(warehouses.map((w) => [w.code, w])),
    warehouseCodeById: new Map(warehouses.map((w) => [w.id, w.code])),
    platforms: new Map(platforms.map((p) => [p.code, p.id])),
    platformCodeById: new Map(platforms.map((p) => [p.id, p.code])),
  };
}

/** A problem with one field, as a message key of `skuValidation`; value fills its {value}. */
export type FieldIssue = { path: (string | number)[]; message: string; value?: string };

/** The warehouses and platforms a valid SKU names that this merchant cannot use. */
export function referenceIssues(ctx: SkuContext, data: SkuData): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const code of Object.keys(data.stock)) {
    if (!ctx.warehouses.has(code)) issues.push({ path: ["stock", code], message: "warehouseNotInPark", value: code });
  }
  for (const code of data.platforms) {
    if (!ctx.platforms.has(code)) issues.push({ path: ["platforms"], message: "platformNotListed", value: code });
  }
  return issues;
}
