// Not server-only: the job queue's scheduled slot calls it from `npm run jobs` too.
import type { Db } from "@/lib/db/create-client";

/**
 * Sends the reminders of events starting soon that are due at `now`, each
 * once, and returns how many went out. The job queue calls it every 15
 * minutes (`events-reminders` in lib/server/jobs/portal-jobs.ts).
 *
 * The hook only: helper I (event reminders) writes the body. Until then no
 * reminder is due, so nothing is sent.
 */
export async function sendDueEventReminders(db: Db, now: Date): Promise<number> {
  void db;
  void now;
  return 0;
}
