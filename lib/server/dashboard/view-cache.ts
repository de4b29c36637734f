// A small in-process cache of the dashboard's figures (the declared figures and
// the official statistics), keyed by the rollup version in the database. Every
// rollup write bumps RollupVersion in its own transaction
// (lib/server/declarations/rollups.ts), and so does every write of an official
// figure (lib/server/rates/), so a reader on any server process sharing the
// database sees a new number after any write and recomputes: a cached entry is
// used only while the version it was filled at is still the current one. Costs
// one primary-key read per request: the figures one page reads (the view, the
// goals) are all of the version read first.
import { cache } from "react";
import type { DbOrTx } from "@/lib/db/create-client";
import { rollupVersion } from "@/lib/server/declarations/rollups";

const MAX_ENTRIES = 500;
const entries = new Map<string, { version: number; value: unknown }>();

/** Read once per server render (React cache; outside one, at every call). */
const versionOfRequest = cache((db: DbOrTx) => rollupVersion(db));

/** The value cached under a key at the current rollup version, or computed (and cached) now. */
export async function cachedAtRollupVersion<T>(db: DbOrTx, key: string, compute: () => Promise<T>): Promise<T> {
  // Read before computing: a write committed meanwhile makes the entry look old, never new.
  const version = await versionOfRequest(db);
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  entries.delete(key);
  entries.set(key, { version, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** Forgets everything cached (tests and the benchmark, to measure a cold view). */
export function clearViewCache() {
  entries.clear();
}
