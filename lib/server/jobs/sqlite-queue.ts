// Not server-only: `npm run jobs` and the tests run it outside Next.js.
import cronParser from "cron-parser";
import type { Db } from "@/lib/db/create-client";
import {
  errorLine,
  retryDelaySeconds,
  SCHEDULE_TZ,
  type EnqueueOptions,
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type JobRow,
  type JobState,
} from "./types";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Registered = { handler: JobHandler<unknown>; options: JobOptions; running: number };

const DEFAULT_EXPIRE_SECONDS = 15 * 60;
/** Completed jobs are kept this long for /admin/jobs, as pg-boss archives its own. */
const KEEP_COMPLETED_MS = 7 * 24 * 3_600_000;

const toRow = (job: {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  startAfter: Date;
  lastError: string | null;
}): JobRow => ({ ...job, state: job.state as JobState });

/**
 * The job interface on the BackgroundJob table, for SQLite: any process
 * sharing the file enqueues, and each one started with workers polls the
 * table. A job is claimed with one conditional update (created or retry to
 * active), so two workers, in one process or in two, never both run it. A
 * failed attempt is retried after its delay (doubled per retry with
 * retryBackoff) until retryLimit, then the job stays `failed`: the dead
 * letter, which /admin/jobs can put back in the queue. A job whose process
 * died is found by its age (expireInSeconds) and retried or failed the same
 * way. Schedules insert one job per cron slot under a unique key, so a slot
 * runs once however many processes schedule it.
 */
