import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { parseIssues } from "./report";
import { claimNextImportJob, enqueueImportJob, INTERRUPTED_ISSUE, MAX_OPEN_IMPORTS_PER_MERCHANT } from "./queue";
import { createWorkerPoolRunner } from "./runner";

const databaseUrl = process.env.DATABASE_URL!;
const db = createPrismaClient(databaseUrl);
afterAll(() => db.$disconnect());

type Uploader = { userId: string; merchantId: string };
let first: Uploader;
let second: Uploader;
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  first = { userId: owner.userId, merchantId: owner.merchantId };
  // Another approved merchant of the same park; its audit names the same uploader.
  const park = (await db.merchant.findUniqueOrThrow({ where: { id: owner.merchantId } })).parkId;
  const other = await db.merchant.findFirstOrThrow({
    where: { id: { not: owner.merchantId }, parkId: park, verificationStatus: "APPROVED" },
  });
  second = { userId: owner.userId, merchantId: other.id };
});

const HEADER = "SKU编码,中文名称,HS编码,单价,币种,重量（克）";
const file = (prefix: string, n: number) =>
  new Uint8Array(
    Buffer.from(
      [HEADER, ...Array.from({ length: n }, (_, i) => `${prefix}-${i},耳机${i},8518300000,1.00,CNY,60`)].join("\n"),
    ),
  );

const tryEnqueue = (who: Uploader, prefix: string, n: number) =>
  enqueueImportJob(db, {
    merchantId: who.merchantId,
    kind: SKU_IMPORT_KIND,
    fileName: `${prefix}.csv`,
    createdById: who.userId,
    payload: file(prefix, n),
  });
const enqueue = async (who: Uploader, prefix: string, n: number) => {
  const job = await tryEnqueue(who, prefix, n);
  if (!job) throw new Error("refused");
  return job;
};

const job = (id: string) => db.importJob.findUniqueOrThrow({ where: { id } });

describe("import runner (worker threads)", () => {
  it("runs queued imports in worker threads, one at a time per merchant, and lets the file go", async () => {
    const finished: string[] = [];
    const runner = createWorkerPoolRunner({
      databaseUrl,
      concurrency: 2,
      onFinished: (done) => void finished.push(done.id),
    });
    try {
      const a1 = await enqueue(first, "RUN-A1", 300);
      const a2 = await enqueue(first, "RUN-A2", 300);
      const b1 = await enqueue(second, "RUN-B1", 300);
      expect((await job(a1.id)).status).toBe("QUEUED");
      for (const j of [a1, a2, b1]) runner.enqueue(j);
      await runner.idle();

      const [ja1, ja2, jb1] = await Promise.all([a1, a2, b1].map((j) => job(j.id)));
      for (const j of [ja1, ja2, jb1]) expect(j).toMatchObject({ status: "DONE", writtenRows: 300, payload: null });
      // The merchant's second file started only once its first had ended.
      expect(ja2.startedAt!.getTime()).toBeGreaterThanOrEqual(ja1.finishedAt!.getTime());
      expect(await db.sku.count({ where: { merchantId: first.merchantId, code: { startsWith: "RUN-A" } } })).toBe(600);
      expect(await db.sku.count({ where: { merchantId: second.merchantId, code: { startsWith: "RUN-B" } } })).toBe(300);
      expect(finished.sort()).toEqual([a1.id, a2.id, b1.id].sort());
    } finally {
      await runner.close();
    }
  });

  it("on start, ends a job a dead process left running as failed, and runs the queued ones", async () => {
    const left = await enqueue(first, "DEAD", 10);
    // As a process that died mid-import leaves it: running, its heartbeat long stopped.
    await db.importJob.update({
      where: { id: left.id },
      data: {
        status: "WRITING",
        startedAt: new Date(Date.now() - 3_600_000),
        heartbeatAt: new Date(Date.now() - 3_600_000),
      },
    });
    const waiting = await enqueue(second, "WAITING", 5);

    const runner = createWorkerPoolRunner({ databaseUrl, concurrency: 1 });
    try {
      await runner.idle();
      const ended = await job(left.id);
      expect(ended).toMatchObject({ status: "FAILED", errorCount: 1, payload: null });
      expect(parseIssues(ended.errorReport)).toEqual([{ row: 0, column: "", message: INTERRUPTED_ISSUE }]);
      expect(await job(waiting.id)).toMatchObject({ status: "DONE", writtenRows: 5 });
      expect(await db.sku.count({ where: { code: { startsWith: "DEAD-" } } })).toBe(0);
    } finally {
      await runner.close();
    }
  });

  it("claims one job per merchant at a time: a merchant's second file waits while another merchant's goes first", async () => {
    const a1 = await enqueue(first, "CLAIM-A1", 1);
    const a2 = await enqueue(first, "CLAIM-A2", 1);
    const b1 = await enqueue(second, "CLAIM-B1", 1);
    expect(await claimNextImportJob(db)).toMatchObject({ id: a1.id });
    expect(await claimNextImportJob(db)).toMatchObject({ id: b1.id });
    expect(await claimNextImportJob(db)).toBeNull();
    expect((await job(a2.id)).status).toBe("QUEUED");
    await db.importJob.update({ where: { id: a1.id }, data: { status: "DONE", payload: null } });
    expect(await claimNextImportJob(db)).toMatchObject({ id: a2.id });
    await db.importJob.updateMany({ where: { id: { in: [a2.id, b1.id] } }, data: { status: "DONE", payload: null } });
  });
  it("refuses a merchant's upload while it has the most imports open, and takes another merchant's", async () => {
    const open = [];
    for (let i = 0; i < MAX_OPEN_IMPORTS_PER_MERCHANT; i++) open.push(await enqueue(first, `OPEN${i}`, 1));
    expect(await tryEnqueue(first, "ONE-TOO-MANY", 1)).toBeNull();
    expect(await db.importJob.count({ where: { fileName: "ONE-TOO-MANY.csv" } })).toBe(0);
    expect(await tryEnqueue(second, "OTHER", 1)).not.toBeNull();
    // Once one of them has ended, the merchant may upload again.
    await db.importJob.update({ where: { id: open[0].id }, data: { status: "DONE", payload: null } });
    expect(await tryEnqueue(first, "AFTER", 1)).not.toBeNull();
  });
});
