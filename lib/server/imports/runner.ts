// Not server-only: the bench and the tests start a runner outside Next.js too.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import {
  INTERRUPTED_ISSUE,
  recoverInterruptedImports,
  STALE_AFTER_MS,
  type FinishedJob,
  type QueuedJob,
} from "./queue";
import { failImport } from "./run-import";

/**
 * What the portal needs of whatever runs imports: the job is a QUEUED row
 * already (enqueueImportJob); `enqueue` makes it run some time later. This is
 * the seam where a job queue such as pg-boss can take over from the worker
 * threads below.
 */
export interface ImportRunner {
  enqueue(job: QueuedJob): void | Promise<void>;
  /** Resolves once nothing is queued or running here (tests, the bench, shutting down). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export type WorkerRequest = { type: "claim" } | { type: "run"; job: QueuedJob };
export type WorkerReply =
  { type: "idle" } | { type: "started"; job: QueuedJob } | { type: "finished"; job: FinishedJob };

/** The worker thread's entry: plain JavaScript next to this file, outside the Next.js bundle. */
const WORKER_ENTRY = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/server/imports/worker-entry.mjs");
/** How often the runner looks for jobs left by a dead process or queued by another one. */
const SWEEP_MS = 60_000;

type Slot = { worker: Worker; job: QueuedJob | null; claiming: boolean };

/**
 * Runs imports in at most `concurrency` worker threads, each with its own
 * database connection: parsing, validation and the write happen there, so the
 * server's event loop stays free. Workers claim jobs one at a time (never two
 * of one merchant at once, see claimNextImportJob). On start and every
 * minute it ends jobs whose process died (recoverInterruptedImports) and
 * picks up queued ones, so nothing stays "running" after a restart.
 */
export function createWorkerPoolRunner(options: {
  databaseUrl: string;
  concurrency: number;
  /** Told when a job ends, in the server's thread (to notify the uploader). */
  onFinished?: (job: FinishedJob) => Promise<void> | void;
  /** The connection the runner's own bookkeeping uses; one is created when not given. */
  db?: Db;
}): ImportRunner {
  const db = options.db ?? createPrismaClient(options.databaseUrl);
  const slots: Slot[] = [];
  let wanted = true;
  let closed = false;
  // Nothing is claimed before the first recovery has run.
  let ready = false;
  let waiters: (() => void)[] = [];

  const running = () => slots.filter((s) => s.job).map((s) => s.job!.id);
  const busy = () => slots.some((s) => s.job || s.claiming);

  function settle() {
    if (wanted || busy()) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  }

  function spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY, { workerData: { databaseUrl: options.databaseUrl } });
    worker.unref();
    const slot: Slot = { worker, job: null, claiming: false };
    worker.on("message", (message: WorkerReply) => {
      if (message.type === "started") {
        slot.claiming = false;
        slot.job = message.job;
        worker.ref();
      } else if (message.type === "finished") {
        slot.job = null;
        worker.unref();
        wanted = true;
        void Promise.resolve(options.onFinished?.(message.job)).catch((error) =>
          console.error("[import] after the job:", error instanceof Error ? error.message : error),
        );
      } else {
        slot.claiming = false;
        wanted = false;
      }
      pump();
    });
    const lost = (error?: unknown) => {
      const job = slot.job;
      slots.splice(slots.indexOf(slot), 1);
      if (error) console.error("[import] worker stopped:", error instanceof Error ? error.message : error);
      if (job) {
        void failImport(db, job.id, [{ row: 0, column: "", message: INTERRUPTED_ISSUE }]).catch(() => undefined);
      }
      if (!closed) {
        wanted = true;
        pump();
      }
    };
    worker.on("error", lost);
    worker.on("exit", (code) => {
      if (slots.includes(slot)) lost(code && !closed ? new Error(`exit code ${code}`) : undefined);
    });
    slots.push(slot);
    return slot;
  }

  /** Lets one thread at a time claim, so two jobs of a merchant never start together here. */
  function pump() {
    if (!ready) return;
    if (closed) return settle();
    if (wanted && !slots.some((s) => s.claiming)) {
      const slot = slots.find((s) => !s.job) ?? (slots.length < options.concurrency ? spawn() : undefined);
      if (slot) {
        slot.claiming = true;
        slot.worker.postMessage({ type: "claim" } satisfies WorkerRequest);
      }
    }
    settle();
  }

  async function sweep() {
    try {
      await recoverInterruptedImports(db, {
        staleBefore: new Date(Date.now() - STALE_AFTER_MS),
        exceptIds: running(),
      });
    } catch (error) {
      console.error("[import] recovery:", error instanceof Error ? error.message : error);
    }
    ready = true;
    wanted = true;
    pump();
  }

  const timer = setInterval(() => void sweep(), SWEEP_MS);
  timer.unref();
  void sweep();

  return {
    enqueue() {
      wanted = true;
      pump();
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        pump();
      });
    },
    async close() {
      closed = true;
      ready = true;
      clearInterval(timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
      settle();
      if (!options.db) await db.$disconnect();
    },
  };
}

