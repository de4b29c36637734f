// Recomputes every rollup from the declarations, from scratch, in one
// transaction (`npm run db:rollups`); and the same aggregates read straight
// from the raw rows, which the tests and the benchmark compare against.
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { bumpRollupVersion, ROLLUPS, type AnyRollup, type RollupDim, type RollupName, type RollupRow } from "./rollups";

/** Where each dimension comes from, in a query over `"Declaration" d JOIN "Merchant" m`. */
const SOURCE: Record<RollupDim, string> = {
  month: `d."month"`,
  parkId: `m."parkId"`,
  merchantId: `d."merchantId"`,
  customsMode: `d."customsMode"`,
  direction: `d."direction"`,
  country: `d."country"`,
};
const FROM = `FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"`;
// A running total's row of a month adds up its year's declarations up to that month.
const MONTHS_OF_YEAR = `(${Array.from({ length: 12 }, (_, i) => `SELECT '${String(i + 1).padStart(2, "0")}' AS "m"`).join(" UNION ALL ")}) mm`;
const YTD_FROM = `${FROM} JOIN ${MONTHS_OF_YEAR} ON mm."m" >= substr(d."month", 6, 2)`;
const YTD_MONTH = `substr(d."month", 1, 5) || mm."m"`;
const fromOf = (rollup: AnyRollup) => ("cumulative" in rollup && rollup.cumulative ? YTD_FROM : FROM);
const source = (rollup: AnyRollup, c: RollupDim) =>
  c === "month" && "cumulative" in rollup && rollup.cumulative ? YTD_MONTH : SOURCE[c];
const sources = (rollup: AnyRollup) => rollup.columns.map((c: RollupDim) => source(rollup, c)).join(", ");

/** Who or what asked for a rebuild, for its audit entry: staff (by the button), the nightly schedule, or `npm run db:rollups`. */
export type RebuildAudit = { actorId: string | null; via: "staff" | "schedule" | "command"; job?: string };

/**
 * Rebuilds every rollup; returns the rows written per table. With `audit`
 * (every rebuild the portal runs: the staff button, the nightly job and `npm
 * run db:rollups`), the audit entry is written in the same transaction; the
 * benchmarks' data loaders pass none.
 */
export async function rebuildRollups(
  db: Db,
  audit?: RebuildAudit,
): Promise<{ rollups: number } & Record<RollupName, number>> {
  return db.$transaction(
    async (tx) => {
      const written = {} as Record<RollupName, number>;
      for (const rollup of ROLLUPS) {
        await tx.$executeRawUnsafe(`DELETE FROM "${rollup.table}"`);
        const columns = rollup.columns.map((c: RollupDim) => `"${c}"`).join(", ");
        written[rollup.table] = await tx.$executeRawUnsafe(
          `INSERT INTO "${rollup.table}" (${columns}, "count", "valueFen") SELECT ${sources(rollup)}, COUNT(*), SUM(d."valueFen") ${fromOf(rollup)} GROUP BY ${sources(rollup)}`,
        );
      }
      await bumpRollupVersion(tx);
      const rollups = Object.values(written).reduce((a, b) => a + b, 0);
      if (audit) {
        await recordAudit(tx, {
          actorId: audit.actorId,
          action: "rollups.rebuild",
          entityType: "Rollups",
          entityId: "all",
          details: { via: audit.via, rows: rollups, ...(audit.job ? { job: audit.job } : {}) },
        });
      }
      return { ...written, rollups };
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}

type RawRow = Record<string, unknown> & { count: bigint | number; valueFen: bigint | number | string };
export type AllRollups = { [N in RollupName]: RollupRow<Extract<AnyRollup, { table: N }>["columns"][number]>[] };

/** One rollup's figures computed from the raw declaration rows, in the order of its stored rows. */
async function aggregate(db: DbOrTx, rollup: AnyRollup) {
  const select = rollup.columns.map((c: RollupDim) => `${source(rollup, c)} AS "${c}"`).join(", ");
  const order = rollup.key.map((k: RollupDim) => source(rollup, k)).join(", ");
  const rows = await db.$queryRawUnsafe<RawRow[]>(
    `SELECT ${select}, COUNT(*) AS "count", SUM(d."valueFen") AS "valueFen" ${fromOf(rollup)} GROUP BY ${sources(rollup)} ORDER BY ${order}`,
  );
  return rows.map((r) => ({
    ...Object.fromEntries(rollup.columns.map((c: RollupDim) => [c, String(r[c])])),
    count: Number(r.count),
    valueFen: BigInt(r.valueFen),
  }));
}

/** Every rollup's figures computed from the raw declaration rows, by table, sorted by key. */
export async function aggregateDeclarations(db: DbOrTx): Promise<AllRollups> {
  const out: Record<string, unknown[]> = {};
  for (const rollup of ROLLUPS) out[rollup.table] = await aggregate(db, rollup);
  return out as AllRollups;
}

/** The stored rollups in the same shape and order. */
export async function storedRollups(db: DbOrTx): Promise<AllRollups> {
  const out: Record<string, unknown[]> = {};
  for (const rollup of ROLLUPS) out[rollup.table] = await rollup.findAll(db);
  return out as AllRollups;
}
