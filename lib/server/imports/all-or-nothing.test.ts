import { spawn } from "node:child_process";
import { once } from "node:events";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { providerOf } from "@/lib/db/provider";
import { seedDemo } from "@/lib/seed/demo";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { parseIssues } from "./report";
import { claimNextImportJob, enqueueImportJob, INTERRUPTED_ISSUE, recoverInterruptedImports } from "./queue";

const databaseUrl = process.env.DATABASE_URL!;
const db = createPrismaClient(databaseUrl);
afterAll(() => db.$disconnect());

let actor: { userId: string; merchantId: string };
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  actor = { userId: owner.userId, merchantId: owner.merchantId };
});

const ROWS = 30_000;
const HEADER = "SKU编码,中文名称,HS编码,单价,币种,重量（克）,目标市场,销售平台,库存";
const file = () =>
  new Uint8Array(
    Buffer.from(
      [
        HEADER,
        ...Array.from(
          { length: ROWS },
          (_, i) => `KILL-${i},耳机${i},8518300000,1.00,CNY,60,US;DE,amazon,XIYONG-B1:3;XIYONG-G1:2`,
        ),
      ].join("\n"),
    ),
  );

const counts = async () => ({
  skus: await db.sku.count(),
  markets: await db.skuMarket.count(),
  platforms: await db.skuPlatform.count(),
  stocks: await db.skuStock.count(),
  changes: await db.stockChange.count(),
  audits: await db.auditLog.count(),
});

/** True while another connection holds SQLite's write lock, that is, while the import's transaction is open. */
function sqliteWriterActive(): boolean {
  const probe = new Database(databaseUrl.replace(/^file:/, ""), { timeout: 0 });
  try {
    probe.exec("BEGIN IMMEDIATE");
    probe.exec("ROLLBACK");
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("an import killed while it writes", () => {
  it("leaves the database as it was, and the recovery ends the job as interrupted", async () => {
    const queued = await enqueueImportJob(db, {
      merchantId: actor.merchantId,
      kind: SKU_IMPORT_KIND,
      fileName: "kill.csv",
      createdById: actor.userId,
      payload: file(),
    });
    expect(await claimNextImportJob(db)).toMatchObject({ id: queued!.id });
    const before = await counts();

    const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/import-child.ts", queued!.id], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "inherit",
    });
    const exited = once(child, "exit");
    // In the write: on PostgreSQL its progress shows rows written inside the
    // open transaction; on SQLite the job says WRITING and the child holds
    // the write lock (or, were the write not one transaction, rows appear).
    const sqlite = providerOf(db) === "sqlite";
    let inWrite = 0;
    while (inWrite < 3) {
      expect(child.exitCode, "the import ended before it could be killed").toBeNull();
      const job = await db.importJob.findUniqueOrThrow({ where: { id: queued!.id } });
      const rowsVisible = (await db.sku.count()) > before.skus;
      const writing =
        job.status === "WRITING" && (rowsVisible || (sqlite ? sqliteWriterActive() : job.writtenRows > 0));
      inWrite = writing ? inWrite + 1 : 0;
      await pause(50);
    }
    child.kill("SIGKILL");
    await exited;

    expect(await counts()).toEqual(before);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: queued!.id } })).toMatchObject({ status: "WRITING" });

    // The recovery step (a runner's start) finds its heartbeat stopped.
    expect(await recoverInterruptedImports(db, { staleBefore: new Date(Date.now() + 1_000) })).toBe(1);
    const ended = await db.importJob.findUniqueOrThrow({ where: { id: queued!.id } });
    expect(ended).toMatchObject({ status: "FAILED", payload: null, writtenRows: 0 });
    expect(parseIssues(ended.errorReport)).toEqual([{ row: 0, column: "", message: INTERRUPTED_ISSUE }]);
    expect(await counts()).toEqual(before);
  });
});
