import type { Db } from "@/lib/db/create-client";

/** Demo events; filled in by the events capability. Idempotent: seeds only an empty table. */
export async function seedEvents(db: Db): Promise<{ created: boolean }> {
  void db;
  return { created: false };
}
