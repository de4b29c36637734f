import type { Db } from "@/lib/db/create-client";

/** Demo skus; filled in by the skus capability. Idempotent: seeds only an empty table. */
export async function seedSkus(db: Db): Promise<{ created: boolean }> {
  void db;
  return { created: false };
}
