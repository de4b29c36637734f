import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { toCsv } from "@/lib/csv/write";
import { seedDemo } from "@/lib/seed/demo";
import { createImportJob } from "@/lib/server/imports/jobs";
import { issueTranslator, parseIssues } from "@/lib/server/imports/report";
import { processSkuImport, SKU_IMPORT_KIND } from "./import-skus";
import { exactSkuWhere, SKU_DETAIL } from "./list-skus";
import { skuCsvHeader, skuCsvRow } from "./sku-csv";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let actor: { userId: string; merchantId: string };
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  actor = { userId: owner.userId, merchantId: owner.merchantId };
});

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

async function importFile(text: string) {
  const job = await createImportJob(db, {
    merchantId: actor.merchantId,
    kind: SKU_IMPORT_KIND,
    fileName: "skus.csv",
    createdById: actor.userId,
  });
  const outcome = await processSkuImport(db, { jobId: job.id, bytes: utf8(text), actor });
  return { outcome, job: await db.importJob.findUniqueOrThrow({ where: { id: job.id } }) };
}

/** The merchant's SKUs as the export writes them (the route's own row function). */
async function exportCsv() {
  const skus = await db.sku.findMany({
    where: await exactSkuWhere(db, actor.merchantId, { q: "", status: "ALL" }),
    orderBy: { code: "asc" },
    select: SKU_DETAIL,
  });
  return toCsv(skuCsvHeader("zh-CN"), skus.map(skuCsvRow));
}

/** What Excel saves after opening the file: a ="…" cell is saved as its text, everything else as shown. */
const asExcelSavesIt = (csv: string) => csv.replace(/"=""([^"]*)"""/g, "$1");

const snapshot = async () => ({
  skus: await db.sku.findMany({
    where: { merchantId: actor.merchantId },
    orderBy: { code: "asc" },
    select: { ...SKU_DETAIL, updatedAt: true },
  }),
  changes: await db.stockChange.count(),
});

const HEADER = "SKU编码,中文名称,英文名称,HS编码,原产国,单价,币种,重量（克）,目标市场,销售平台,库存,状态";
const tricky = [
  // A code starting with "-", names that start like formulas, an HS code with a leading zero.
  `-LEAD-1,=SUM(A1),+86 phone,0101210000,CN,12.50,CNY,800,US,amazon,XIYONG-B1:3,ACTIVE`,
  `0042,-dash,@home,0902109000,CN,"1,234.50",USD,60,US;DE,,XIYONG-B1:1,ARCHIVED`,
  // A name that really starts with ' and = is written with a second ', as the export would write it.
  `RT-3,''=already quoted,"=HYPERLINK(""x"")",8518300000,CN,129.00,CNY,60,,,,ACTIVE`,
];

describe("the SKU export and import make the round trip unchanged", () => {
  it("imports an export unchanged without writing anything, and says no changes", async () => {
    const first = await importFile(`${HEADER}\r\n${tricky.join("\r\n")}\r\n`);
    expect(first.outcome).toEqual({ ok: true, written: 3 });
    const stored = await db.sku.findMany({
      where: { merchantId: actor.merchantId, code: { in: ["-LEAD-1", "0042", "RT-3"] } },
      orderBy: { code: "asc" },
    });
    expect(stored.map((s) => [s.code, s.nameZh, s.nameEn, s.hsCode])).toEqual([
      ["-LEAD-1", "=SUM(A1)", "+86 phone", "0101210000"],
      ["0042", "-dash", "@home", "0902109000"],
      ["RT-3", "'=already quoted", '=HYPERLINK("x")', "8518300000"],
    ]);

    const exported = await exportCsv();
    // Codes and HS codes are cells Excel keeps as text; names that start like formulas are guarded.
    expect(exported).toContain(`"=""-LEAD-1""",'=SUM(A1),'+86 phone,"=""0101210000"""`);
    expect(exported).toContain(`"=""0042""",'-dash,'@home,"=""0902109000"""`);
    expect(exported).toContain(`''=already quoted`);

    const before = await snapshot();
    const again = await importFile(exported);
    expect(again.outcome).toEqual({ ok: true, written: 0 });
    expect(again.job).toMatchObject({ status: "DONE", writtenRows: 0, errorCount: 0 });
    expect(await snapshot()).toEqual(before);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "sku.import", entityId: again.job.id } });
    const details: unknown = typeof audit.details === "string" ? JSON.parse(audit.details) : audit.details;
    expect(details).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    // The same file after Excel opened and saved it.
    const saved = await importFile(asExcelSavesIt(exported));
    expect(saved.outcome).toEqual({ ok: true, written: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("writes only the rows that changed", async () => {
    const exported = await exportCsv();
    const edited = exported.replace(`'-dash`, `-dash renamed`);
    const result = await importFile(edited);
    expect(result.outcome).toEqual({ ok: true, written: 1 });
    expect(await db.sku.findFirstOrThrow({ where: { merchantId: actor.merchantId, code: "0042" } })).toMatchObject({
      nameZh: "-dash renamed",
    });
  });

  it("refuses a file Excel saved without text cells, naming the dropped zero, in the user's language", async () => {
    const exported = await exportCsv();
    // What Excel does to a plain 0101210000 and a plain 0042.
    const mangled = exported.replace(`"=""0101210000"""`, "101210000");
    const result = await importFile(mangled);
    expect(result.outcome.ok).toBe(false);
    const issues = parseIssues(result.job.errorReport);
    expect(issues).toEqual([
      { row: expect.any(Number), column: "HS编码", message: "dataQuality.hsCodeLeadingZero", value: "101210000" },
    ]);
    expect(issueTranslator("zh-CN")(issues[0])).toContain("Excel");
    expect(issueTranslator("en")(issues[0])).toContain("leading zero");
  });
});
