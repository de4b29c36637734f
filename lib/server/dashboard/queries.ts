// The dashboard's reads. Every figure comes from the rollups and the official
// statistics, never from the declaration rows, except the merchant ranking
// (the rollups carry no merchant; see merchantTotals). Take a client, so the
// benchmark can run them against its own database.
import type { DbOrTx } from "@/lib/db/create-client";
import type { Direction } from "@/lib/validation/declaration";

export type VolumeScope = {
  /** The parks counted; null for every park. */
  parkIds: string[] | null;
  customsMode: string | null;
  /** Zones whose official monthly figures replace the declarations; null when official figures do not apply. */
  officialZoneIds: string[] | "all" | null;
};

export type ParkMonth = { month: string; parkId: string; count: number; valueFen: bigint };
export type OfficialMonth = { zoneId: string; month: string; valueFen: bigint };
export type PeriodRow = { parkId: string; customsMode: string; direction: Direction; country: string; count: number; valueFen: bigint };

function rollupWhere(scope: VolumeScope, from: string, to: string) {
  return {
    month: { gte: from, lte: to },
    ...(scope.parkIds ? { parkId: { in: scope.parkIds } } : {}),
    ...(scope.customsMode ? { customsMode: scope.customsMode } : {}),
  };
}

/** Declared volume by month and park. */
export async function monthlyByPark(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<ParkMonth[]> {
  const rows = await db.declarationRollup.groupBy({
    by: ["month", "parkId"],
    where: rollupWhere(scope, from, to),
    _sum: { count: true, valueFen: true },
  });
  return rows.map((r) => ({ month: r.month, parkId: r.parkId, count: r._sum.count ?? 0, valueFen: r._sum.valueFen ?? 0n }));
}

/** Official monthly figures of the zones in scope. */
export async function officialByZone(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<OfficialMonth[]> {
  if (scope.officialZoneIds === null) return [];
  return db.officialStat.findMany({
    where: { month: { gte: from, lte: to }, ...(scope.officialZoneIds === "all" ? {} : { zoneId: { in: scope.officialZoneIds } }) },
    select: { zoneId: true, month: true, valueFen: true },
  });
}

/** Declared volume over a period by park, customs mode, direction and market. */
export async function periodBreakdown(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<PeriodRow[]> {
  const rows = await db.declarationRollup.groupBy({
    by: ["parkId", "customsMode", "direction", "country"],
    where: rollupWhere(scope, from, to),
    _sum: { count: true, valueFen: true },
  });
  return rows.map((r) => ({
    parkId: r.parkId,
    customsMode: r.customsMode,
    direction: r.direction,
    country: r.country,
    count: r._sum.count ?? 0,
    valueFen: r._sum.valueFen ?? 0n,
  }));
}

export type MerchantTotal = { merchantId: string; count: number; valueFen: bigint };

/**
 * The merchants with the largest declared volume over a period. The one read
 * of declaration rows on the dashboard: the rollup table has no merchant
 * column. It is bounded by the month index and returns `take` rows.
 */
export async function merchantTotals(
  db: DbOrTx,
  scope: VolumeScope,
  from: string,
  to: string,
  options: { take?: number; merchantIds?: string[] } = {},
): Promise<MerchantTotal[]> {
  const rows = await db.declaration.groupBy({
    by: ["merchantId"],
    where: {
      month: { gte: from, lte: to },
      ...(scope.customsMode ? { customsMode: scope.customsMode } : {}),
      ...(scope.parkIds ? { merchant: { parkId: { in: scope.parkIds } } } : {}),
      ...(options.merchantIds ? { merchantId: { in: options.merchantIds } } : {}),
    },
    _sum: { valueFen: true },
    _count: { _all: true },
    orderBy: { _sum: { valueFen: "desc" } },
    ...(options.take ? { take: options.take } : {}),
  });
  return rows.map((r) => ({ merchantId: r.merchantId, count: r._count._all, valueFen: r._sum.valueFen ?? 0n }));
}
