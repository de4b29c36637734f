import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { createJobQueue, JOBS, registerPortalJobs } from "@/lib/server/jobs/portal-jobs";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { enqueueImportJob } from "./queue";
import { createImportThreads } from "./runner";

const databaseUrl = process.env.DATABASE_URL!;
const db = createPrismaClient(databaseUrl);
const threads = createImportThreads({ databaseUrl, concurrency: 2, db });
const queue = createJobQueue(databaseUrl, db);
registerPortalJobs(queue, { db, threads: () => threads });
afterAll(async () => {
  await queue.stop();
  await threads.close();
  await db.$disconnect();
});

let owner: { userId: string; merchantId: string };
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const m = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  owner = { userId: m.userId, merchantId: m.merchantId };
  await queue.start({ workers: true });
});

const HEADER = "SKU编码,中文名称,HS编码,单价,币种,重量（克）";
const csv = (prefix: string, n: number) =>
  new Uint8Array(
    Buffer.from(
      [HEADER, ...Array.from({ length: n }, (_, i) => `${prefix}-${i},耳机${i},8518300000,1.00,CNY,60`)].join("\n"),
    ),
  );

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("imports on the job queue", () => {
  it("runs each upload as an imports-run job in a worker thread, one at a time per merchant, and tells the uploader", async () => {
    const jobs: { id: string }[] = [];
    for (const name of ["JQ-A", "JQ-B"]) {
      const job = await enqueueImportJob(db, {
        merchantId: owner.merchantId,
        kind: SKU_IMPORT_KIND,
        fileName: `${name}.csv`,
        createdById: owner.userId,
        payload: csv(name, 400),
      });
      jobs.push(job!);
      await queue.enqueue(JOBS.importRun, { importJobId: job!.id });
    }
    const rows = () =>
      db.importJob.findMany({ where: { id: { in: jobs.map((j) => j.id) } }, orderBy: { fileName: "asc" } });
    const end = Date.now() + 40_000;
    while ((await rows()).some((r) => r.status !== "DONE") && Date.now() < end) await pause(100);

    const [a, b] = await rows();
    expect(a).toMatchObject({ status: "DONE", writtenRows: 400, payload: null });
    expect(b).toMatchObject({ status: "DONE", writtenRows: 400, payload: null });
    // Both were handed to workers at once; the merchant's second import waited for its first.
    const [first, second] = [a, b].sort((x, y) => x.startedAt!.getTime() - y.startedAt!.getTime());
    expect(second.startedAt!.getTime()).toBeGreaterThanOrEqual(first.finishedAt!.getTime());
    expect(await db.sku.count({ where: { merchantId: owner.merchantId, code: { startsWith: "JQ-" } } })).toBe(800);
    expect(
      await db.notification.count({
        where: { userId: owner.userId, kind: "sku_import_done", link: { contains: a.id } },
      }),
    ).toBe(1);
    // The jobs themselves completed (the busy one after waiting its turn). The queue marks a job completed
    // after its handler returns, which is after the import's row says DONE: wait for that too.
    const importRuns = async () =>
      (await queue.list({ skip: 0, take: 50 })).rows.filter((j) => j.name === JOBS.importRun);
    while ((await importRuns()).some((j) => j.state !== "completed") && Date.now() < end) await pause(100);
    const done = await importRuns();
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.map((j) => j.state)).toEqual(done.map(() => "completed"));
  });

  it("does nothing for an import that is not waiting any more (a second job for it finds it ended)", async () => {
    const [ended] = await db.importJob.findMany({ where: { fileName: "JQ-A.csv" } });
    const before = await db.sku.count();
    const id = await queue.enqueue(JOBS.importRun, { importJobId: ended.id });
    const end = Date.now() + 20_000;
    while ((await queue.get(id))?.state !== "completed" && Date.now() < end) await pause(100);
    expect(await queue.get(id)).toMatchObject({ state: "completed" });
    expect(await db.sku.count()).toBe(before);
  });
});
