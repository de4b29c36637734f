import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, isPostgresUrl, type Db } from "@/lib/db/create-client";
import { createPgBossJobQueue } from "./pg-boss-queue";
import { createSqliteJobQueue } from "./sqlite-queue";
import type { JobQueue, JobRow } from "./types";

// Each queue stands for a process: its own database connection (and, on
// PostgreSQL, its own pg-boss with its own pool).
const databaseUrl = process.env.DATABASE_URL!;
const postgres = isPostgresUrl(databaseUrl);
const clients: Db[] = [];
const queues: JobQueue[] = [];
afterAll(async () => {
  for (const q of queues) await q.stop();
  for (const c of clients) await c.$disconnect();
});

function newQueue(): JobQueue {
  const db = createPrismaClient(databaseUrl);
  clients.push(db);
  const queue = postgres
    ? createPgBossJobQueue(databaseUrl, { pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1 })
    : createSqliteJobQueue(db, { pollMs: 100, sweepMs: 500 });
  queues.push(queue);
  return queue;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 40_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await pause(100);
  }
}
const ended = (job: JobRow | null) => job?.state === "completed" || job?.state === "failed";

describe(`the job queue on ${postgres ? "pg-boss (PostgreSQL)" : "the BackgroundJob table (SQLite)"}`, () => {
  it("retries a failing job after a delay that doubles, then records its success", async () => {
    const queue = newQueue();
    const attempts: number[] = [];
    queue.register<{ n: number }>(
      "test-flaky",
      async (data, job) => {
        attempts.push(Date.now());
        expect(data).toEqual({ n: 7 });
        if (job.retryCount < 2) throw new Error(`SMTP refused, attempt ${job.retryCount + 1}`);
      },
      { retryLimit: 3, retryDelay: 1, retryBackoff: true },
    );
    await queue.start({ workers: true });
    const id = await queue.enqueue("test-flaky", { n: 7 });

    const job = await until(() => queue.get(id), ended);
    expect(job).toMatchObject({ state: "completed", retryCount: 2, retryLimit: 3 });
    expect(attempts).toHaveLength(3);
    // The first retry waits the delay (1 s), the second twice as long.
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(900);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(1_900);
  });

  it("moves a job that spends its retries to the dead letter with its error, and runs it again on retry", async () => {
    const queue = newQueue();
    let healthy = false;
    let runs = 0;
    queue.register(
      "test-broken",
      async () => {
        runs++;
        if (!healthy) throw new Error("connect ECONNREFUSED 127.0.0.1:1");
      },
      { retryLimit: 2, retryDelay: 0 },
    );
    await queue.start({ workers: true });
    const id = await queue.enqueue("test-broken", {});

    const dead = await until(() => queue.get(id), ended);
    expect(dead).toMatchObject({ state: "failed", retryCount: 2 });
    expect(dead!.lastError).toContain("ECONNREFUSED");
    expect(runs).toBe(3);
    expect((await queue.list({ skip: 0, take: 20, state: "failed" })).rows.map((j) => j.id)).toContain(id);
    await pause(1_000);
    expect(runs).toBe(3);

    healthy = true;
    expect(await queue.retry(id)).toBe(true);
    expect(
      await until(
        () => queue.get(id),
        (j) => j?.state === "completed",
      ),
    ).toMatchObject({ state: "completed" });
    expect(runs).toBe(4);
    // Only a dead-letter job can be retried.
    expect(await queue.retry(id)).toBe(false);
  });

  it("runs each job exactly once while two workers with their own connections compete for them", async () => {
    const runs = new Map<string, string[]>();
    const handler = (worker: string) => async (data: { i: number }) => {
      runs.set(String(data.i), [...(runs.get(String(data.i)) ?? []), worker]);
      await pause(20);
    };
    const producer = newQueue();
    const one = newQueue();
    const two = newQueue();
    producer.register("test-once", handler("producer"));
    one.register("test-once", handler("one"), { concurrency: 3 });
    two.register("test-once", handler("two"), { concurrency: 3 });
    // The producer only enqueues, as a web node with JOB_WORKERS=0 does.
    await producer.start({ workers: false });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await producer.enqueue("test-once", { i }));
    // Both start at once on a full queue, so their claims race.
    await Promise.all([one.start({ workers: true }), two.start({ workers: true })]);
    await until(
      async () => Promise.all(ids.map((id) => producer.get(id))),
      (jobs) => jobs.every((j) => j?.state === "completed"),
    );
    expect([...runs.keys()].sort()).toEqual(Array.from({ length: 30 }, (_, i) => String(i)).sort());
    for (const [, workers] of runs) expect(workers).toHaveLength(1);
    expect([...runs.values()].flat()).not.toContain("producer");
  });

  it("runs a scheduled job once per slot, however many processes schedule it", async () => {
    // A daily slot at this very minute (Asia/Shanghai, UTC+8): due now, and not again today.
    if (new Date().getUTCSeconds() > 45) await pause((61 - new Date().getUTCSeconds()) * 1000);
    const now = new Date();
    const cron = `${now.getUTCMinutes()} ${(now.getUTCHours() + 8) % 24} * * *`;
    let runs = 0;
    const a = newQueue();
    const b = newQueue();
    for (const q of [a, b]) {
      q.register("test-daily", async (data) => {
        expect(data).toEqual({ from: "cron" });
        runs++;
      });
      await q.start({ workers: true });
      await q.schedule("test-daily", cron, { from: "cron" });
    }
    await until(
      async () => runs,
      (n) => n > 0,
    );
    // Both have had time to see the slot (and would have queued it again).
    await pause(3_000);
    const jobs = (await a.list({ skip: 0, take: 100 })).rows.filter((j) => j.name === "test-daily");
    expect(runs).toBe(1);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].state).toBe("completed");
  });
});
