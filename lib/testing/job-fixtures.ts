// A job in the dead letter, for tests of /admin/jobs and its retry action: a
// reminders job that spent its retries, written where the process's job queue
// keeps its jobs (BackgroundJob on SQLite, pg-boss's table on PostgreSQL).
import type { Db } from "@/lib/db/create-client";
import { JOBS, portalJobQueue } from "@/lib/server/jobs/portal-jobs";
import { PG_BOSS_SCHEMA } from "@/lib/server/jobs/pg-boss-queue";

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
