// Monthly totals of the declarations, kept in step with them inside the same
// transaction as each write, so that no view ever adds up the raw rows. Also
// used by the seed and the rebuild. Eight rollups, one machinery:
// - DeclarationRollup, by park, customs mode, direction and market;
// - MerchantMonthRollup, by merchant and customs mode, carrying the merchant's park;
// - ParkMonthRollup, by park, customs mode and direction (the dashboard's series
//   and its breakdowns by zone, park, mode and direction);
// - ParkMonthTotalRollup, by park alone (the series of a view of every customs
//   mode, a tenth of the rows);
// - MarketYtdRollup and MerchantYtdRollup, year-to-date running totals by market
//   and by merchant: a declaration counts in its month and every later month of
//   its year, so a year-to-date period is the rows of one month;
// - ParkYtdRollup, the same running totals by park, customs mode and direction
//   (a year to date's breakdowns by park, mode and direction: a hundred rows);
// - CityMarketYtdRollup, by customs mode and market over every park (the markets
//   of the city, whole or one mode: a few dozen rows instead of every park's).
// A write describes what it changes once, as deltas over every dimension; each
// rollup adds them up by its own key. Every write also bumps RollupVersion in
// the same transaction, which is what the dashboard's cache is keyed by.
import type { DbOrTx } from "@/lib/db/create-client";
import type { Direction } from "@/lib/validation/declaration";

/** Every dimension a rollup may keep. parkId is the declaring merchant's park. */
export type RollupDims = {
  month: string;
  parkId: string;
  merchantId: string;
  customsMode: string;
  direction: Direction;
  country: string;
};
export type RollupDim = keyof RollupDims;
export type RollupAmount = { count: number; valueFen: bigint };
/** What one declaration adds to every rollup (or takes away, with a negative count). */
export type RollupDelta = RollupDims & RollupAmount;
/** A rollup row: the dimensions it keeps and its totals. */
export type RollupRow<C extends RollupDim> = Pick<RollupDims, C> & RollupAmount;

/** Any rollup row, whichever dimensions it keeps. */
export type AnyRollupRow = RollupAmount & Partial<RollupDims>;

/**
 * One rollup table. `key` is what its rows are unique by; `columns` are every
 * dimension it stores (the key first, then those that follow from the key,
 * such as a merchant's park). The three functions are the only table-specific
 * code; grouping, applying, the seed's inserts and the rebuild are shared.
 */
type RollupSpec<N extends string, C extends RollupDim, K extends C> = {
  /** The table's name in SQL. */
  table: N;
  /** Year-to-date running totals: a delta of a month also adds to every later month of its year. */
  cumulative?: boolean;
  key: readonly K[];
  columns: readonly C[];
  /** Adds to a row, creating it when missing; atomic in the database. */
  increment(tx: DbOrTx, row: RollupRow<C>): Promise<unknown>;
  /** Deletes those of these rows whose count went to zero. */
  deleteEmptied(tx: DbOrTx, keys: Pick<RollupDims, K>[]): Promise<unknown>;
  /** Every stored row, ordered by the key. */
  findAll(db: DbOrTx): Promise<RollupRow<C>[]>;
};

export type Rollup<N extends string, C extends RollupDim, K extends C> = RollupSpec<N, C, K> & {
  /** Adds up deltas by the rollup's key (see groupDeltas). */
  group(deltas: Iterable<RollupDelta>): RollupRow<C>[];
  /** Applies deltas inside the caller's transaction (see applyTo). */
  apply(tx: DbOrTx, deltas: readonly RollupDelta[]): Promise<void>;
};

function defineRollup<N extends string, C extends RollupDim, K extends C>(spec: RollupSpec<N, C, K>): Rollup<N, C, K> {
  return { ...spec, group: (deltas) => groupDeltas(spec, deltas), apply: (tx, deltas) => applyTo(tx, spec, deltas) };
}

type DeclarationRollupColumn = "month" | "parkId" | "customsMode" | "direction" | "country";

