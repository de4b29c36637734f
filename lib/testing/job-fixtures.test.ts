// A test file's job queue is a web node's (setup-db.ts sets JOB_WORKERS=0):
// a job runs when the test runs the queue, never on a worker's poll or a
// schedule's tick in the middle of another test's "nothing was written".
import { setTimeout as pause } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { JOBS, portalJobQueue } from "@/lib/server/jobs/portal-jobs";
import { runQueuedJobs } from "./job-fixtures";

describe("the job queue in a test file", () => {
  it("leaves a queued job waiting until the test runs the queue", async () => {
    const queue = await portalJobQueue();
    const id = await queue.enqueue(JOBS.reminders, {});
    // Longer than a worker's poll (1 s on SQLite, 2 s with pg-boss): a worker would have taken it.
    await pause(5_000);
    expect((await queue.get(id))?.state).toBe("created");
    await runQueuedJobs();
    expect((await queue.get(id))?.state).toBe("completed");
  });
});
