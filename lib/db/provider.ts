// Which database a Prisma client talks to, recorded by createPrismaClient when
// it makes the client, for the few statements whose SQL differs between
// SQLite and PostgreSQL.
import type { DbOrTx } from "./create-client";

export type Provider = "sqlite" | "postgresql";

const PROVIDER = Symbol("cbec.db.provider");

/** Marks a client with the provider it was created for; createPrismaClient calls this. */
export function recordProvider<T extends object>(client: T, provider: Provider): T {
  Object.defineProperty(client, PROVIDER, { value: provider });
  return client;
}

/**
 * The provider a client made by createPrismaClient was created for. An
 * interactive transaction's client reads through to the client it runs on, so
 * a transaction answers the same.
 */
export function providerOf(db: DbOrTx): Provider {
  const provider = (db as unknown as { [PROVIDER]?: Provider })[PROVIDER];
  if (!provider) throw new Error("providerOf: the client was not made by createPrismaClient");
  return provider;
}
