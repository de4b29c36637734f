import "server-only";
import { db } from "@/lib/server/db";
import { importsRunningHere, JOBS, portalJobQueue, stopPortalJobs } from "@/lib/server/jobs/portal-jobs";
import { notify } from "@/lib/server/notifications/notify";
import { RUNNING_STATUSES, type FinishedJob } from "./queue";
import type { ImportRunner } from "./runner";

/** Notification kinds by import kind: the uploader is told in the inbox when a job ends. */
const NOTICES: Record<string, { done: string; failed: string; link: (id: string) => string }> = {
  SKU: { done: "sku_import_done", failed: "sku_import_failed", link: (id) => `/merchant/skus/import/${id}` },
  DECLARATION: {
    done: "declaration_import_done",
    failed: "declaration_import_failed",
    link: (id) => `/merchant/declarations/import/${id}`,
  },
};

/** Tells the uploader in the inbox that the import ended (the job queue's import handler calls it). */
export async function tellUploader(job: FinishedJob) {
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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Imports run as jobs of the process's job queue (lib/server/jobs/): an
 * upload's row is QUEUED (enqueueImportJob) and `enqueue` adds its
 * `imports-run` job, which whichever process runs workers picks up and runs
 * in a worker thread, one import at a time per merchant.
 */
export function importRunner(): ImportRunner {
  return {
    async enqueue(job) {
      await (await portalJobQueue()).enqueue(JOBS.importRun, { importJobId: job.id });
    },
    async idle() {
      const open = { status: { in: ["QUEUED" as const, ...RUNNING_STATUSES] } };
      while (importsRunningHere() || (await db.importJob.count({ where: open }))) await pause(50);
    },
    close: stopPortalJobs,
  };
}
