import "server-only";
import { db } from "@/lib/server/db";
import { importRunner } from "@/lib/server/imports/import-runner";
import { enqueueImportJob } from "@/lib/server/imports/queue";
import type { DeclarationActor } from "./create-declaration";
import { DECLARATION_IMPORT_KIND } from "./import-declarations";

/**
 * Queues the file as a job and answers at once, as SKU imports do
 * (lib/server/skus/start-sku-import.ts): a worker thread parses, checks and
 * writes it with its rollups, one import at a time per merchant, and the page
 * follows it by polling the job. Refused ("busy") while the merchant has
 * MAX_OPEN_IMPORTS_PER_MERCHANT imports open.
 */
export async function startDeclarationImport(actor: DeclarationActor, file: { fileName: string; bytes: Uint8Array }) {
  const job = await enqueueImportJob(db, {
    merchantId: actor.merchantId,
    kind: DECLARATION_IMPORT_KIND,
    fileName: file.fileName,
    createdById: actor.userId,
    payload: file.bytes,
  });
  if (!job) return { ok: false as const, reason: "busy" as const };
  importRunner().enqueue(job);
  return { ok: true as const, id: job.id };
}
