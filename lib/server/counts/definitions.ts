// The headline counts, each defined once. Every screen that shows one of
// these counts (the dashboard, the catalog, the zones page, the landing page)
// counts it here, and shows the definition beside it from the `figures.counts`
// catalog, so that screens showing the same count agree and screens showing
// different counts say so.
import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";

export const COUNT_DEFINITIONS = [
  "approvedMerchants",
  "merchantsWithActiveSku",
  "activeSkus",
  "declaredMarkets",
  "targetedMarkets",
] as const;
export type CountDefinition = (typeof COUNT_DEFINITIONS)[number];

/** Approved merchants: approved by the commission and not suspended; narrowed by a scope (a park, a zone's parks). */
export function approvedMerchantWhere(scope: Prisma.MerchantWhereInput = {}): Prisma.MerchantWhereInput {
  return { ...scope, verificationStatus: "APPROVED", accountState: "ACTIVE" };
}

/** Active SKUs: not archived, of an approved merchant (above). */
export function activeSkuWhere(merchantScope: Prisma.MerchantWhereInput = {}): Prisma.SkuWhereInput {
  return { status: "ACTIVE", merchant: approvedMerchantWhere(merchantScope) };
}

export function countApprovedMerchants(db: DbOrTx, scope: Prisma.MerchantWhereInput = {}): Promise<number> {
  return db.merchant.count({ where: approvedMerchantWhere(scope) });
}

/** Approved merchants by park, for the zones page. */
export async function approvedMerchantsByPark(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db.merchant.groupBy({ by: ["parkId"], where: approvedMerchantWhere(), _count: { _all: true } });
  return new Map(rows.map((r) => [r.parkId, r._count._all]));
}

/** Merchants with at least one active SKU. */
export function countMerchantsWithActiveSku(db: DbOrTx, scope: Prisma.MerchantWhereInput = {}): Promise<number> {
  return db.merchant.count({ where: { ...approvedMerchantWhere(scope), skus: { some: { status: "ACTIVE" } } } });
}

export function countActiveSkus(db: DbOrTx, scope: Prisma.MerchantWhereInput = {}): Promise<number> {
  return db.sku.count({ where: activeSkuWhere(scope) });
}

/** Markets targeted by an active SKU: countries and regions at least one active SKU targets. */
export async function countTargetedMarkets(db: DbOrTx, scope: Prisma.MerchantWhereInput = {}): Promise<number> {
  const rows = await db.skuMarket.groupBy({ by: ["country"], where: { sku: activeSkuWhere(scope) } });
  return rows.length;
}

/**
 * Markets with a declaration in the period: countries and regions with at
 * least one declaration between two months (inclusive), from the rollup, for
 * some parks (null for all) and a customs mode (null for all).
 */
export async function countDeclaredMarkets(
  db: DbOrTx,
  scope: { parkIds: string[] | null; customsMode: string | null },
  from: string,
  to: string,
): Promise<number> {
  const rows = await db.declarationRollup.groupBy({
    by: ["country"],
    where: {
      month: { gte: from, lte: to },
      ...(scope.parkIds ? { parkId: { in: scope.parkIds } } : {}),
      ...(scope.customsMode ? { customsMode: scope.customsMode } : {}),
    },
    _sum: { count: true },
  });
  return rows.filter((r) => (r._sum.count ?? 0) > 0).length;
}
