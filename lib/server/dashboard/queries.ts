// The dashboard's reads. Every figure comes from the rollups and the official
// statistics, never from the declaration rows: the series from
// ParkMonthTotalRollup (ParkMonthRollup with a customs mode), the breakdowns by
// park, mode and direction from ParkMonthRollup; a year-to-date period's
// markets and merchant ranking from one month of MarketYtdRollup and
// MerchantYtdRollup (other periods from DeclarationRollup and
// MerchantMonthRollup). Take a client, so the benchmark can run them against
// its own database.
import type { DbOrTx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
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

// The view's reads are one grouped SQL statement each, returning only the rows shown.
type SqlRow = Record<string, unknown> & { count: unknown; valueFen: unknown };
const amount = (r: SqlRow) => ({ count: Number(r.count), valueFen: BigInt(String(r.valueFen)) });

/** The scope's conditions on a rollup with parkId and customsMode columns (or customsMode alone, when no park is in scope). */
export function scopeSql(scope: VolumeScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.parkIds)
    parts.push(scope.parkIds.length ? Prisma.sql`"parkId" IN (${Prisma.join(scope.parkIds)})` : Prisma.sql`1 = 0`);
  if (scope.customsMode) parts.push(Prisma.sql`"customsMode" = ${scope.customsMode}`);
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** The monthly rollup a scope's series is read from: by park alone for every customs mode, else by park and mode. */
export function seriesTable(scope: VolumeScope): Prisma.Sql {
  return scope.customsMode ? Prisma.sql`"ParkMonthRollup"` : Prisma.sql`"ParkMonthTotalRollup"`;
}

/** Declared volume by month and park. */
export async function monthlyByPark(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<ParkMonth[]> {
  const rows = await db.$queryRaw<SqlRow[]>(
    Prisma.sql`SELECT "month", "parkId", SUM("count") AS "count", SUM("valueFen") AS "valueFen" FROM ${seriesTable(scope)}
      WHERE "month" >= ${from} AND "month" <= ${to}${scopeSql(scope)} GROUP BY "month", "parkId"`,
  );
  return rows.map((r) => ({ month: String(r.month), parkId: String(r.parkId), ...amount(r) }));
}

/** Official monthly figures of the zones in scope. */
export async function officialByZone(
  db: DbOrTx,
  scope: VolumeScope,
  from: string,
  to: string,
): Promise<OfficialMonth[]> {
  const zones = scope.officialZoneIds;
  if (zones === null) return [];
  const inZones =
    zones === "all"
      ? Prisma.empty
      : zones.length
        ? Prisma.sql` AND "zoneId" IN (${Prisma.join(zones)})`
        : Prisma.sql` AND 1 = 0`;
  const rows = await db.$queryRaw<{ zoneId: unknown; month: unknown; valueFen: unknown }[]>(
    Prisma.sql`SELECT "zoneId", "month", "valueFen" FROM "OfficialStat" WHERE "month" >= ${from} AND "month" <= ${to}${inZones}`,
  );
  return rows.map((r) => ({ zoneId: String(r.zoneId), month: String(r.month), valueFen: BigInt(String(r.valueFen)) }));
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

/** Whether a period runs from January to a month of the same year: one month of a running total. */
export function isYearToDate(from: string, to: string): boolean {
  return from.slice(5) === "01" && from.slice(0, 4) === to.slice(0, 4) && to >= from;
}

export type ParkPeriodRow = Omit<PeriodRow, "country">;

/** Declared volume over a period by park, customs mode and direction. */
export async function periodByPark(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<ParkPeriodRow[]> {
  const rows = await db.$queryRaw<SqlRow[]>(
    Prisma.sql`SELECT "parkId", "customsMode", "direction", SUM("count") AS "count", SUM("valueFen") AS "valueFen"
      FROM "ParkMonthRollup" WHERE "month" >= ${from} AND "month" <= ${to}${scopeSql(scope)}
      GROUP BY "parkId", "customsMode", "direction"`,
  );
  return rows.map((r) => ({
    parkId: String(r.parkId),
    customsMode: String(r.customsMode),
    direction: String(r.direction) as Direction,
    ...amount(r),
  }));
}

export type MarketTotal = { country: string; count: number; valueFen: bigint };

/** Declared volume over a period by market: one month of the running totals for a year to date. */
export async function periodByMarket(db: DbOrTx, scope: VolumeScope, from: string, to: string): Promise<MarketTotal[]> {
  if (isYearToDate(from, to)) {
    const ytd = await db.$queryRaw<SqlRow[]>(
      Prisma.sql`SELECT "country", SUM("count") AS "count", SUM("valueFen") AS "valueFen" FROM "MarketYtdRollup"
        WHERE "month" = ${to}${scopeSql(scope)} GROUP BY "country"`,
    );
    return ytd.map((r) => ({ country: String(r.country), ...amount(r) })).filter((r) => r.count > 0);
  }
  const rows = await db.declarationRollup.groupBy({
    by: ["country"],
    where: rollupWhere(scope, from, to),
    _sum: { count: true, valueFen: true },
  });
  return rows
    .map((r) => ({ country: r.country, count: r._sum.count ?? 0, valueFen: r._sum.valueFen ?? 0n }))
    .filter((r) => r.count > 0);
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
  const merchants = options.merchantIds ? { merchantId: { in: options.merchantIds } } : {};
  const query = {
    by: ["merchantId"] as "merchantId"[],
    _sum: { count: true as const, valueFen: true as const },
    orderBy: [{ _sum: { valueFen: "desc" as const } }, { merchantId: "asc" as const }],
    ...(options.take ? { take: options.take } : {}),
  };
  // A year to date is one month of the running totals.
  if (isYearToDate(from, to)) {
    const only = options.merchantIds
      ? options.merchantIds.length
        ? Prisma.sql` AND "merchantId" IN (${Prisma.join(options.merchantIds)})`
        : Prisma.sql` AND 1 = 0`
      : Prisma.empty;
    const limit = options.take ? Prisma.sql` LIMIT ${options.take}` : Prisma.empty;
    const ytd = await db.$queryRaw<SqlRow[]>(
      Prisma.sql`SELECT "merchantId", SUM("count") AS "count", SUM("valueFen") AS "valueFen" FROM "MerchantYtdRollup"
        WHERE "month" = ${to}${scopeSql(scope)}${only} GROUP BY "merchantId"
        ORDER BY SUM("valueFen") DESC, "merchantId" ASC${limit}`,
    );
    return ytd.map((r) => ({ merchantId: String(r.merchantId), ...amount(r) }));
  }
  const rows = await db.merchantMonthRollup.groupBy({
    ...query,
    where: { ...rollupWhere(scope, from, to), ...merchants },
  });
  return rows.map((r) => ({ merchantId: r.merchantId, count: r._sum.count ?? 0, valueFen: r._sum.valueFen ?? 0n }));
}
