// Jobs in tests: a job in the dead letter, for tests of /admin/jobs and its
// retry action (a reminders job that spent its retries, written where the
// process's job queue keeps its jobs: BackgroundJob on SQLite, pg-boss's
// table on PostgreSQL), and running the queue until it is idle. Import it
// after setting SMTP_URL: it loads the database client, which reads the
// environment once.
import type { Db } from "@/lib/db/create-client";
import { JOBS, portalJobQueue } from "@/lib/server/jobs/portal-jobs";
import { PG_BOSS_SCHEMA } from "@/lib/server/jobs/pg-boss-queue";

/** A reminders job that spent its retries. */
export async function deadLetterJob(db: Db): Promise<{ id: string; state: () => Promise<string | undefined> }> {
  const queue = await portalJobQueue();
  let id: string;
  if (queue.backend === "sqlite") {
    const job = await db.backgroundJob.create({
      data: { name: JOBS.reminders, data: "{}", state: "failed", lastError: "SMTP down", completedOn: new Date() },
    });
    id = job.id;
  } else {
    const [row] = await db.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO ${PG_BOSS_SCHEMA}.job (name, data, state, retry_limit, output, completed_on, policy)
       VALUES ($1, '{}'::jsonb, 'failed', 0, '{"message":"SMTP down"}'::jsonb, now(), 'standard') RETURNING id::text`,
      JOBS.reminders,
    );
    id = row.id;
  }
  return { id, state: async () => (await queue.get(id))?.state };
}

/**
 * Lets the process's job queue run every job that is due, as a worker would,
 * and waits until none is due or running: a mail a request queued is then in
 * the SMTP sink. A job waiting out a retry delay stays queued (makeJobDue).
 */
export async function runQueuedJobs(): Promise<void> {
  await (await portalJobQueue()).runUntilIdle();
}

/** Makes a job that waits (a retry's backoff) due now, as if its delay had passed. */
export async function makeJobDue(db: Db, id: string): Promise<void> {
  const queue = await portalJobQueue();
  if (queue.backend === "sqlite") {
    await db.backgroundJob.update({ where: { id }, data: { startAfter: new Date() } });
  } else {
    await db.$executeRawUnsafe(`UPDATE ${PG_BOSS_SCHEMA}.job SET start_after = now() WHERE id = $1::uuid`, id);
  }
}
