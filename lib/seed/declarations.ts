import type { Db } from "@/lib/db/create-client";

/** Demo declarations; filled in by the declarations capability. Idempotent: seeds only an empty table. */
export async function seedDeclarations(db: Db): Promise<{ created: boolean }> {
  void db;
  return { created: false };
}
