// Not server-only: the import worker threads run this outside Next.js.
import { DECLARATION_IMPORT_KIND, processDeclarationImport } from "@/lib/server/declarations/import-declarations";
import { processSkuImport, SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { shanghaiDay } from "@/lib/time/shanghai";
import type { ImportHandler } from "./queue";

/** The import each kind of job runs, by ImportJob.kind. */
export const IMPORT_HANDLERS: Readonly<Record<string, ImportHandler>> = {
  [SKU_IMPORT_KIND]: (db, job) =>
    processSkuImport(db, {
      jobId: job.id,
      bytes: job.bytes,
      actor: { merchantId: job.merchantId, userId: job.createdById },
    }),
  [DECLARATION_IMPORT_KIND]: (db, job) =>
    processDeclarationImport(db, {
      jobId: job.id,
      bytes: job.bytes,
      actor: { merchantId: job.merchantId, userId: job.createdById },
      // The day the job runs: no declaration may be dated later.
      today: shanghaiDay(new Date()),
    }),
};
