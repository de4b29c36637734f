// Fast multi-row inserts of declarations and rollups for the demo seed: one
// INSERT per few hundred rows. Prisma's createMany spends
// about half a millisecond per row; this is some five times faster.
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { RollupDelta } from "./rollups";
import type { BuiltDeclaration } from "./demo-declarations";

const ROWS_PER_STATEMENT = 400;

/** Whether a client talks to PostgreSQL, where the enum column needs a cast. */
export function isPostgresClient(db: Db): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

function direction(value: string, postgres: boolean) {
  return postgres ? Prisma.sql`CAST(${value} AS "TradeDirection")` : Prisma.sql`${value}`;
}

async function insertChunks<T>(tx: DbOrTx, rows: T[], head: Prisma.Sql, tuple: (row: T) => Prisma.Sql) {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRaw`${head} VALUES ${Prisma.join(rows.slice(i, i + ROWS_PER_STATEMENT).map(tuple))}`;
  }
}

export function insertDeclarations(tx: DbOrTx, rows: BuiltDeclaration[], postgres: boolean) {
  const head = Prisma.sql`INSERT INTO "Declaration" ("id", "merchantId", "declaredOn", "month", "customsMode", "direction", "country", "valueMinor", "currency", "valueFen", "platformId", "hsChapter", "reference", "createdAt")`;
  return insertChunks(tx, rows, head, (d) =>
    Prisma.sql`(${d.id}, ${d.merchantId}, ${d.declaredOn}, ${d.month}, ${d.customsMode}, ${direction(d.direction, postgres)}, ${d.country}, ${d.valueMinor}, ${d.currency}, ${d.valueFen}, ${d.platformId}, ${d.hsChapter}, ${d.reference}, ${d.createdAt})`,
  );
}

export function insertRollups(tx: DbOrTx, rows: RollupDelta[], postgres: boolean) {
  const head = Prisma.sql`INSERT INTO "DeclarationRollup" ("month", "parkId", "customsMode", "direction", "country", "count", "valueFen")`;
  return insertChunks(tx, rows, head, (r) =>
    Prisma.sql`(${r.month}, ${r.parkId}, ${r.customsMode}, ${direction(r.direction, postgres)}, ${r.country}, ${r.count}, ${r.valueFen})`,
  );
}
