// The declarations export as an .xlsx workbook: the same rows as the CSV
// export once read back, with the day as a date cell, amounts as numbers
// with their currency's decimals and the declaration number as text.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { createImportJob } from "@/lib/server/imports/jobs";
import { DECLARATION_IMPORT_KIND, processDeclarationImport } from "@/lib/server/declarations/import-declarations";
import { readTable } from "@/lib/sheets/read";
import { sessionStub } from "@/lib/testing/next-stubs";
import { GET } from "./route";

const YEAR = 2015;
const get = async (query: string, year = YEAR) =>
  new Uint8Array(
    await (await GET(new Request(`http://localhost/merchant/declarations/export?year=${year}${query}`))).arrayBuffer(),
  );
let ours = { userId: "", merchantId: "" };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  sessionStub.userId = owner.id;
  const merchantId = owner.membership!.merchantId;
  ours = { userId: owner.id, merchantId };
  const rows = [
    { reference: "800120150000000001", day: "2015-03-01", valueMinor: 123_456n, currency: "USD" },
    { reference: "0042", day: "2015-12-31", valueMinor: 98_000n, currency: "JPY" },
  ];
  for (const r of rows)
    await db.declaration.create({
      data: {
        merchantId,
        declaredOn: new Date(`${r.day}T00:00:00Z`),
        month: r.day.slice(0, 7),
        customsMode: "9610",
        direction: "EXPORT",
        country: "US",
        valueMinor: r.valueMinor,
        currency: r.currency,
        valueFen: 888_888n,
        reference: r.reference,
        hsChapter: "01",
      },
    });
});
afterAll(() => db.$disconnect());

describe("GET /merchant/declarations/export?format=xlsx", () => {
  it("reads back as the CSV export's rows", async () => {
    const xlsx = await readTable(await get("&format=xlsx"));
    const csv = await readTable(await get(""));
    expect(xlsx.workbook).toBe(true);
    expect(xlsx.header).toEqual(csv.header);
    const width = csv.header.length;
    const pad = (rows: string[][]) => rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
    expect(pad(xlsx.rows)).toEqual(pad(csv.rows));
    expect(xlsx.rows.map((r) => r[0])).toEqual(["2015-12-31", "2015-03-01"]);
  });

  it("types its cells: the day as a date, amounts with their currency's decimals, numbers and chapters as text", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await get("&format=xlsx")) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Newest first: the yen row, then the dollar row.
    expect(sheet.getCell("A2").value).toEqual(new Date(Date.UTC(2015, 11, 31)));
    expect(sheet.getCell("E2")).toMatchObject({ value: 98000, numFmt: "0" });
    expect(sheet.getCell("E3")).toMatchObject({ value: 1234.56, numFmt: "0.00" });
    expect(sheet.getCell("H2").value).toBe("01");
    expect(sheet.getCell("I2").value).toBe("0042");
    expect(sheet.getCell("I3").value).toBe("800120150000000001");
    expect(sheet.getCell("J2")).toMatchObject({ value: 8888.88, numFmt: "0.00" });
  });

  it("imported unchanged, writes nothing", async () => {
    // A month with exchange rates in the demo data, and a platform, as the import checks both.
    const amazon = await db.platform.findFirstOrThrow({ where: { code: "amazon" } });
    await db.declaration.create({
      data: {
        merchantId: ours.merchantId,
        declaredOn: new Date("2017-03-05T00:00:00Z"),
        month: "2017-03",
        customsMode: "9610",
        direction: "EXPORT",
        country: "US",
        valueMinor: 123_450n,
        currency: "USD",
        valueFen: 888_888n,
        platformId: amazon.id,
        hsChapter: "01",
        reference: "000120170000000001",
      },
    });
    const count = () => db.declaration.count({ where: { merchantId: ours.merchantId } });
    const before = await count();
    const job = await createImportJob(db, {
      merchantId: ours.merchantId,
      kind: DECLARATION_IMPORT_KIND,
      fileName: "declarations.xlsx",
      createdById: ours.userId,
    });
    const bytes = await get("&format=xlsx", 2017);
    const outcome = await processDeclarationImport(db, { jobId: job.id, bytes, actor: ours, today: "2026-11-30" });
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).errorReport ?? "").toBe("");
    expect(outcome).toEqual({ ok: true, written: 0 });
    expect(await count()).toBe(before);
  });
});
