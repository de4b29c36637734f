// Builds a Prisma client for a database URL: SQLite through better-sqlite3 by
// default, PostgreSQL when the URL starts with postgres. Both generated clients
// come from the same schema, so they share one type (the SQLite one's).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { recordProvider } from "./provider";
import { recordSqliteConnection, SqliteAdapterFactory } from "./sqlite-direct";

const omit = { user: { passwordHash: true } } as const;

/** How long a SQLite connection waits for another one's write transaction before it gives up. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

function sqliteClient(url: string, busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS) {
  const file = url.replace(/^file:/, "");
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  const adapter = new SqliteAdapterFactory({ url: `file:${absolute}`, timeout: busyTimeoutMs });
  return recordSqliteConnection(new SqliteClient({ adapter, omit }), adapter);
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

/** The primary database, and a reader for the reads that may lag it (see createReplicatedClients). */
export type Replicated = { primary: Db; replica: () => Db };

/**
 * The primary and its read replicas (PostgreSQL streaming replicas, each a
 * URL of the same kind as the primary's), joined by
 * @prisma/extension-read-replicas: `primary` is the primary, and `replica()`
 * one of the replicas, picked at random at each call, for reads that may lag
 * the primary by the replication delay. Without replica
 * URLs, `replica()` is the primary too. The primary stays the default for
 * every other read: a session, a rate-limit counter or a page after the
 * user's own write must see the latest write, which a replica may not have
 * yet.
 */
export function createReplicatedClients(url: string, replicaUrls: readonly string[] = []): Replicated {
  const primary = createPrismaClient(url);
  if (replicaUrls.length === 0) return { primary, replica: () => primary };
  const replicas = replicaUrls.map((replicaUrl) => createPrismaClient(replicaUrl));
  // The extension types its argument loosely (any client); its methods are typed here.
  const routed = (primary as unknown as { $extends(extension: unknown): ReplicaRouting }).$extends(
    readReplicas({ replicas: replicas as never[] }),
  );
  return { primary: routed.$primary(), replica: () => routed.$replica() };
}

type ReplicaRouting = { $primary(): Db; $replica(): Db };

/** A Prisma client or an interactive transaction on it. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
