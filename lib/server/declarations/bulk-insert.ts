// Fast multi-row inserts of declarations and rollups for the demo seed: one
// INSERT per few hundred rows. Prisma's createMany spends
// about half a millisecond per row; this is some five times faster.
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { AnyRollup, AnyRollupRow, RollupDim } from "./rollups";
import type { BuiltDeclaration } from "./demo-declarations";

const ROWS_PER_STATEMENT = 400;

/** Whether a client talks to PostgreSQL, where the enum column needs a cast. */
export function isPostgresClient(db: Db): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

function direction(value: string, postgres: boolean) {
  return postgres ? Prisma.sql`CAST(${value} AS "TradeDirection")` : Prisma.sql`${value}`;
}

async function insertChunks<T>(tx: DbOrTx, rows: readonly T[], head: Prisma.Sql, tuple: (row: T) => Prisma.Sql) {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRaw`${head} VALUES ${Prisma.join(rows.slice(i, i + ROWS_PER_STATEMENT).map(tuple))}`;
  }
}

export function insertDeclarations(tx: DbOrTx, rows: BuiltDeclaration[], postgres: boolean) {
  const head = Prisma.sql`INSERT INTO "Declaration" ("id", "merchantId", "declaredOn", "month", "customsMode", "direction", "country", "valueMinor", "currency", "valueFen", "platformId", "hsChapter", "reference", "createdAt")`;
  return insertChunks(
    tx,
    rows,
    head,
    (d) =>
      Prisma.sql`(${d.id}, ${d.merchantId}, ${d.declaredOn}, ${d.month}, ${d.customsMode}, ${direction(d.direction, postgres)}, ${d.country}, ${d.valueMinor}, ${d.currency}, ${d.valueFen}, ${d.platformId}, ${d.hsChapter}, ${d.reference}, ${d.createdAt})`,
  );
}

/** Inserts rows of one rollup (grouped by its key) into its empty table. */
export function insertRollups(tx: DbOrTx, rollup: AnyRollup, rows: readonly AnyRollupRow[], postgres: boolean) {
  const columns = rollup.columns.map((c) => `"${c}"`).join(", ");
  const head = Prisma.raw(`INSERT INTO "${rollup.table}" (${columns}, "count", "valueFen")`);
  return insertChunks(tx, rows, head, (r) => {
    const dims = rollup.columns.map((c: RollupDim) =>
      c === "direction" ? direction(String(r[c]), postgres) : Prisma.sql`${r[c]}`,
    );
    return Prisma.sql`(${Prisma.join([...dims, Prisma.sql`${r.count}`, Prisma.sql`${r.valueFen}`])})`;
  });
}
