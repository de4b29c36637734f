// Not server-only: the import worker threads, the bench and the tests run this outside Next.js.
import type { Db, DbOrTx } from "@/lib/db/create-client";
import type { ImportOutcome } from "./run-import";
import { failImport } from "./run-import";
import { serializeIssues } from "./report";

/** A job is running while it is in one of these; QUEUED waits, DONE and FAILED have ended. */
export const RUNNING_STATUSES = ["VALIDATING", "WRITING"] as const;

/** A running job's process touches its heartbeat this often ... */
export const HEARTBEAT_MS = 15_000;
/** ... so one whose heartbeat is older than this was interrupted (its process died; its transaction rolled back). */
export const STALE_AFTER_MS = 2 * 60_000;

/** The issue a job interrupted by a restart or a crash ends with. */
export const INTERRUPTED_ISSUE = "importQueue.interrupted";

export type QueuedJob = { id: string; merchantId: string; kind: string };

/** Imports of one merchant that may wait or run at once; another upload is refused until one ends. */
export const MAX_OPEN_IMPORTS_PER_MERCHANT = 3;

/**
 * Puts an upload in the queue as a row: the file waits on it, so the job
 * survives a restart and whichever process claims it can run it. Returns
 * null, queuing nothing, when the merchant has MAX_OPEN_IMPORTS_PER_MERCHANT
 * imports waiting or running already: files wait in the database, so no
 * merchant can fill it with queued uploads.
 */
export async function enqueueImportJob(
  db: DbOrTx,
  input: { merchantId: string; kind: string; fileName: string; createdById: string | null; payload: Uint8Array },
): Promise<QueuedJob | null> {
  const open = await db.importJob.count({
    where: { merchantId: input.merchantId, status: { in: ["QUEUED", ...RUNNING_STATUSES] } },
  });
  if (open >= MAX_OPEN_IMPORTS_PER_MERCHANT) return null;
  return db.importJob.create({
    data: {
      merchantId: input.merchantId,
      kind: input.kind,
      fileName: input.fileName.slice(0, 200),
      createdById: input.createdById,
      status: "QUEUED",
      payload: new Uint8Array(input.payload),
    },
    select: { id: true, merchantId: true, kind: true },
  });
}

/**
 * Claims the oldest queued job of a merchant that has none running: one
 * import at a time per merchant. The claim is one conditional update, so
 * two claimers never both get a job; it returns null when nothing is ready.
 */
export async function claimNextImportJob(db: Db): Promise<QueuedJob | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const busy = await db.importJob.findMany({
      where: { status: { in: [...RUNNING_STATUSES] } },
      select: { merchantId: true },
    });
    const next = await db.importJob.findFirst({
      where: { status: "QUEUED", merchantId: { notIn: busy.map((b) => b.merchantId) } },
      orderBy: { createdAt: "asc" },
      select: { id: true, merchantId: true, kind: true },
    });
    if (!next) return null;
    const now = new Date();
    const claimed = await db.importJob.updateMany({
      where: {
        id: next.id,
        status: "QUEUED",
        merchant: { importJobs: { none: { status: { in: [...RUNNING_STATUSES] } } } },
      },
      data: { status: "VALIDATING", startedAt: now, heartbeatAt: now },
    });
    if (claimed.count === 1) return next;
  }
  return null;
}

/**
 * Claims one queued job for the job queue's handler: "busy" while another
 * import of its merchant runs (one at a time per merchant; the handler tries
 * again a little later), null when it is not waiting any more (it ran, or was
 * ended). One conditional update, as in claimNextImportJob.
 */
