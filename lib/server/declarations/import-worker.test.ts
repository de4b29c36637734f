import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { parseIssues } from "@/lib/server/imports/report";
import { enqueueImportJob } from "@/lib/server/imports/queue";
import { createWorkerPoolRunner } from "@/lib/server/imports/runner";
import { DECLARATION_IMPORT_KIND } from "./import-declarations";
import { aggregateDeclarations, storedRollups } from "./rebuild-rollups";

// Declaration imports are queued jobs run by the import worker threads, as SKU imports are.
const databaseUrl = process.env.DATABASE_URL!;
const db = createPrismaClient(databaseUrl);
afterAll(() => db.$disconnect());

let uploader = { userId: "", merchantId: "" };
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await db.exchangeRate.create({ data: { month: "2025-03", currency: "USD", cnyPerUnitMicros: 7_200_000n } });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  uploader = { userId: owner.userId, merchantId: owner.merchantId };
});

const HEADER = "declared_on,customs_mode,direction,country,amount,currency,platform,hs_chapter,reference";
const rows = (prefix: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `2025-03-${String((i % 28) + 1).padStart(2, "0")},9610,EXPORT,US,10.00,USD,amazon,85,${prefix}-${i}`,
  );
const file = (lines: string[]) => new Uint8Array(Buffer.from([HEADER, ...lines].join("\n")));

async function enqueue(name: string, payload: Uint8Array) {
  const job = await enqueueImportJob(db, {
    merchantId: uploader.merchantId,
    kind: DECLARATION_IMPORT_KIND,
    fileName: name,
    createdById: uploader.userId,
    payload,
  });
  if (!job) throw new Error("refused");
  return job;
}

const declarations = (prefix: string) =>
  db.declaration.count({ where: { merchantId: uploader.merchantId, reference: { startsWith: prefix } } });

describe("declaration imports in the worker threads", () => {
  it("a queued file is written by a worker thread, with its rollups, and its file let go", async () => {
    const runner = createWorkerPoolRunner({ databaseUrl, concurrency: 2 });
    try {
      const job = await enqueue("good.csv", file(rows("WRK", 300)));
      // Queued, nothing written: the upload only stored the file.
      expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "QUEUED" });
      expect(await declarations("WRK-")).toBe(0);
      runner.enqueue(job);
      await runner.idle();
      expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
        status: "DONE",
        totalRows: 300,
        writtenRows: 300,
        errorCount: 0,
        payload: null,
      });
      expect(await declarations("WRK-")).toBe(300);
      expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
      expect(await db.auditLog.count({ where: { action: "declaration.import", entityId: job.id } })).toBe(1);
    } finally {
      await runner.close();
    }
  });

  it("is all or nothing: bad rows among 300 fail the job with its report and write no row or rollup", async () => {
    const runner = createWorkerPoolRunner({ databaseUrl, concurrency: 2 });
    try {
      const lines = rows("BAD", 300);
      // Row 11 of the file (the header is row 1): a currency without a rate for the month.
      lines[9] = lines[9].replace(",USD,", ",EUR,");
      // Row 151: a currency that does not exist.
      lines[149] = lines[149].replace(",USD,", ",ZZZ,");
      // Row 301, the last: a reference already declared by the first test.
      lines[299] = lines[299].replace("BAD-299", "WRK-0");
      const before = { rollups: await storedRollups(db), count: await db.declaration.count() };
      const job = await enqueue("bad.csv", file(lines));
      runner.enqueue(job);
      await runner.idle();
      const ended = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
      expect(ended).toMatchObject({ status: "FAILED", writtenRows: 0, errorCount: 3, payload: null });
      expect(parseIssues(ended.errorReport)).toEqual([
        {
          row: 11,
          column: "currency",
          message: "dataValidation.noRate",
          value: "EUR",
          params: { currency: "EUR", month: "2025-03" },
        },
        { row: 151, column: "currency", message: "dataValidation.currency", value: "ZZZ" },
        { row: 301, column: "reference", message: "dataValidation.duplicateReference", value: "WRK-0" },
      ]);
      expect(await declarations("BAD-")).toBe(0);
      expect(await db.declaration.count()).toBe(before.count);
      expect(await storedRollups(db)).toEqual(before.rollups);
      expect(await db.auditLog.count({ where: { action: "declaration.import_failed", entityId: job.id } })).toBe(1);
    } finally {
      await runner.close();
    }
  });
});
