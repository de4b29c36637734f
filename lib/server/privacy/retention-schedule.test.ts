// The retention job in the job runner: scheduled every night at 03:30 in
// Shanghai, and its report (the counts per kind it deleted) on /admin/jobs.
// On SQLite and on PostgreSQL (pg-boss).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteJobQueue } from "@/lib/server/jobs/sqlite-queue";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { JOBS, portalJobQueue, registerPortalJobs, schedulePortalJobs } = await import("@/lib/server/jobs/portal-jobs");
const { JOB_LIST, listJobs } = await import("@/lib/server/jobs/admin-jobs");
const { parseListQuery } = await import("@/lib/paging");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

let staff = { userId: "", role: "STAFF" as const, merchantId: null, parkId: null };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  staff = { ...staff, userId: (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id };
});
afterAll(() => db.$disconnect());

const reportOf = (jobId: string) =>
  db.auditLog.findFirst({ where: { action: "retention.prune", entityType: "Retention", entityId: jobId } });

describe("the retention job", () => {
  it("runs by itself when the clock reaches 03:30 in Shanghai", async () => {
    // pg-boss's cron cannot be given a clock, so the schedules are set on the in-process engine (its
    // BackgroundJob table exists on PostgreSQL too) at a made-up instant: 19:30:20 UTC is 03:30:20 in Shanghai.
    const at = new Date("2026-12-01T19:30:20Z");
    const queue = createSqliteJobQueue(db, { now: () => at, pollMs: 60_000, sweepMs: 60_000 });
    registerPortalJobs(queue, {
      db,
      threads: () => {
        throw new Error("no imports here");
      },
    });
    await queue.start({ workers: true });
    await schedulePortalJobs(queue);
    await queue.runUntilIdle();
    await queue.stop();
    const job = await db.backgroundJob.findFirstOrThrow({
      where: { name: JOBS.retention, scheduleSlot: `${JOBS.retention}@2026-12-01T19:30:00.000Z` },
    });
    expect(job.state).toBe("completed");
    expect(await reportOf(job.id)).not.toBeNull();
  });

  it("shows on /admin/jobs what it deleted", async () => {
    // An ended session and an expired invitation for it to find.
    const user = await db.user.findUniqueOrThrow({
      where: { email: "merchant@example.com" },
      include: { membership: true },
    });
    const long = new Date("2020-01-01T00:00:00Z");
    await db.session.create({ data: { userId: user.id, createdAt: long, lastSeenAt: long, expiresAt: long } });
    await db.invitation.create({
      data: {
        merchantId: user.membership!.merchantId,
        email: "old@example.com",
        tokenHash: "old-invite",
        expiresAt: long,
      },
    });

    const id = await (await portalJobQueue()).enqueue(JOBS.retention, {});
    await runQueuedJobs();
    const list = await listJobs(staff, parseListQuery(JOB_LIST, {}));
    const row = list.rows.find((r) => r.id === id);
    expect(row?.state).toBe("completed");
    expect(list.reports.get(id)).toMatchObject({ sessions: 1, invitations: 1, passwordTokens: 0 });
  });
});
