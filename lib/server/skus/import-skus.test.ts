import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { createImportJob } from "@/lib/server/imports/jobs";
import { issuesToCsv, parseIssues } from "@/lib/server/imports/report";
import { processSkuImport, SKU_IMPORT_KIND } from "./import-skus";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let actor: { userId: string; merchantId: string };
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  actor = { userId: owner.userId, merchantId: owner.merchantId };
});

const ZH = "SKU编码,中文名称,英文名称,HS编码,原产国,单价,币种,重量（克）,目标市场,销售平台,库存,状态";
const EN =
  "SKU code,Name (Chinese),Name (English),HS code,Country of origin,Unit price,Currency,Weight (g),Target markets,Platforms,Stock,Status";
const row = (i: number, prefix = "IMP", stock = 10) =>
  `${prefix}-${String(i).padStart(5, "0")},"蓝牙耳机, 型号${i}",Earbuds ${i},8518300000,CN,129.00,CNY,60,US;DE,amazon;ebay,XIYONG-B1:${stock};XIYONG-G1:5,ACTIVE`;
const csv = (header: string, rows: string[]) => `${header}\r\n${rows.join("\r\n")}\r\n`;
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

async function runFile(bytes: Uint8Array, fileName = "skus.csv") {
  const job = await createImportJob(db, {
    merchantId: actor.merchantId,
    kind: SKU_IMPORT_KIND,
    fileName,
    createdById: actor.userId,
  });
  const outcome = await processSkuImport(db, { jobId: job.id, bytes, actor });
  return { outcome, job: await db.importJob.findUniqueOrThrow({ where: { id: job.id } }) };
}

const counts = async () => ({
  skus: await db.sku.count({ where: { merchantId: actor.merchantId } }),
  markets: await db.skuMarket.count(),
  stocks: await db.skuStock.count(),
  changes: await db.stockChange.count(),
  audits: await db.auditLog.count({ where: { action: "sku.import" } }),
});

