// The dashboard's reads. Every figure comes from the rollups and the official
// statistics, never from the declaration rows: the breakdowns and series from
// DeclarationRollup, the merchant ranking from MerchantMonthRollup. Take a
// client, so the benchmark can run them against its own database.
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
export type PeriodRow = {
  parkId: string;
  customsMode: string;
  direction: Direction;
  country: string;
  count: number;
  valueFen: bigint;
};

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
  return rows.map((r) => ({
    month: r.month,
    parkId: r.parkId,
    count: r._sum.count ?? 0,
    valueFen: r._sum.valueFen ?? 0n,
  }));
}

/** Official monthly figures of the zones in scope. */
export async function officialByZone(
  db: DbOrTx,
  scope: VolumeScope,
  from: string,
  to: string,
): Promise<OfficialMonth[]> {
  if (scope.officialZoneIds === null) return [];
  return db.officialStat.findMany({
    where: {
      month: { gte: from, lte: to },
      ...(scope.officialZoneIds === "all" ? {} : { zoneId: { in: scope.officialZoneIds } }),
    },
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
 * The merchants with the largest declared volume over a period (ties in
 * merchant id order), from the per-merchant monthly rollup: a few rows per
 * merchant and month, whatever the number of declarations. With
 * `merchantIds`, those merchants' figures only.
 */
export async function merchantTotals(
  db: DbOrTx,
  scope: VolumeScope,
  from: string,
  to: string,
  options: { take?: number; merchantIds?: string[] } = {},
): Promise<MerchantTotal[]> {
  const rows = await db.merchantMonthRollup.groupBy({
    by: ["merchantId"],
    where: {
      ...rollupWhere(scope, from, to),
      ...(options.merchantIds ? { merchantId: { in: options.merchantIds } } : {}),
    },
    _sum: { count: true, valueFen: true },
    orderBy: [{ _sum: { valueFen: "desc" } }, { merchantId: "asc" }],
    ...(options.take ? { take: options.take } : {}),
  });
  return rows.map((r) => ({ merchantId: r.merchantId, count: r._sum.count ?? 0, valueFen: r._sum.valueFen ?? 0n }));
}