export async function claimImportJob(db: Db, id: string): Promise<QueuedJob | "busy" | null> {
  const now = new Date();
  const claimed = await db.importJob.updateMany({
    where: { id, status: "QUEUED", merchant: { importJobs: { none: { status: { in: [...RUNNING_STATUSES] } } } } },
    data: { status: "VALIDATING", startedAt: now, heartbeatAt: now },
  });
  const job = await db.importJob.findUnique({
    where: { id },
    select: { id: true, merchantId: true, kind: true, status: true },
  });
  if (!job) return null;
  const { status, ...queued } = job;
  if (claimed.count === 1) return queued;
  return status === "QUEUED" ? "busy" : null;
}

/** Imports waiting longer than this without running are queued again (their job may have been lost). */
export const REQUEUE_AFTER_MS = 5 * 60_000;

/** Queued imports older than `before`: the recovery job queues them again (a second claim finds nothing). */
export function staleQueuedImports(db: Db, before: Date) {
  return db.importJob.findMany({
    where: { status: "QUEUED", createdAt: { lt: before } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
}

/** Marks a running job as alive; a job that has ended is left alone. */
export async function touchImportJob(db: Db, id: string): Promise<void> {
  await db.importJob.updateMany({
    where: { id, status: { in: [...RUNNING_STATUSES] } },
    data: { heartbeatAt: new Date() },
  });
}

/**
 * Ends every running job whose heartbeat stopped before `staleBefore` as
 * failed, saying it was interrupted: its process died, so its transaction
 * rolled back and nothing of it was written. Jobs this process runs itself
 * (`exceptIds`) are skipped. Returns how many it ended.
 */
export async function recoverInterruptedImports(
  db: Db,
  { staleBefore, exceptIds = [] }: { staleBefore: Date; exceptIds?: readonly string[] },
): Promise<number> {
  const stale = {
    status: { in: [...RUNNING_STATUSES] },
    id: { notIn: [...exceptIds] },
    OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }],
  };
  // Read first: on SQLite a write waits for another connection's transaction, and there is usually nothing to do.
  const found = await db.importJob.findMany({ where: stale, select: { id: true } });
  let ended = 0;
  for (const { id } of found) {
    // Conditional: a job that ended or got a fresh heartbeat meanwhile is left as it is.
    const outcome = await db.importJob.updateMany({
      where: { ...stale, id },
      data: {
        status: "FAILED",
        writtenRows: 0,
        errorCount: 1,
        errorReport: serializeIssues([{ row: 0, column: "", message: INTERRUPTED_ISSUE }]),
        payload: null,
        finishedAt: new Date(),
      },
    });
    ended += outcome.count;
  }
  return ended;
}

/** Runs one kind of import from the uploaded bytes; each kind registers one. */
export type ImportHandler = (
  db: Db,
  job: { id: string; merchantId: string; createdById: string | null; bytes: Uint8Array },
) => Promise<ImportOutcome>;

export type FinishedJob = {
  id: string;
  merchantId: string;
  kind: string;
  fileName: string;
  createdById: string | null;
  outcome: ImportOutcome;
};

/**
 * Runs a claimed job to its end with the handler of its kind, and lets its
 * file go. Whatever goes wrong ends the job as failed, never as running.
 */
export async function runImportJob(
  db: Db,
  id: string,
  handlers: Readonly<Record<string, ImportHandler>>,
): Promise<FinishedJob> {
  const job = await db.importJob.findUniqueOrThrow({
    where: { id },
    select: { id: true, merchantId: true, kind: true, fileName: true, createdById: true, payload: true },
  });
  const { payload, ...about } = job;
  let outcome: ImportOutcome;
  try {
    const handler = handlers[job.kind];
    if (!handler || !payload) throw new Error(`no ${payload ? "handler" : "file"} for ${job.kind} job`);
    outcome = await handler(db, { ...about, bytes: new Uint8Array(payload) });
  } catch (error) {
    console.error(`[import] job ${id} stopped:`, error instanceof Error ? error.message : error);
    outcome = await failImport(db, id, [{ row: 0, column: "", message: "imports.issues.writeFailed" }]);
  }
  await db.importJob.update({ where: { id }, data: { payload: null } });
  return { ...about, outcome };
}
