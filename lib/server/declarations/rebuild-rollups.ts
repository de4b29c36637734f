// Recomputes the rollups from the declarations, from scratch, in one
// transaction (`npm run db:rollups`); and the same aggregate read straight
// from the raw rows, which the tests and the benchmark compare against.
import type { Db, DbOrTx } from "@/lib/db/create-client";
import type { Direction } from "@/lib/validation/declaration";
import type { RollupDelta } from "./rollups";

export async function rebuildRollups(db: Db): Promise<{ rollups: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.declarationRollup.deleteMany();
      const rollups = await tx.$executeRaw`
        INSERT INTO "DeclarationRollup" ("month", "parkId", "customsMode", "direction", "country", "count", "valueFen")
        SELECT d."month", m."parkId", d."customsMode", d."direction", d."country", COUNT(*), SUM(d."valueFen")
        FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
        GROUP BY d."month", m."parkId", d."customsMode", d."direction", d."country"`;
      return { rollups };
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}

type RawRow = { month: string; parkId: string; customsMode: string; direction: Direction; country: string; count: bigint | number; valueFen: bigint | number | string };

/** The rollups' figures computed from the raw declaration rows, sorted by key. */
export async function aggregateDeclarations(db: DbOrTx): Promise<RollupDelta[]> {
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT d."month" AS "month", m."parkId" AS "parkId", d."customsMode" AS "customsMode", d."direction" AS "direction",
           d."country" AS "country", COUNT(*) AS "count", SUM(d."valueFen") AS "valueFen"
    FROM "Declaration" d JOIN "Merchant" m ON m."id" = d."merchantId"
    GROUP BY d."month", m."parkId", d."customsMode", d."direction", d."country"
    ORDER BY 1, 2, 3, 4, 5`;
  return rows.map((r) => ({ ...r, direction: String(r.direction) as Direction, count: Number(r.count), valueFen: BigInt(r.valueFen) }));
}

/** The stored rollups in the same shape and order. */
export async function storedRollups(db: DbOrTx): Promise<RollupDelta[]> {
  return db.declarationRollup.findMany({ orderBy: [{ month: "asc" }, { parkId: "asc" }, { customsMode: "asc" }, { direction: "asc" }, { country: "asc" }] });
}
