// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/sqlite/client";
import type * as Enums from "@/lib/generated/sqlite/enums";
import type { DbOrTx } from "./create-client";
import { providerOf } from "./provider";
import { preparedStatement, sqliteConnectionOf, sqliteValue } from "./sqlite-direct";

export type RowValue = string | number | bigint | Date | null;

let lastMs = 0;
let counter = 0;
/** Random bytes drawn 4 KiB at a time: one call per id cost more than the rest of the id. */
let pool = Buffer.alloc(0);
let poolAt = 0;

function randomHex(bytes: number): string {
  if (poolAt + bytes > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  poolAt += bytes;
  return pool.toString("hex", poolAt - bytes, poolAt);
}

/**
 * A new row id, shaped like Prisma's cuid (25 characters) so ids look alike,
 * and in time order: "c", the time in milliseconds (12 hex digits), a counter
 * that starts at random in each millisecond (6), and 3 random bytes (6). Bulk
 * inserts then append to the primary key's index instead of scattering over it
 * (random keys made the SKU import's writes about twice as slow).
 */
export function newRowId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = parseInt(randomHex(3), 16) & 0xfffff;
  } else if (++counter > 0xffffff) {
    // Over 15 million ids in one millisecond, or a clock that went back: move on by one.
    lastMs++;
    counter = 0;
  }
  return "c" + lastMs.toString(16).padStart(12, "0") + counter.toString(16).padStart(6, "0") + randomHex(3);
}

type InsertOptions<C extends string> = {
  /** Rows per statement. */
  chunk?: number;
  /** Enum columns and their enum type: PostgreSQL takes the text value only through a CAST. */
  enums?: Partial<Record<C, keyof typeof Enums>>;
};

/**
 * Inserts rows. On SQLite, on the client's own better-sqlite3 connection (so
 * inside the caller's transaction): one single-row INSERT prepared once and
 * run for each row, as a hand-written loader does; Prisma's raw SQL prepared
 * and bound each 500-row statement anew, at several times the cost. On
 * PostgreSQL (and on a SQLite client whose connection is not known),
 * multi-row INSERTs of up to `chunk` rows each through Prisma's raw SQL, with
 * the enum columns named in `enums` cast. Bulk writes use this because
 * createMany costs about 0.35 ms per row in Prisma 7's query compiler (see
 * `npm run bench -- skus`).
 */
export async function insertRows<C extends string>(
  tx: DbOrTx,
  table: Prisma.ModelName,
  columns: readonly C[],
  rows: readonly RowValue[][],
  { chunk = 500, enums = {} }: InsertOptions<C> = {},
) {
  if (!rows.length) return;
  const into = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const connection = providerOf(tx) === "sqlite" ? sqliteConnectionOf(tx) : null;
  if (connection) {
    const statement = preparedStatement(connection, `${into}(${columns.map(() => "?").join(", ")})`);
    try {
      const args: unknown[] = [];
      for (const row of rows) {
        for (let i = 0; i < row.length; i++) args[i] = sqliteValue(row[i]);
        statement.run(args);
      }
    } catch (error) {
      throw rawSqlError(error);
    }
    return;
  }
  const head = Prisma.raw(into);
  const casts = columns.map((c) => enums[c]);
  const postgres = casts.some(Boolean) && providerOf(tx) === "postgresql";
  const cell = (value: RowValue, i: number) => {
    const type = casts[i];
    return postgres && type ? Prisma.sql`CAST(${value} AS ${Prisma.raw(`"${type}"`)})` : value;
  };
  const tuple = (row: readonly RowValue[]) => Prisma.sql`(${Prisma.join(row.map(cell))})`;
  for (let i = 0; i < rows.length; i += chunk) {
    await tx.$executeRaw(Prisma.sql`${head}${Prisma.join(rows.slice(i, i + chunk).map(tuple))}`);
  }
}

/**
 * A driver error as Prisma reports a failed raw statement (P2010 with the
 * database's message), so callers such as isUniqueViolation read it the same
 * whichever way the rows went.
 */
function rawSqlError(error: unknown) {
  if (!(error instanceof Error)) return error;
  return Object.assign(
    new Error(`Raw query failed. Code: \`${(error as { code?: string }).code}\`. Message: \`${error.message}\``),
    {
      code: "P2010",
      cause: error,
    },
  );
}
