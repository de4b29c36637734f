// Not server-only: the import worker threads run this outside Next.js.
import { processSkuImport, SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import type { ImportHandler } from "./queue";

/** The import each kind of job runs, by ImportJob.kind. */
export const IMPORT_HANDLERS: Readonly<Record<string, ImportHandler>> = {
  [SKU_IMPORT_KIND]: (db, job) =>
    processSkuImport(db, {
      jobId: job.id,
      bytes: job.bytes,
      actor: { merchantId: job.merchantId, userId: job.createdById },
    }),
};
