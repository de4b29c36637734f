import "server-only";
import { defineList, paginate, type ListQuery } from "@/lib/paging";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { retentionReports } from "@/lib/server/privacy/retention-job";
import { JOBS, portalJobQueue, type RollupRebuildData } from "./portal-jobs";
import { JOB_STATES, type JobState } from "./types";

/** /admin/jobs: newest first, the one order (the queue pages by queue time). */
export const JOB_LIST = defineList({ columns: { created: "desc" }, sort: "created", dir: "desc" });

/** The state filter from the URL; anything else is every state. */
export function jobStateFilter(value: string | undefined): JobState | undefined {
  return JOB_STATES.find((s) => s === value);
}

const isStaff = (actor: Actor) => actor.role === "STAFF";

/** A page of every job of every process, for commission staff only (jobs name every merchant's imports). */
export async function listJobs(actor: Actor, query: ListQuery<"created">, state?: JobState) {
  if (!isStaff(actor)) throw new Error("listJobs: commission staff only");
  const queue = await portalJobQueue();
  const size = query.size;
  let page = await queue.list({ skip: (query.page - 1) * size, take: size, state });
  const paging = paginate(query.page, size, page.total);
  // A page past the end shows the last one.
  if (paging.skip !== (query.page - 1) * size) page = await queue.list({ skip: paging.skip, take: size, state });
  // What each retention job on the page deleted, from its audit report.
  const reports = await retentionReports(
    db,
    page.rows.filter((r) => r.name === JOBS.retention && r.state === "completed").map((r) => r.id),
  );
  return { paging: { ...paging, total: page.total }, rows: page.rows, backend: queue.backend, reports };
}

/** Puts a dead-letter job back in the queue, audited; false when the id names no such job. */
export async function retryJob(actor: Actor, id: string): Promise<boolean> {
  if (!isStaff(actor)) return false;
  const queue = await portalJobQueue();
  const job = await queue.get(id);
  if (job?.state !== "failed" || !(await queue.retry(id))) return false;
  await recordAudit(db, {
    actorId: actor.userId,
    action: "job.retry",
    entityType: "Job",
    entityId: id,
    details: { name: job.name, attempts: job.retryCount + 1, error: job.lastError },
  });
  return true;
}

/**
 * Queues a rebuild of every dashboard rollup (`npm run db:rollups` as a job);
 * the job audits the rebuild, in its transaction, in the staff member's name.
 */
export async function requestRollupRebuild(actor: Actor): Promise<string | null> {
  if (!isStaff(actor)) return null;
  const data: RollupRebuildData = { via: "staff", requestedBy: actor.userId };
  return (await portalJobQueue()).enqueue(JOBS.rollups, data);
}
