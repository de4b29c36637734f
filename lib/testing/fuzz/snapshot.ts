// A fingerprint of every table, to tell whether a call changed anything: a
// refused call must leave every table as it was (nothing half-written).
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { providerOf } from "@/lib/db/provider";

/** Per table: its row count and a hash of its rows (in any order); and the write counter it was taken at. */
export type Snapshot = { tables: Map<string, { rows: number; hash: string }>; writes: string };

/**
 * Bookkeeping that is written on purpose whatever the answer: attempt
 * counters (the limits count refused attempts too), and when a session or a
 * token was last used.
 */
const VOLATILE: Record<string, readonly string[] | "table"> = {
  RateLimitBucket: "table",
  Session: ["lastSeenAt"],
  ApiToken: ["lastUsedAt"],
  // The job queue's own rows on SQLite: its schedules and sweeps write them at any time.
  BackgroundJob: "table",
};

let tables: string[] | null = null;

async function listTables(db: Db): Promise<string[]> {
  const rows =
    providerOf(db) === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`,
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  return rows
    .map((r) => r.name)
    .filter((name) => !name.startsWith("_prisma") && !name.startsWith("sqlite_") && VOLATILE[name] !== "table")
    .sort();
}

const replacer = (_key: string, value: unknown) => {
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof Uint8Array) return `bytes:${createHash("sha1").update(value).digest("hex")}`;
  return value;
};

/**
 * A value that moves whenever something may have been written: on SQLite the
 * count of rows this connection changed (Prisma's adapter holds one) and the
 * data version, which moves when another connection (an import's worker
 * thread) commits; on PostgreSQL the next transaction id, which any writing
 * transaction on the server moves (other test files' too: then the tables are
 * read again).
 */
async function writeCounter(db: Db): Promise<string> {
  if (providerOf(db) === "postgresql") {
    const [row] = await db.$queryRawUnsafe<{ n: string }[]>(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS n`,
    );
    return row.n;
  }
  const [changes] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT total_changes() AS n`);
  const [version] = await db.$queryRawUnsafe<{ data_version: bigint | number }[]>(`PRAGMA data_version`);
  return `${changes.n}/${version.data_version}`;
}

/** The tables now; `since` is reused when nothing can have been written after it was taken. */
export async function snapshot(db: Db, since?: Snapshot | null): Promise<Snapshot> {
  const writes = await writeCounter(db);
  if (since && since.writes === writes) return since;
  tables ??= await listTables(db);
  const out: Snapshot["tables"] = new Map();
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    const skip = VOLATILE[table];
    const lines = rows.map((row) => {
      if (Array.isArray(skip)) for (const column of skip) delete row[column];
      return JSON.stringify(row, replacer);
    });
    lines.sort();
    out.set(table, { rows: rows.length, hash: createHash("sha1").update(lines.join("\n")).digest("hex") });
  }
  // Read again after the tables: a write while they were read shows as a change next time.
  return { tables: out, writes: (await writeCounter(db)) === writes ? writes : "" };
}

/** The tables whose rows differ between two snapshots, but for those `allowed` to change. */
export function changedTables(before: Snapshot, after: Snapshot, allowed: readonly string[] = []): string[] {
  const changed: string[] = [];
  for (const [table, was] of before.tables) {
    if (allowed.includes(table)) continue;
    const now = after.tables.get(table);
    if (!now || now.hash !== was.hash) changed.push(`${table} (${was.rows} -> ${now?.rows ?? "?"} rows)`);
  }
  return changed;
}