describe("SKU CSV import", () => {
  it("writes nothing when row 40,000 of 40,001 is bad, and reports that row", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => row(i + 2));
    // Row 40,000 of the file (the header is row 1) has an HS code with letters.
    rows[39_998] = rows[39_998].replace("8518300000", "85183X0000");
    const before = await counts();
    const { outcome, job } = await runFile(utf8(csv(ZH, rows)));
    expect(outcome).toEqual({ ok: false, errorCount: 1 });
    expect(job).toMatchObject({
      status: "FAILED",
      totalRows: 40_000,
      validatedRows: 40_000,
      writtenRows: 0,
      errorCount: 1,
    });
    expect(parseIssues(job.errorReport)).toEqual([
      { row: 40_000, column: "HS编码", message: "dataQuality.hsCodeLength", value: "85183X0000" },
    ]);
    expect(await counts()).toEqual(before);
    // The report a user downloads reads in their language.
    const report = issuesToCsv(parseIssues(job.errorReport), "zh-CN");
    expect(report).toContain("行号,列,问题,内容");
    expect(report).toContain("40000,HS编码,HS编码应为6位、8位或10位数字。,85183X0000");
  });

  it("imports a GB18030 file with English column names in one go, with stock history", async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => row(i + 1, "GB"));
    const { outcome, job } = await runFile(new Uint8Array(iconv.encode(csv(EN, rows), "gb18030")), "skus-gb18030.csv");
    expect(outcome).toEqual({ ok: true, written: 1_200 });
    expect(job).toMatchObject({
      status: "DONE",
      totalRows: 1_200,
      validatedRows: 1_200,
      writtenRows: 1_200,
      errorCount: 0,
    });
    const sku = await db.sku.findFirstOrThrow({
      where: { merchantId: actor.merchantId, code: "GB-00007" },
      include: { markets: true, platforms: { include: { platform: true } }, stocks: { include: { warehouse: true } } },
    });
    expect(sku).toMatchObject({
      nameZh: "蓝牙耳机, 型号7",
      nameEn: "Earbuds 7",
      hsChapter: "85",
      unitPriceMinor: 12900,
      currency: "CNY",
      weightGrams: 60,
    });
    expect(sku.markets.map((m) => m.country).sort()).toEqual(["DE", "US"]);
    expect(sku.platforms.map((p) => p.platform.code).sort()).toEqual(["amazon", "ebay"]);
    expect(Object.fromEntries(sku.stocks.map((s) => [s.warehouse.code, s.quantity]))).toEqual({
      "XIYONG-B1": 10,
      "XIYONG-G1": 5,
    });
    expect(await db.stockChange.count({ where: { skuId: sku.id, source: "csv" } })).toBe(2);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "sku.import", entityId: job.id } })).toMatchObject({
      actorId: actor.userId,
    });
  });

  it("updates SKUs by code on a second import, recording only the stock that changed", async () => {
    const rows = Array.from({ length: 3 }, (_, i) => row(i + 1, "GB", 50));
    const before = await counts();
    const { outcome } = await runFile(utf8(`\uFEFF${csv(ZH, rows)}`));
    expect(outcome).toEqual({ ok: true, written: 3 });
    const after = await counts();
    expect(after.skus).toBe(before.skus);
    expect(after.changes).toBe(before.changes + 3);
    const sku = await db.sku.findFirstOrThrow({
      where: { merchantId: actor.merchantId, code: "GB-00001" },
      include: { stockChanges: { orderBy: { createdAt: "desc" } } },
    });
    expect(sku.stockChanges.find((c) => c.quantityAfter === 50)).toMatchObject({ delta: 40, source: "csv" });
  });

  it("reports every bad row: unknown warehouse, a platform the merchant does not use, a code given twice", async () => {
    const rows = [
      row(1, "BAD"),
      row(2, "BAD").replace("XIYONG-G1:5", "LONGSHUI-G1:5"),
      row(3, "BAD").replace("amazon;ebay", "ozon"),
      row(1, "BAD"),
      row(5, "BAD").replace("129.00", "12.345").replace(",60,", ",,"),
    ];
    const before = await counts();
    const { outcome, job } = await runFile(utf8(csv(ZH, rows)));
    expect(outcome.ok).toBe(false);
    const issues = parseIssues(job.errorReport);
    expect(issues).toEqual([
      { row: 3, column: "库存", message: "skuValidation.warehouseNotInPark", value: "LONGSHUI-G1" },
      { row: 4, column: "销售平台", message: "skuValidation.platformNotListed", value: "ozon" },
      { row: 6, column: "单价", message: "skuValidation.priceDecimals", value: "12.345" },
      { row: 6, column: "重量（克）", message: "validation.required" },
    ]);
    expect(await counts()).toEqual(before);

    // Once the rows are valid on their own, a code given twice is the problem left.
    const { job: again } = await runFile(utf8(csv(ZH, [row(1, "DUP"), row(2, "DUP"), row(1, "DUP")])));
    expect(parseIssues(again.errorReport)).toEqual([
      { row: 4, column: "SKU编码", message: "skuValidation.duplicateInFile", value: "2" },
    ]);
  });

  it("refuses a file without the required columns, without rows, or with a broken quote", async () => {
    const missing = await runFile(utf8("SKU编码,中文名称\nA1,耳机\n"));
    expect(parseIssues(missing.job.errorReport).map((i) => i.value)).toEqual(["HS编码", "单价", "币种", "重量（克）"]);
    const empty = await runFile(utf8(`${ZH}\n`));
    expect(parseIssues(empty.job.errorReport)).toEqual([{ row: 2, column: "", message: "imports.issues.noRows" }]);
    const broken = await runFile(utf8(`${ZH}\n${row(1, "Q")}\nQ-2,"unclosed\n`));
    expect(parseIssues(broken.job.errorReport)).toEqual([{ row: 3, column: "", message: "imports.issues.malformed" }]);
    expect(await db.sku.count({ where: { code: { startsWith: "Q-" } } })).toBe(0);
  });
});
