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

function sqliteClient(url: string) {
  const file = url.replace(/^file:/, "");
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  return new SqliteClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${absolute}`, timeout: 10_000 }),
    omit,
  });
}

export type Db = ReturnType<typeof sqliteClient>;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createPrismaClient(url: string): Db {
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), omit }) as unknown as Db;
    return recordProvider(client, "postgresql");
  }
  return recordProvider(sqliteClient(url), "sqlite");
}

/** A Prisma client or an interactive transaction on it. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
