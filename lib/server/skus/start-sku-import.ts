import "server-only";
import { db } from "@/lib/server/db";
import { importRunner } from "@/lib/server/imports/import-runner";
import { enqueueImportJob } from "@/lib/server/imports/queue";
import type { SkuActor } from "./context";
import { SKU_IMPORT_KIND } from "./import-skus";

/**
 * Queues the file as a job and answers at once: a worker thread parses,
 * checks and writes it (lib/server/imports/runner.ts), one import at a time
 * per merchant, and the page follows it by polling the job. The uploader is
 * told in the inbox when it ends, in case they have left the page. Refused
 * ("busy") while the merchant has MAX_OPEN_IMPORTS_PER_MERCHANT imports open.
 */
export async function startSkuImport(
  actor: SkuActor & { userId: string },
  file: { fileName: string; bytes: Uint8Array },
) {
  const job = await enqueueImportJob(db, {
    merchantId: actor.merchantId,
    kind: SKU_IMPORT_KIND,
    fileName: file.fileName,
    createdById: actor.userId,
    payload: file.bytes,
  });
  if (!job) return { ok: false as const, reason: "busy" as const };
  importRunner().enqueue(job);
  return { ok: true as const, id: job.id };
}