export const declarationRollup = defineRollup<"DeclarationRollup", DeclarationRollupColumn, DeclarationRollupColumn>({
  table: "DeclarationRollup",
  key: ["month", "parkId", "customsMode", "direction", "country"],
  columns: ["month", "parkId", "customsMode", "direction", "country"],
  increment: (tx, { count, valueFen, ...key }) =>
    tx.declarationRollup.upsert({
      where: { month_parkId_customsMode_direction_country: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.declarationRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.declarationRollup.findMany({
      orderBy: [{ month: "asc" }, { parkId: "asc" }, { customsMode: "asc" }, { direction: "asc" }, { country: "asc" }],
    }),
});

export const merchantMonthRollup = defineRollup<
  "MerchantMonthRollup",
  "month" | "merchantId" | "customsMode" | "parkId",
  "month" | "merchantId" | "customsMode"
>({
  table: "MerchantMonthRollup",
  key: ["month", "merchantId", "customsMode"],
  columns: ["month", "merchantId", "customsMode", "parkId"],
  increment: (tx, { count, valueFen, parkId, ...key }) =>
    tx.merchantMonthRollup.upsert({
      where: { month_merchantId_customsMode: key },
      create: { ...key, parkId, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.merchantMonthRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.merchantMonthRollup.findMany({ orderBy: [{ month: "asc" }, { merchantId: "asc" }, { customsMode: "asc" }] }),
});

export const parkMonthRollup = defineRollup<
  "ParkMonthRollup",
  "month" | "parkId" | "customsMode" | "direction",
  "month" | "parkId" | "customsMode" | "direction"
>({
  table: "ParkMonthRollup",
  key: ["month", "parkId", "customsMode", "direction"],
  columns: ["month", "parkId", "customsMode", "direction"],
  increment: (tx, { count, valueFen, ...key }) =>
    tx.parkMonthRollup.upsert({
      where: { month_parkId_customsMode_direction: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.parkMonthRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.parkMonthRollup.findMany({
      orderBy: [{ month: "asc" }, { parkId: "asc" }, { customsMode: "asc" }, { direction: "asc" }],
    }),
});

export const parkMonthTotalRollup = defineRollup<"ParkMonthTotalRollup", "month" | "parkId", "month" | "parkId">({
  table: "ParkMonthTotalRollup",
  key: ["month", "parkId"],
  columns: ["month", "parkId"],
  increment: (tx, { count, valueFen, ...key }) =>
    tx.parkMonthTotalRollup.upsert({
      where: { month_parkId: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.parkMonthTotalRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) => db.parkMonthTotalRollup.findMany({ orderBy: [{ month: "asc" }, { parkId: "asc" }] }),
});

export const marketYtdRollup = defineRollup<
  "MarketYtdRollup",
  "month" | "parkId" | "customsMode" | "country",
  "month" | "parkId" | "customsMode" | "country"
>({
  table: "MarketYtdRollup",
  cumulative: true,
  key: ["month", "parkId", "customsMode", "country"],
  columns: ["month", "parkId", "customsMode", "country"],
  increment: (tx, { count, valueFen, ...key }) =>
    tx.marketYtdRollup.upsert({
      where: { month_parkId_customsMode_country: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.marketYtdRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.marketYtdRollup.findMany({
      orderBy: [{ month: "asc" }, { parkId: "asc" }, { customsMode: "asc" }, { country: "asc" }],
    }),
});

export const merchantYtdRollup = defineRollup<
  "MerchantYtdRollup",
  "month" | "merchantId" | "customsMode" | "parkId",
  "month" | "merchantId" | "customsMode"
>({
  table: "MerchantYtdRollup",
  cumulative: true,
  key: ["month", "merchantId", "customsMode"],
  columns: ["month", "merchantId", "customsMode", "parkId"],
  increment: (tx, { count, valueFen, parkId, ...key }) =>
    tx.merchantYtdRollup.upsert({
      where: { month_merchantId_customsMode: key },
      create: { ...key, parkId, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.merchantYtdRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.merchantYtdRollup.findMany({ orderBy: [{ month: "asc" }, { merchantId: "asc" }, { customsMode: "asc" }] }),
});

export const parkYtdRollup = defineRollup<
  "ParkYtdRollup",
  "month" | "parkId" | "customsMode" | "direction",
  "month" | "parkId" | "customsMode" | "direction"
>({
  table: "ParkYtdRollup",
  cumulative: true,
  key: ["month", "parkId", "customsMode", "direction"],
  columns: ["month", "parkId", "customsMode", "direction"],
  increment: (tx, { count, valueFen, ...key }) =>
    tx.parkYtdRollup.upsert({
      where: { month_parkId_customsMode_direction: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.parkYtdRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.parkYtdRollup.findMany({
      orderBy: [{ month: "asc" }, { parkId: "asc" }, { customsMode: "asc" }, { direction: "asc" }],
    }),
});

export const cityMarketYtdRollup = defineRollup<
  "CityMarketYtdRollup",
  "month" | "customsMode" | "country",
  "month" | "customsMode" | "country"
>({
  table: "CityMarketYtdRollup",
  cumulative: true,
  key: ["month", "customsMode", "country"],
  columns: ["month", "customsMode", "country"],
  increment: (tx, { count, valueFen, ...key }) =>
    tx.cityMarketYtdRollup.upsert({
      where: { month_customsMode_country: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    }),
  deleteEmptied: (tx, keys) => tx.cityMarketYtdRollup.deleteMany({ where: { count: { lte: 0 }, OR: keys } }),
  findAll: (db) =>
    db.cityMarketYtdRollup.findMany({ orderBy: [{ month: "asc" }, { customsMode: "asc" }, { country: "asc" }] }),
});

/** Every rollup, in the order they are written. */
export const ROLLUPS = [
  declarationRollup,
  merchantMonthRollup,
  parkMonthRollup,
  parkMonthTotalRollup,
  marketYtdRollup,
  merchantYtdRollup,
  parkYtdRollup,
  cityMarketYtdRollup,
] as const;
export type AnyRollup = (typeof ROLLUPS)[number];
export type RollupName = AnyRollup["table"];

function pick<F extends RollupDim>(row: Pick<RollupDims, F>, fields: readonly F[]): Pick<RollupDims, F> {
  const out = {} as Pick<RollupDims, F>;
  for (const f of fields) out[f] = row[f];
  return out;
}

/**
 * Adds up deltas that share the rollup's key; drops the ones that cancel out.
 * The other columns are taken from the key's first delta.
 */
function groupDeltas<C extends RollupDim, K extends C>(
  rollup: RollupSpec<string, C, K>,
  deltas: Iterable<RollupDelta>,
): RollupRow<C>[] {
  const byKey = new Map<string, RollupRow<C>>();
  for (const d of rollup.cumulative ? yearToDate(deltas) : deltas) {
    const key = rollup.key.map((k) => d[k]).join("|");
    const seen = byKey.get(key);
    if (seen) {
      seen.count += d.count;
      seen.valueFen += d.valueFen;
    } else {
      byKey.set(key, { ...pick(d, rollup.columns), count: d.count, valueFen: d.valueFen } as RollupRow<C>);
    }
  }
  return [...byKey.values()].filter((d) => d.count !== 0 || d.valueFen !== 0n);
}

/** A delta of a month as the deltas of that month and every later month of its year. */
function* yearToDate(deltas: Iterable<RollupDelta>): Iterable<RollupDelta> {
  for (const d of deltas) {
    const year = d.month.slice(0, 5);
    for (let m = Number(d.month.slice(5, 7)); m <= 12; m++)
      yield { ...d, month: `${year}${String(m).padStart(2, "0")}` };
  }
}

/**
 * The rollup change one declaration makes: +1 when written, -1 when removed.
 * It counts under the declaring merchant's park.
 */
export function deltaOf(
  declaration: { month: string; customsMode: string; direction: Direction; country: string; valueFen: bigint },
  merchant: { id: string; parkId: string },
  sign: 1 | -1 = 1,
): RollupDelta {
  return {
    month: declaration.month,
    parkId: merchant.parkId,
    merchantId: merchant.id,
    customsMode: declaration.customsMode,
    direction: declaration.direction,
    country: declaration.country,
    count: sign,
    valueFen: sign === 1 ? declaration.valueFen : -declaration.valueFen,
  };
}

/**
 * Applies one rollup's share of the deltas: an atomic increment per key
 * (upsert), then the rows whose count went to zero are deleted.
 */
async function applyTo<C extends RollupDim, K extends C>(
  tx: DbOrTx,
  rollup: RollupSpec<string, C, K>,
  deltas: readonly RollupDelta[],
): Promise<void> {
  const grouped = groupDeltas(rollup, deltas);
  for (const row of grouped) await rollup.increment(tx, row);
  const emptied = grouped.filter((d) => d.count < 0);
  // A key whose last declaration went away leaves no row behind.
  if (emptied.length)
    await rollup.deleteEmptied(
      tx,
      emptied.map((d) => pick(d, rollup.key)),
    );
}

/**
 * Applies deltas to every rollup inside the caller's transaction. Increments
 * are atomic in the database, so concurrent writers to the same key add up.
 */
export async function applyRollupDeltas(tx: DbOrTx, deltas: Iterable<RollupDelta>): Promise<void> {
  const all = [...deltas];
  if (!all.length) return;
  for (const rollup of ROLLUPS) await rollup.apply(tx, all);
  await bumpRollupVersion(tx);
}

/**
 * Marks every cached dashboard figure as out of date, inside the writer's
 * transaction: readers on any server process compare this number with the
 * one their cache was filled at.
 */
export function bumpRollupVersion(tx: DbOrTx) {
  return tx.rollupVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1 },
    update: { version: { increment: 1 } },
  });
}

/** The current rollup version (0 before the first write). */
export async function rollupVersion(db: DbOrTx): Promise<number> {
  // Plain SQL: this is the one read of every cached dashboard view, and a model query costs more to plan than to run.
  const rows = await db.$queryRaw<{ version: unknown }[]>`SELECT "version" FROM "RollupVersion" WHERE "id" = 1`;
  return rows.length ? Number(rows[0].version) : 0;
}
