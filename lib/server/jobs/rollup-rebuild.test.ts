// The dashboard rollups are rebuilt every night by a scheduled job, and when
// staff press the button on /admin/jobs; each rebuild writes an audit entry
// in its own transaction. On SQLite and on PostgreSQL (pg-boss).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteJobQueue } from "./sqlite-queue";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { aggregateDeclarations, storedRollups } = await import("@/lib/server/declarations/rebuild-rollups");
const { JOBS, portalJobQueue, registerPortalJobs, ROLLUP_REBUILD_CRON, schedulePortalJobs } =
  await import("./portal-jobs");
const { requestRollupRebuild } = await import("./admin-jobs");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

let staffId = "";
let operator = { userId: "", role: "PARK_OPERATOR" as const, merchantId: null, parkId: null as string | null };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
  const op = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  operator = { ...operator, userId: op.id, parkId: op.parkId };
});
afterAll(() => db.$disconnect());

/**
 * Declarations written straight into the table, as a bulk load or a repair
 * might: the rollups do not count them until they are rebuilt.
 */
async function declarationsBehindTheRollups(n: number) {
  const merchant = await db.merchant.findFirstOrThrow({ where: { verificationStatus: "APPROVED" } });
  await db.declaration.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      merchantId: merchant.id,
      declaredOn: new Date(Date.UTC(2025, 4, 1 + i)),
      month: "2025-05",
      customsMode: i % 2 ? "9610" : "9710",
      direction: "EXPORT" as const,
      country: i % 3 ? "US" : "DE",
      valueMinor: BigInt(10_000 * (i + 1)),
      currency: "CNY",
      valueFen: BigInt(10_000 * (i + 1)),
    })),
  });
  expect(await storedRollups(db)).not.toEqual(await aggregateDeclarations(db));
}

const rebuildEntries = () => db.auditLog.findMany({ where: { action: "rollups.rebuild" }, orderBy: { id: "asc" } });

describe("the rollup rebuild", () => {
  it("is scheduled every night at 02:30 Asia/Shanghai, and the scheduled job rebuilds the rollups, audited", async () => {
    // A process with workers sets the portal's schedules (instrumentation.ts, npm run jobs).
    const queue = await portalJobQueue({ workers: true });
    const schedule = (await queue.schedules()).find((s) => s.name === JOBS.rollups);
    expect(schedule).toEqual({
      name: JOBS.rollups,
      cron: "30 2 * * *",
      timezone: "Asia/Shanghai",
      data: { via: "schedule" },
    });
    expect(ROLLUP_REBUILD_CRON).toBe(schedule!.cron);

    // The job the schedule queues at its slot: the same name and data.
    await declarationsBehindTheRollups(6);
    const before = (await rebuildEntries()).length;
    const id = await queue.enqueue(schedule!.name, schedule!.data);
    await runQueuedJobs();
    expect(await queue.get(id)).toMatchObject({ state: "completed" });
    const stored = await storedRollups(db);
    expect(stored.DeclarationRollup.length).toBeGreaterThan(0);
    expect(stored).toEqual(await aggregateDeclarations(db));

    const entries = await rebuildEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ actorId: null, entityType: "Rollups", entityId: "all" });
    expect(JSON.parse(entries.at(-1)!.details)).toMatchObject({ via: "schedule", job: id, rows: expect.any(Number) });
    // /admin/jobs lists it.
    expect((await queue.list({ skip: 0, take: 50 })).rows.map((j) => j.id)).toContain(id);
  });

  it("pressed by staff is queued and audited in their name; a park operator queues nothing", async () => {
    const staff = { userId: staffId, role: "STAFF" as const, merchantId: null, parkId: null };
    await declarationsBehindTheRollups(3);
    const before = (await rebuildEntries()).length;
    expect(await requestRollupRebuild(operator)).toBeNull();
    const id = await requestRollupRebuild(staff);
    expect(id).toBeTruthy();
    await runQueuedJobs();
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
    const entries = await rebuildEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ actorId: staffId });
    expect(JSON.parse(entries.at(-1)!.details)).toMatchObject({ via: "staff", job: id });
  });

  it("runs by itself when the clock reaches 02:30 in Shanghai", async () => {
    // pg-boss's cron cannot be given a clock, so the portal's schedules are set on the in-process
    // engine (on PostgreSQL too: its BackgroundJob table is there) at a made-up instant.
    // 18:30:20 UTC is 02:30:20 the next day in Shanghai: the nightly slot is due.
    const at = new Date("2026-12-01T18:30:20Z");
    const queue = createSqliteJobQueue(db, { now: () => at, pollMs: 60_000, sweepMs: 60_000 });
    registerPortalJobs(queue, {
      db,
      threads: () => {
        throw new Error("no imports here");
      },
    });
    await declarationsBehindTheRollups(2);
    await queue.start({ workers: true });
    await schedulePortalJobs(queue);
    await queue.runUntilIdle();
    await queue.stop();
    const job = await db.backgroundJob.findFirstOrThrow({
      where: { name: JOBS.rollups, scheduleSlot: `${JOBS.rollups}@2026-12-01T18:30:00.000Z` },
    });
    expect(job.state).toBe("completed");
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
    expect(JSON.parse((await rebuildEntries()).at(-1)!.details)).toMatchObject({ via: "schedule", job: job.id });
  });
});