/** Worker threads that run the imports the job queue hands them (lib/server/jobs/portal-jobs.ts). */
export type ImportThreads = {
  /** Runs a claimed job in a free thread; a thread that dies ends the job as interrupted. */
  run(job: QueuedJob): Promise<FinishedJob>;
  close(): Promise<void>;
};

/**
 * Up to `concurrency` worker threads, each with its own database connection,
 * for the job queue's import handler: the queue decides when and where an
 * import runs, and the thread parses, checks and writes it off the event
 * loop, as createWorkerPoolRunner's do.
 */
export function createImportThreads(options: { databaseUrl: string; concurrency: number; db: Db }): ImportThreads {
  const idle: Worker[] = [];
  const busy = new Set<Worker>();
  const waiting: ((worker: Worker) => void)[] = [];

  function take(): Promise<Worker> {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (idle.length + busy.size < options.concurrency) {
      const worker = new Worker(WORKER_ENTRY, { workerData: { databaseUrl: options.databaseUrl } });
      worker.unref();
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function give(worker: Worker) {
    busy.delete(worker);
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  }

  return {
    async run(job) {
      const worker = await take();
      busy.add(worker);
      worker.ref();
      try {
        return await new Promise<FinishedJob>((resolve, reject) => {
          const lost = (reason: unknown) => {
            cleanup();
            console.error("[import] worker stopped:", reason instanceof Error ? reason.message : reason);
            reject(reason instanceof Error ? reason : new Error(String(reason)));
          };
          const onMessage = (message: WorkerReply) => {
            if (message.type !== "finished") return;
            cleanup();
            resolve(message.job);
          };
          const onExit = (code: number) => lost(new Error(`exit code ${code}`));
          function cleanup() {
            worker.off("message", onMessage);
            worker.off("error", lost);
            worker.off("exit", onExit);
          }
          worker.on("message", onMessage);
          worker.on("error", lost);
          worker.on("exit", onExit);
          worker.postMessage({ type: "run", job } satisfies WorkerRequest);
        });
      } catch (error) {
        busy.delete(worker);
        void worker.terminate();
        // A job waiting for a thread gets a new one in its place.
        const next = waiting.shift();
        if (next) void take().then(next);
        // Its transaction rolled back with the thread: nothing of it was written.
        await failImport(options.db, job.id, [{ row: 0, column: "", message: INTERRUPTED_ISSUE }]).catch(
          () => undefined,
        );
        throw error;
      } finally {
        if (busy.has(worker)) {
          worker.unref();
          give(worker);
        }
      }
    },
    async close() {
      await Promise.all([...idle, ...busy].map((w) => w.terminate()));
      idle.length = 0;
      busy.clear();
    },
  };
}