export function createSqliteJobQueue(
  db: Db,
  options: { pollMs?: number; sweepMs?: number; now?: () => Date } = {},
): JobQueue {
  const pollMs = options.pollMs ?? 1_000;
  const sweepMs = options.sweepMs ?? 15_000;
  const now = options.now ?? (() => new Date());
  const registered = new Map<string, Registered>();
  const schedules = new Map<string, { cron: string; data: object }>();
  let workers = false;
  let stopped = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  /** Takes one job of `name` that is due, or null. */
  async function claim(name: string): Promise<{ id: string; data: string; retryCount: number } | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const next = await db.backgroundJob.findFirst({
        where: { name, state: { in: ["created", "retry"] }, startAfter: { lte: now() } },
        orderBy: [{ createdOn: "asc" }, { id: "asc" }],
        select: { id: true, data: true, retryCount: true },
      });
      if (!next) return null;
      // The claim: only one worker's update finds it still waiting.
      const claimed = await db.backgroundJob.updateMany({
        where: { id: next.id, state: { in: ["created", "retry"] } },
        data: { state: "active", startedOn: now() },
      });
      if (claimed.count === 1) return next;
    }
    return null;
  }

  async function settle(id: string, error: unknown) {
    const job = await db.backgroundJob.findUnique({ where: { id } });
    if (!job || job.state !== "active") return;
    const lastError = errorLine(error);
    if (job.retryCount < job.retryLimit) {
      const delay = retryDelaySeconds(job, job.retryCount);
      await db.backgroundJob.updateMany({
        where: { id, state: "active" },
        data: {
          state: "retry",
          retryCount: job.retryCount + 1,
          startAfter: new Date(now().getTime() + delay * 1000),
          lastError,
        },
      });
    } else {
      await db.backgroundJob.updateMany({
        where: { id, state: "active" },
        data: { state: "failed", completedOn: now(), lastError },
      });
    }
  }

  async function run(name: string, entry: Registered, job: { id: string; data: string; retryCount: number }) {
    try {
      await entry.handler(JSON.parse(job.data), { id: job.id, name, retryCount: job.retryCount });
      await db.backgroundJob.updateMany({
        where: { id: job.id, state: "active" },
        data: { state: "completed", completedOn: now() },
      });
    } catch (error) {
      await settle(job.id, error).catch((e) => console.error("[jobs] could not record a failure:", errorLine(e)));
    }
  }

  async function poll() {
    if (stopped || !workers) return;
    for (const [name, entry] of registered) {
      while (!stopped && entry.running < (entry.options.concurrency ?? 1)) {
        let job;
        try {
          job = await claim(name);
        } catch (error) {
          console.error(`[jobs] could not claim a ${name} job:`, errorLine(error));
        }
        if (!job) break;
        entry.running++;
        const done = run(name, entry, job).finally(() => {
          entry.running--;
          inFlight.delete(done);
          kick();
        });
        inFlight.add(done);
      }
    }
  }

  let polling: Promise<void> | null = null;
  let again = false;
  /** Polls now (after an enqueue, or when a job ends); one poll at a time. */
  function kick() {
    if (stopped || !workers) return;
    if (polling) {
      again = true;
      return;
    }
    polling = poll().finally(() => {
      polling = null;
      if (again) {
        again = false;
        kick();
      }
    });
  }

  /** Lost jobs (their process died) are retried or failed; old completed ones go; due schedule slots are queued. */
  async function sweep() {
    const at = now();
    const active = await db.backgroundJob.findMany({
      where: { state: "active", startedOn: { not: null } },
      select: { id: true, startedOn: true, expireSeconds: true },
    });
    for (const job of active) {
      if (job.startedOn!.getTime() + job.expireSeconds * 1000 < at.getTime()) {
        await settle(job.id, new Error("expired: the job ran longer than its limit, or its process stopped"));
      }
    }
    await db.backgroundJob.deleteMany({
      where: { state: "completed", completedOn: { lt: new Date(at.getTime() - KEEP_COMPLETED_MS) } },
    });
    for (const [name, { cron, data }] of schedules) {
      const slot = cronParser.parseExpression(cron, { tz: SCHEDULE_TZ, currentDate: at }).prev().toDate();
      // As pg-boss: a slot is due for the minute after it, so a process down at that time skips it.
      if (at.getTime() - slot.getTime() >= 60_000) continue;
      try {
        await insert(name, data, {}, `${name}@${slot.toISOString()}`);
      } catch (error) {
        // Another process (or an earlier sweep) queued this slot already.
        if (!(error instanceof Error && "code" in error && error.code === "P2002")) throw error;
      }
    }
  }

  async function insert(name: string, data: object, opts: EnqueueOptions, scheduleSlot?: string) {
    const entry = registered.get(name);
    if (!entry) throw new Error(`no job named ${name} is registered`);
    const o = entry.options;
    const startAfter =
      opts.startAfter instanceof Date ? opts.startAfter : new Date(now().getTime() + (opts.startAfter ?? 0) * 1000);
    const job = await db.backgroundJob.create({
      data: {
        name,
        data: JSON.stringify(data),
        retryLimit: o.retryLimit ?? 0,
        retryDelay: o.retryDelay ?? 0,
        retryBackoff: o.retryBackoff ?? false,
        expireSeconds: o.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
        startAfter,
        scheduleSlot,
      },
      select: { id: true },
    });
    kick();
    return job.id;
  }

  const sweepSafely = () =>
    sweep()
      .catch((error) => console.error("[jobs] sweep:", errorLine(error)))
      .then(kick);

  return {
    backend: "sqlite",
    register(name, handler, jobOptions = {}) {
      registered.set(name, { handler: handler as JobHandler<unknown>, options: jobOptions, running: 0 });
    },
    async start({ workers: withWorkers }) {
      workers = withWorkers;
      if (!workers) return;
      await sweepSafely();
      pollTimer = setInterval(kick, pollMs);
      pollTimer.unref();
      sweepTimer = setInterval(() => void sweepSafely(), sweepMs);
      sweepTimer.unref();
    },
    enqueue: (name, data, opts = {}) => insert(name, data, opts),
    async schedule(name, cron, data = {}) {
      if (!registered.has(name)) throw new Error(`no job named ${name} is registered`);
      cronParser.parseExpression(cron, { tz: SCHEDULE_TZ });
      schedules.set(name, { cron, data });
      if (workers) await sweepSafely();
    },
    async list({ skip, take, state }) {
      const where = state ? { state } : {};
      const [total, rows] = await Promise.all([
        db.backgroundJob.count({ where }),
        db.backgroundJob.findMany({
          where,
          orderBy: [{ createdOn: "desc" }, { id: "desc" }],
          skip,
          take,
          omit: { data: true },
        }),
      ]);
      return { total, rows: rows.map(toRow) };
    },
    async get(id) {
      const job = await db.backgroundJob.findUnique({ where: { id }, omit: { data: true } });
      return job ? toRow(job) : null;
    },
    async retry(id) {
      const done = await db.backgroundJob.updateMany({
        where: { id, state: "failed" },
        data: { state: "created", retryCount: 0, startAfter: now(), startedOn: null, completedOn: null },
      });
      kick();
      return done.count === 1;
    },
    async schedules() {
      return [...schedules].map(([name, { cron, data }]) => ({ name, cron, timezone: SCHEDULE_TZ, data }));
    },
    async runUntilIdle({ timeoutMs = 60_000 } = {}) {
      const end = Date.now() + timeoutMs;
      const names = [...registered.keys()];
      for (;;) {
        let ran = false;
        for (const [name, entry] of registered) {
          const job = await claim(name);
          if (!job) continue;
          ran = true;
          await run(name, entry, job);
        }
        if (ran) continue;
        await Promise.all([...inFlight]);
        const busy = await db.backgroundJob.count({
          where: {
            name: { in: names },
            OR: [{ state: "active" }, { state: { in: ["created", "retry"] }, startAfter: { lte: now() } }],
          },
        });
        if (busy === 0) return;
        if (Date.now() > end) throw new Error(`the job queue is still busy after ${timeoutMs} ms`);
        await pause(50);
      }
    },
    async stop() {
      stopped = true;
      clearInterval(pollTimer);
      clearInterval(sweepTimer);
      await polling;
      await Promise.all([...inFlight]);
    },
  };
}
