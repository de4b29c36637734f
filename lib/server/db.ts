import "server-only";
import { createReplicatedClients, type Db, type Replicated } from "@/lib/db/create-client";
import { env } from "@/lib/env";

// Kept across module reloads in development; a test that deletes cbecDb gets new clients at its next import.
const globalForDb = globalThis as unknown as { cbecDb?: Db; cbecReplica?: () => Db };

function connect(): Replicated {
  const { cbecDb, cbecReplica } = globalForDb;
  if (cbecDb && cbecReplica) return { primary: cbecDb, replica: cbecReplica };
  return createReplicatedClients(env().DATABASE_URL, env().DATABASE_REPLICA_URLS);
}

const clients = connect();
if (process.env.NODE_ENV !== "production") {
  globalForDb.cbecDb = clients.primary;
  globalForDb.cbecReplica = clients.replica;
}

/** The one Prisma client of the process, on the primary database: every write, and every read by default. */
export const db: Db = clients.primary;

/**
 * For the dashboard's and the lists' reads: one of the read replicas when
 * DATABASE_REPLICA_URLS is set (picked at each call: take one per request),
 * otherwise the primary. A replica may lag the primary by its replication
 * delay, so never read through it what the user has just written.
 */
export function readReplica(): Db {
  return clients.replica();
}
