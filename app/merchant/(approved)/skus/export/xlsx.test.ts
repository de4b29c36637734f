// The .xlsx exports and imports end to end, through the real routes and the
// real import: a workbook export holds the CSV export's rows, and imported
// unchanged it leaves every SKU as it was; a workbook the upload cannot read
// is refused before it is queued, in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { createImportJob } from "@/lib/server/imports/jobs";
import { detailToData, SKU_DETAIL } from "@/lib/server/skus/list-skus";
import { processSkuImport, SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { readTable } from "@/lib/sheets/read";
import { XLSX_MIME } from "@/lib/sheets/write";
import { sessionStub } from "@/lib/testing/next-stubs";
import { GET as exportSkus } from "./route";
import { GET as skuTemplate } from "@/app/merchant/(approved)/skus/template/route";
import { POST as uploadSkus } from "@/app/merchant/(approved)/skus/import/upload/route";

let actor: { userId: string; merchantId: string };

const HEADER = "SKU code,Name (Chinese),Name (English),HS code,Country of origin,Unit price,Currency,Weight (g)";
// Codes and HS codes Excel would turn into numbers, a name that starts like a formula, a price with cents.
const CSV = [
  HEADER,
  "007123,音箱,=Speaker,0101210000,CN,129.50,CNY,260",
  "XL-0001,耳机,Earbuds,8518300000,CN,80.00,USD,60",
  "000,键盘,Keyboard 2,847160,CN,12.00,CNY,900",
].join("\r\n");

async function importBytes(bytes: Uint8Array, fileName: string) {
  const job = await createImportJob(db, {
    merchantId: actor.merchantId,
    kind: SKU_IMPORT_KIND,
    fileName,
    createdById: actor.userId,
  });
  const outcome = await processSkuImport(db, { jobId: job.id, bytes, actor });
  return { outcome, job: await db.importJob.findUniqueOrThrow({ where: { id: job.id } }) };
}

const stored = async () =>
  (
    await db.sku.findMany({ where: { merchantId: actor.merchantId }, select: SKU_DETAIL, orderBy: { code: "asc" } })
  ).map((s) => ({ ...detailToData(s), updatedAt: s.updatedAt }));

const download = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const pad = (rows: string[][], width: number) => rows.map((r) => [...r, ...Array(width - r.length).fill("")]);

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  actor = { userId: owner.id, merchantId: owner.membership!.merchantId };
  sessionStub.userId = owner.id;
  const created = await importBytes(new TextEncoder().encode(CSV), "seed.csv");
  expect(created.outcome.ok).toBe(true);
});
afterAll(() => db.$disconnect());

describe("SKU export as .xlsx", () => {
  it("holds the CSV export's rows, with codes kept as typed", async () => {
    const xlsx = await exportSkus(new Request("http://localhost/merchant/skus/export?format=xlsx"));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("Content-Type")).toBe(XLSX_MIME);
    expect(xlsx.headers.get("Content-Disposition")).toMatch(/\.xlsx$/);
    const csv = await exportSkus(new Request("http://localhost/merchant/skus/export"));
    const fromXlsx = await readTable(await download(xlsx));
    const fromCsv = await readTable(await download(csv));
    expect(fromXlsx.workbook).toBe(true);
    expect(fromXlsx.header).toEqual(fromCsv.header);
    expect(pad(fromXlsx.rows, fromXlsx.header.length)).toEqual(pad(fromCsv.rows, fromCsv.header.length));
    const row = fromXlsx.rows.find((r) => r[0] === "007123")!;
    expect(row).toEqual(expect.arrayContaining(["007123", "=Speaker", "0101210000", "129.50"]));
    expect(fromXlsx.rows.map((r) => r[0])).toContain("000");
  });

  it("imported unchanged, writes nothing and leaves every SKU as it was", async () => {
    const before = await stored();
    const xlsx = await download(await exportSkus(new Request("http://localhost/merchant/skus/export?format=xlsx")));
    const { outcome, job } = await importBytes(xlsx, "export.xlsx");
    expect(job.errorReport ?? "").toBe("");
    expect(outcome).toEqual({ ok: true, written: 0 });
    expect(job).toMatchObject({ status: "DONE", writtenRows: 0 });
    const after = await stored();
    expect(after).toEqual(before);
  });

  it("offers the template in both languages as a workbook that reads as its CSV", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const base = `http://localhost/merchant/skus/template?lang=${lang}`;
      const xlsx = await readTable(await download(await skuTemplate(new Request(`${base}&format=xlsx`))));
      const csv = await readTable(await download(await skuTemplate(new Request(base))));
      expect(xlsx.workbook).toBe(true);
      expect(xlsx.header).toEqual(csv.header);
      expect(pad(xlsx.rows, xlsx.header.length)).toEqual(pad(csv.rows, csv.header.length));
    }
    const zh = await readTable(
      await download(await skuTemplate(new Request("http://localhost/merchant/skus/template?lang=zh-CN&format=xlsx"))),
    );
    expect(zh.header[0]).toBe("SKU编码");
  });
});

describe("uploading a workbook", () => {
  const upload = (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(bytes)], name, { type: "" }));
    return uploadSkus(
      new Request("http://localhost/merchant/skus/import/upload", {
        method: "POST",
        headers: { accept: "application/json" },
        body: form,
      }),
    );
  };

  it("refuses a password-protected or damaged workbook before queueing it, saying why", async () => {
    const jobs = await db.importJob.count();
    const locked = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);
    const refused = await upload(locked, "skus.xlsx");
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: "workbook-encrypted",
      message: expect.stringMatching(/password-protected/),
    });
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9]);
    const named = await upload(damaged, "skus.csv");
    expect(named.status).toBe(422);
    expect(await named.json()).toEqual({ error: "workbook-corrupt", message: expect.stringMatching(/damaged/) });
    expect(await db.importJob.count()).toBe(jobs);
  });
});
