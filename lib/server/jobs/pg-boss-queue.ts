// Not server-only: `npm run jobs` and the tests run it outside Next.js.
import PgBoss from "pg-boss";
import {
  errorLine,
  SCHEDULE_TZ,
  type EnqueueOptions,
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type JobRow,
  type JobState,
} from "./types";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** pg-boss's own tables live in this schema of the portal's database, beside Prisma's (public). */
export const PG_BOSS_SCHEMA = "pgboss";

type Registered = { handler: JobHandler<unknown>; options: JobOptions };

type RawJob = {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  start_after: Date;
  error: string | null;
};

const COLUMNS = `id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, start_after,
  CASE WHEN state IN ('retry', 'failed') THEN output->>'message' END AS error`;
// pg-boss's internal queues (cron) are not the portal's jobs.
const OWN = `name NOT LIKE '\\_\\_pgboss%'`;

const toRow = (j: RawJob): JobRow => ({
  id: j.id,
  name: j.name,
  state: j.state,
  retryCount: j.retry_count,
  retryLimit: j.retry_limit,
  createdOn: j.created_on,
  startedOn: j.started_on,
  completedOn: j.completed_on,
  startAfter: j.start_after,
  lastError: j.error ? errorLine(j.error) : null,
});

/**
 * The job interface on pg-boss 10, in its own schema of the same database:
 * each registered name is a pg-boss queue carrying its retry limit, delay,
 * backoff and expiry; pg-boss's fetch (`FOR UPDATE SKIP LOCKED`) gives a job
 * to one worker only, across every process; a job that spends its retries
 * stays `failed` (the dead letter); pg-boss's cron inserts a schedule's job
 * once per slot across processes. A process started without workers only
 * enqueues, lists and retries (no polling, maintenance or cron).
 */
export function createPgBossJobQueue(
  connectionString: string,
  tuning: { pollingIntervalSeconds?: number; cronIntervalSeconds?: number } = {},
): JobQueue {
  const registered = new Map<string, Registered>();
  let boss: PgBoss | null = null;

  const started = () => {
    if (!boss) throw new Error("the job queue has not started");
    return boss;
  };
  const sql = async (text: string, values: unknown[]) => (await started().getDb().executeSql(text, values)).rows;

  return {
    backend: "pg-boss",
    register(name, handler, options = {}) {
      registered.set(name, { handler: handler as JobHandler<unknown>, options });
    },
    async start({ workers }) {
      const instance = new PgBoss({
        connectionString,
        schema: PG_BOSS_SCHEMA,
        application_name: workers ? "cbec-jobs" : "cbec-web",
        max: workers ? 4 : 2,
        supervise: workers,
        schedule: workers,
        ...(tuning.cronIntervalSeconds
          ? {
              cronMonitorIntervalSeconds: tuning.cronIntervalSeconds,
              cronWorkerIntervalSeconds: tuning.cronIntervalSeconds,
            }
          : {}),
      });
      instance.on("error", (error) => console.error("[jobs] pg-boss:", errorLine(error)));
      await instance.start();
      boss = instance;
      for (const [name, { options }] of registered) {
        const queue = {
          name,
          retryLimit: options.retryLimit ?? 0,
          retryDelay: options.retryDelay ?? 0,
          retryBackoff: options.retryBackoff ?? false,
          expireInSeconds: options.expireInSeconds ?? 15 * 60,
        };
        await instance.createQueue(name, queue);
        await instance.updateQueue(name, queue);
      }
      if (!workers) return;
      for (const [name, { handler, options }] of registered) {
        for (let i = 0; i < (options.concurrency ?? 1); i++) {
          await instance.work<unknown>(
            name,
            { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: tuning.pollingIntervalSeconds ?? 2 },
            async ([job]) => {
              await handler(job.data, { id: job.id, name, retryCount: job.retryCount });
            },
          );
        }
      }
    },
    async enqueue<T extends object>(name: string, data: T, opts: EnqueueOptions = {}) {
      if (!registered.has(name)) throw new Error(`no job named ${name} is registered`);
      const startAfter =
        opts.startAfter instanceof Date ? opts.startAfter : opts.startAfter ? Math.ceil(opts.startAfter) : undefined;
      const id = await started().send(name, data, startAfter === undefined ? {} : { startAfter });
      if (!id) throw new Error(`pg-boss refused a ${name} job`);
      return id;
    },
    async schedule(name, cron, data = {}) {
      if (!registered.has(name)) throw new Error(`no job named ${name} is registered`);
      await started().schedule(name, cron, data, { tz: SCHEDULE_TZ });
    },
    async list({ skip, take, state }) {
      const filter = state ? `AND state = $3::${PG_BOSS_SCHEMA}.job_state` : "";
      const params = state ? [take, skip, state] : [take, skip];
      const rows = (await sql(
        `SELECT ${COLUMNS} FROM ${PG_BOSS_SCHEMA}.job WHERE ${OWN} ${filter}
         ORDER BY created_on DESC, id DESC LIMIT $1 OFFSET $2`,
        params,
      )) as RawJob[];
      const [{ count }] = (await sql(
        `SELECT count(*)::int AS count FROM ${PG_BOSS_SCHEMA}.job WHERE ${OWN} ${state ? `AND state = $1::${PG_BOSS_SCHEMA}.job_state` : ""}`,
        state ? [state] : [],
      )) as { count: number }[];
      return { total: count, rows: rows.map(toRow) };
    },
    async get(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const rows = (await sql(`SELECT ${COLUMNS} FROM ${PG_BOSS_SCHEMA}.job WHERE id = $1::uuid AND ${OWN}`, [
        id,
      ])) as RawJob[];
      return rows[0] ? toRow(rows[0]) : null;
    },
    async retry(id) {
      const job = await this.get(id);
      if (job?.state !== "failed") return false;
      await started().retry(job.name, id);
      return true;
    },
    async schedules() {
      const rows = (await sql(
        `SELECT name, cron, timezone, data FROM ${PG_BOSS_SCHEMA}.schedule ORDER BY name`,
        [],
      )) as {
        name: string;
        cron: string;
        timezone: string | null;
        data: object | null;
      }[];
      return rows.map((r) => ({ name: r.name, cron: r.cron, timezone: r.timezone ?? "UTC", data: r.data ?? {} }));
    },
    async runUntilIdle({ timeoutMs = 60_000 } = {}) {
      const instance = started();
      const end = Date.now() + timeoutMs;
      const names = [...registered.keys()];
      for (;;) {
        let ran = false;
        for (const [name, { handler }] of registered) {
          const [job] = await instance.fetch<unknown>(name, { batchSize: 1, includeMetadata: true });
          if (!job) continue;
          ran = true;
          // As pg-boss's own workers settle a job: complete, or fail (retry after the backoff, or the dead letter).
          try {
            await handler(job.data, { id: job.id, name, retryCount: job.retryCount });
            await instance.complete(name, job.id);
          } catch (error) {
            await instance.fail(name, job.id, { message: errorLine(error) });
          }
        }
        if (ran) continue;
        const [{ busy }] = (await sql(
          `SELECT count(*)::int AS busy FROM ${PG_BOSS_SCHEMA}.job WHERE name = ANY($1::text[])
             AND (state = 'active' OR (state IN ('created', 'retry') AND start_after <= now()))`,
          [names],
        )) as { busy: number }[];
        if (busy === 0) return;
        if (Date.now() > end) throw new Error(`the job queue is still busy after ${timeoutMs} ms`);
        await pause(50);
      }
    },
    async stop() {
      const instance = boss;
      boss = null;
      await instance?.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
