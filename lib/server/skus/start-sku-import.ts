import "server-only";
import { after } from "next/server";
import { db } from "@/lib/server/db";
import { createImportJob } from "@/lib/server/imports/jobs";
import { failImport } from "@/lib/server/imports/run-import";
import { notify } from "@/lib/server/notifications/notify";
import type { SkuActor } from "./context";
import { processSkuImport, SKU_IMPORT_KIND } from "./import-skus";

/**
 * Creates the job and answers at once; the import runs after the response,
 * and the page follows it by polling the job. The uploader is told in the
 * inbox when it ends, in case they have left the page.
 */
export async function startSkuImport(
  actor: SkuActor & { userId: string },
  file: { fileName: string; bytes: Uint8Array },
) {
  const job = await createImportJob(db, {
    merchantId: actor.merchantId,
    kind: SKU_IMPORT_KIND,
    fileName: file.fileName,
    createdById: actor.userId,
  });
  after(async () => {
    try {
      const outcome = await processSkuImport(db, { jobId: job.id, bytes: file.bytes, actor });
      await notify({
        userId: actor.userId,
        merchantId: actor.merchantId,
        kind: outcome.ok ? "sku_import_done" : "sku_import_failed",
        params: { file: file.fileName, count: outcome.ok ? outcome.written : outcome.errorCount },
        link: `/merchant/skus/import/${job.id}`,
      });
    } catch (error) {
      console.error(`[import] SKU import ${job.id} stopped:`, error instanceof Error ? error.message : error);
      await failImport(db, job.id, [{ row: 0, column: "", message: "imports.issues.writeFailed" }]).catch(
        () => undefined,
      );
    }
  });
  return job;
}
