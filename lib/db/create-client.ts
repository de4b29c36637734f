// Builds a Prisma client for a database URL: SQLite through better-sqlite3 by
// default, PostgreSQL when the URL starts with postgres. Both generated clients
// come from the same schema, so they share one type (the SQLite one's).
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { recordProvider } from "./provider";

const omit = { user: { passwordHash: true } } as const;

/** How long a SQLite connection waits for another one's write transaction before it gives up. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

function sqliteClient(url: string, busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS) {
  const file = url.replace(/^file:/, "");
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  return new SqliteClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${absolute}`, timeout: busyTimeoutMs }),
    omit,
  });
}

export type Db = ReturnType<typeof sqliteClient>;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** `busyTimeoutMs`: SQLite only, for a connection that may wait long (an import worker thread, never the server's). */
export function createPrismaClient(url: string, options: { busyTimeoutMs?: number } = {}): Db {
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), omit }) as unknown as Db;
    return recordProvider(client, "postgresql");
  }
  return recordProvider(sqliteClient(url, options.busyTimeoutMs), "sqlite");
}

/** A Prisma client or an interactive transaction on it. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
