import "server-only";
import { isPostgresUrl, type Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { rebuildRollups } from "@/lib/server/declarations/rebuild-rollups";
import { db } from "@/lib/server/db";
import { sendDueEventReminders } from "@/lib/server/events/reminders";
import { pruneExpiredRecords, RETENTION_CRON, RETENTION_JOB } from "@/lib/server/privacy/retention-job";
import { tellUploader } from "@/lib/server/imports/import-runner";
import {
  claimImportJob,
  recoverInterruptedImports,
  REQUEUE_AFTER_MS,
  STALE_AFTER_MS,
  staleQueuedImports,
} from "@/lib/server/imports/queue";
import { createImportThreads, type ImportThreads } from "@/lib/server/imports/runner";
import { MAIL_JOB, MAIL_RETRY_DELAY_SECONDS } from "@/lib/server/mail/mail-retry";
import { deliverMail, logFailedMail } from "@/lib/server/mail/send-mail";
import { openMail } from "@/lib/server/mail/sealed-mail";
import { createPgBossJobQueue } from "./pg-boss-queue";
import { createSqliteJobQueue } from "./sqlite-queue";
import type { JobQueue } from "./types";

/** The portal's jobs, by name. */
export const JOBS = {
  mail: MAIL_JOB,
  importRun: "imports-run",
  importRecover: "imports-recover",
  rollups: "rollups-rebuild",
  reminders: "events-reminders",
  retention: RETENTION_JOB,
} as const;

/** Seconds before a merchant's queued import is tried again while another of its imports runs. */
const IMPORT_BUSY_DELAY_SECONDS = 2;

let importsInFlight = 0;
/** Imports this process's handlers are running or telling their uploader about (importRunner().idle()). */
export const importsRunningHere = () => importsInFlight;

/** The job queue on `databaseUrl`: pg-boss on PostgreSQL, the BackgroundJob table on SQLite. */
export function createJobQueue(databaseUrl: string, database: Db): JobQueue {
  return isPostgresUrl(databaseUrl) ? createPgBossJobQueue(databaseUrl) : createSqliteJobQueue(database);
}

/** Registers every job the portal runs, with its retries, and its schedules. */
export function registerPortalJobs(queue: JobQueue, deps: { db: Db; threads: () => ImportThreads }) {
  queue.register<{ mail: string; requestId?: string }>(
    JOBS.mail,
    async ({ mail: sealed, requestId = "none" }, job) => {
      const mail = openMail(sealed);
      // Sealed under another AUTH_SECRET: it can never be read, so it fails at once (and stays in the dead letter).
      if (!mail) throw new Error("the queued mail cannot be opened with this AUTH_SECRET");
      try {
        await deliverMail(mail, requestId);
      } catch (error) {
        logFailedMail(mail, requestId, error, { id: job.id, attempt: job.retryCount + 1 });
        throw error;
      }
    },
    // Sent at once; again 30 s, 1, 2, 4, 8 min after each failure, then the dead letter.
    { retryLimit: 5, retryDelay: MAIL_RETRY_DELAY_SECONDS, retryBackoff: true, expireInSeconds: 120, concurrency: 2 },
  );

  queue.register<{ importJobId: string }>(
    JOBS.importRun,
    async ({ importJobId }) => {
      const job = await claimImportJob(deps.db, importJobId);
      if (job === "busy") {
        // Another import of this merchant runs: this one waits its turn.
        await queue.enqueue(JOBS.importRun, { importJobId }, { startAfter: IMPORT_BUSY_DELAY_SECONDS });
        return;
      }
      if (!job) return;
      importsInFlight++;
      try {
        const finished = await deps.threads().run(job);
        await tellUploader(finished).catch((error) =>
          console.error("[import] after the job:", error instanceof Error ? error.message : error),
        );
      } finally {
        importsInFlight--;
      }
    },
    // The import itself is all or nothing and never retried: a second attempt finds it ended.
    { retryLimit: 1, retryDelay: 5, expireInSeconds: 60 * 60, concurrency: env().IMPORT_CONCURRENCY },
  );

  queue.register(
    JOBS.importRecover,
    async () => {
      await recoverInterruptedImports(deps.db, { staleBefore: new Date(Date.now() - STALE_AFTER_MS) });
      for (const { id } of await staleQueuedImports(deps.db, new Date(Date.now() - REQUEUE_AFTER_MS))) {
        await queue.enqueue(JOBS.importRun, { importJobId: id });
      }
    },
    { expireInSeconds: 120 },
  );

  queue.register<RollupRebuildData>(
    JOBS.rollups,
    async ({ requestedBy, via }, job) => {
      await rebuildRollups(deps.db, {
        actorId: requestedBy ?? null,
        // A job queued before `via` existed carried only who pressed the button.
        via: via ?? (requestedBy ? "staff" : "schedule"),
        job: job.id,
      });
    },
    { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 * 60 },
  );

  queue.register(
    JOBS.reminders,
    async () => {
      await sendDueEventReminders(deps.db, new Date());
    },
    { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
  );

  queue.register(
    JOBS.retention,
    async (_data, job) => {
      // What the retention table says has passed its period (lib/privacy/retention.ts), audited with its
      // counts under the job's id, which /admin/jobs shows as the job's report.
      await pruneExpiredRecords(deps.db, new Date(), { jobId: job.id });
    },
    { retryLimit: 2, retryDelay: 300, retryBackoff: true, expireInSeconds: 30 * 60 },
  );
}

/** A rollup rebuild's job data: pressed by a staff member, or the nightly schedule's. */
export type RollupRebuildData = { via?: "staff" | "schedule"; requestedBy?: string };

/** Every night at 02:30 Asia/Shanghai, when nobody declares: the rollups recomputed from the declarations. */
export const ROLLUP_REBUILD_CRON = "30 2 * * *";

/** Schedules (Asia/Shanghai), set by the processes that run workers. */
export async function schedulePortalJobs(queue: JobQueue) {
  await queue.schedule(JOBS.importRecover, "* * * * *");
  await queue.schedule(JOBS.reminders, "*/15 * * * *");
  await queue.schedule(JOBS.retention, RETENTION_CRON);
  await queue.schedule(JOBS.rollups, ROLLUP_REBUILD_CRON, { via: "schedule" } satisfies RollupRebuildData);
}

const globalForJobs = globalThis as unknown as {
  cbecJobQueue?: Promise<JobQueue>;
  cbecImportThreads?: ImportThreads;
};

function importThreads(): ImportThreads {
  globalForJobs.cbecImportThreads ??= createImportThreads({
    databaseUrl: env().DATABASE_URL,
    concurrency: env().IMPORT_CONCURRENCY,
    db,
  });
  return globalForJobs.cbecImportThreads;
}

/**
 * The process's job queue, started on first use (instrumentation.ts starts
 * it at server start): with workers and schedules unless JOB_WORKERS=0 (a
 * web-only node, which only enqueues), or `workers` says otherwise (`npm run
 * jobs`).
 */
export function portalJobQueue(options: { workers?: boolean } = {}): Promise<JobQueue> {
  globalForJobs.cbecJobQueue ??= (async () => {
    const queue = createJobQueue(env().DATABASE_URL, db);
    registerPortalJobs(queue, { db, threads: importThreads });
    const workers = options.workers ?? env().JOB_WORKERS === "1";
    await queue.start({ workers });
    if (workers) await schedulePortalJobs(queue);
    return queue;
  })();
  globalForJobs.cbecJobQueue.catch(() => {
    globalForJobs.cbecJobQueue = undefined;
  });
  return globalForJobs.cbecJobQueue;
}

/** Stops the process's queue (waiting for running jobs) and its import threads. */
export async function stopPortalJobs(): Promise<void> {
  const queue = globalForJobs.cbecJobQueue;
  globalForJobs.cbecJobQueue = undefined;
  if (queue) await (await queue.catch(() => null))?.stop();
  await globalForJobs.cbecImportThreads?.close();
  globalForJobs.cbecImportThreads = undefined;
}
