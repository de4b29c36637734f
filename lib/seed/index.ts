import type { Db } from "@/lib/db/create-client";
import { seedDemo } from "./demo";
import { seedSkus } from "./skus";
import { seedDeclarations } from "./declarations";
import { seedEvents } from "./events";

/**
 * The whole deterministic demo data set, in dependency order. Each part seeds
 * only what is missing, so running it again changes nothing.
 */
export async function seedAll(db: Db, opts: { passwordHash: string }) {
  const base = await seedDemo(db, opts);
  const skus = await seedSkus(db);
  const declarations = await seedDeclarations(db);
  const events = await seedEvents(db);
  return { base: base.created, skus: skus.created, declarations: declarations.created, events: events.created };
}
