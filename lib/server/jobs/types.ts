// Not server-only: `npm run jobs`, the tests and the import worker threads use it outside Next.js.

/** A job's state, named as pg-boss names them; `failed` is the dead letter: its retries are spent. */
export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
export const JOB_STATES: readonly JobState[] = ["created", "retry", "active", "completed", "cancelled", "failed"];

/** How a kind of job is run, fixed when it is registered (pg-boss keeps them on its queue). */
export type JobOptions = {
  /** Attempts after the first before the job is failed for good (the dead letter). */
  retryLimit?: number;
  /** Seconds before the first retry. */
  retryDelay?: number;
  /** Doubles the delay at each retry (exponential backoff). */
  retryBackoff?: boolean;
  /** A running job older than this is taken as lost (its process died): it is retried or failed. */
  expireInSeconds?: number;
  /** Jobs of this name one process runs at once. */
  concurrency?: number;
};

export type EnqueueOptions = {
  /** Not before this time (or this many seconds from now). */
  startAfter?: Date | number;
};

export type JobContext = { id: string; name: string; retryCount: number };
export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

/** A job as /admin/jobs shows it. */
export type JobRow = {
  id: string;
  name: string;
  state: JobState;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  startAfter: Date;
  lastError: string | null;
};

/**
 * The portal's one job interface, on pg-boss (PostgreSQL) or on the
 * BackgroundJob table (SQLite, in-process): register a handler per job name,
 * enqueue work, schedule names by cron. Every process registers the same
 * names (so enqueuing knows their options); only those started with workers
 * run them.
 */
export interface JobQueue {
  readonly backend: "pg-boss" | "sqlite";
  register<T>(name: string, handler: JobHandler<T>, options?: JobOptions): void;
  /** Creates the queues, and with `workers` runs the registered handlers and the schedules. */
  start(options: { workers: boolean }): Promise<void>;
  enqueue<T extends object>(name: string, data: T, options?: EnqueueOptions): Promise<string>;
  /** Runs `name` at every time the cron expression (5 fields, Asia/Shanghai) names, once across processes. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  list(query: { skip: number; take: number; state?: JobState }): Promise<{ total: number; rows: JobRow[] }>;
  get(id: string): Promise<JobRow | null>;
  /** Puts a failed (dead-letter) job back in the queue; false when there is no such job. */
  retry(id: string): Promise<boolean>;
  /** The schedules this process set, with the data each slot's job carries. */
  schedules(): Promise<JobSchedule[]>;
  /**
   * Runs, in this process and whether or not it was started with workers,
   * every registered job that is due, and waits for those other workers are
   * running, until none is due or running: the tests' way to let the queue
   * do its work (a job not yet due, such as a retry waiting out its delay, is
   * left waiting). Throws when the queue is still busy after `timeoutMs`.
   */
  runUntilIdle(options?: { timeoutMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

/** A schedule as the queue keeps it: the job's name, its cron expression (Asia/Shanghai) and its data. */
export type JobSchedule = { name: string; cron: string; timezone: string; data: object };

/** The time zone schedules are read in. */
export const SCHEDULE_TZ = "Asia/Shanghai";

/** The delay before retry number `retryCount + 1`, in seconds (pg-boss's rule, without its jitter). */
export function retryDelaySeconds(options: Pick<JobOptions, "retryDelay" | "retryBackoff">, retryCount: number) {
  const delay = options.retryDelay ?? 0;
  return options.retryBackoff ? delay * 2 ** Math.min(16, retryCount) : delay;
}

/** An error as one short line for the job's record: never a stack, at most 500 characters. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 500);
}
