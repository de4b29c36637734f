import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { notify } from "@/lib/server/notifications/notify";
import type { FinishedJob } from "./queue";
import { createWorkerPoolRunner, type ImportRunner } from "./runner";

/** Notification kinds by import kind: the uploader is told in the inbox when a job ends. */
const NOTICES: Record<string, { done: string; failed: string; link: (id: string) => string }> = {
  SKU: { done: "sku_import_done", failed: "sku_import_failed", link: (id) => `/merchant/skus/import/${id}` },
  DECLARATION: {
    done: "declaration_import_done",
    failed: "declaration_import_failed",
    link: (id) => `/merchant/declarations/import/${id}`,
  },
};

async function tellUploader(job: FinishedJob) {
  const notice = NOTICES[job.kind];
  if (!notice || !job.createdById) return;
  await notify({
    userId: job.createdById,
    merchantId: job.merchantId,
    kind: job.outcome.ok ? notice.done : notice.failed,
    params: { file: job.fileName, count: job.outcome.ok ? job.outcome.written : job.outcome.errorCount },
    link: notice.link(job.id),
  });
}

const globalForImports = globalThis as unknown as { cbecImportRunner?: ImportRunner };

/**
 * The process's import runner, started on first use (and at server start by
 * instrumentation.ts, so that queued jobs resume and interrupted ones end).
 */
export function importRunner(): ImportRunner {
  globalForImports.cbecImportRunner ??= createWorkerPoolRunner({
    databaseUrl: env().DATABASE_URL,
    concurrency: env().IMPORT_CONCURRENCY,
    onFinished: tellUploader,
    db,
  });
  return globalForImports.cbecImportRunner;
}
