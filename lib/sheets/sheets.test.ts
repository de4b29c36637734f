// Workbooks in and out: readTable reads .xlsx files built here with exceljs
// (as Excel and WPS save them) into the CSV parser's rows, and refuses the
// ones it must; toXlsx writes typed cells that read back as the CSV would.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { toCsv } from "@/lib/csv/write";
import { readTable, screenTable, sniffTable, MAX_WORKBOOK_UNZIPPED_BYTES } from "./read";
import { toXlsx, type SheetColumn } from "./write";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A SKU sheet as a clerk keeps one: codes typed as text, a price column as numbers, a date, a formula. */
async function clerkWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("商品");
  sheet.addRow(["code", "hs_code", "unit_price", "weight_grams", "declared_on", "total", "name"]);
  sheet.addRow(["007", "0101210000", 0.1 + 0.2, 260, new Date(Date.UTC(2026, 10, 3)), null, "=1+1"]);
  sheet.getCell("E2").numFmt = "yyyy-mm-dd";
  sheet.getCell("F2").value = { formula: "C2*2", result: 0.6000000000000001 };
  sheet.addRow([]); // a blank row keeps the next one's number
  sheet.addRow(["A-2", "8518300000", 12.5, 1, new Date(Date.UTC(2026, 0, 9, 0, 0)), null, "音箱"]);
  sheet.getCell("C4").numFmt = "0.00";
  sheet.getCell("E4").numFmt = "yyyy/m/d";
  sheet.getCell("F4").value = { formula: "C4*2", result: 25 };
  sheet.addRow([123, null, 129, 2]);
  sheet.getCell("A5").numFmt = "000000"; // Excel's way to show leading zeros on a number
  workbook.addWorksheet("Sheet2").addRow(["only the first sheet is read"]);
  return bytesOf(workbook);
}

describe("readTable", () => {
  it("reads each cell of the first sheet as the clerk sees it, with the rows' numbers in the file", async () => {
    const table = await readTable(await clerkWorkbook(), "skus.xlsx");
    expect(table.workbook).toBe(true);
    expect(table.errors).toEqual([]);
    expect(table.header).toEqual(["code", "hs_code", "unit_price", "weight_grams", "declared_on", "total", "name"]);
    expect(table.rows).toEqual([
      ["007", "0101210000", "0.3", "260", "2026-11-03", "0.6", "=1+1"],
      ["A-2", "8518300000", "12.50", "1", "2026-01-09", "25", "音箱"],
      ["000123", "", "129", "2"],
    ]);
    expect(table.rowNumbers).toEqual([2, 4, 5]);
  });

  it("recognises a workbook by its content, whatever its name, and reads CSV as the CSV parser does", async () => {
    const bytes = await clerkWorkbook();
    expect(sniffTable(bytes)).toBe("xlsx");
    const asCsv = await readTable(bytes, "skus.csv");
    expect(asCsv.workbook).toBe(true);
    expect(asCsv.rows[0].slice(0, 2)).toEqual(["007", "0101210000"]);
    const csv = new TextEncoder().encode(toCsv(["code", "name"], [["007", "音箱"]]));
    const read = await readTable(csv, "skus.xlsx");
    expect(read.workbook).toBe(false);
    expect({ ...read, workbook: undefined }).toEqual({ ...parseCsv(decodeCsv(csv)), workbook: undefined });
  });

  it("refuses a password-protected, damaged or non-workbook file, with the reason", async () => {
    // A password-protected .xlsx is an OLE compound file, as is an old .xls.
    const encrypted = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await readTable(encrypted, "locked.xlsx")).toMatchObject({
      refused: "encrypted",
      rows: [],
      errors: [{ row: 1, message: "sheets.refused.encrypted" }],
    });
    const good = await clerkWorkbook();
    const damaged = good.slice(0, Math.floor(good.length / 2));
    expect((await readTable(damaged, "cut.xlsx")).refused).toBe("corrupt");
    expect(await screenTable(damaged)).toEqual({ ok: false, reason: "corrupt" });
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    const notWorkbook = await docx.generateAsync({ type: "uint8array" });
    expect((await readTable(notWorkbook, "letter.csv")).refused).toBe("notWorkbook");
  });

  it("refuses a workbook that unzips past the limit (a zip bomb) before loading it", async () => {
    const bomb = new JSZip();
    bomb.file("xl/workbook.xml", "<workbook/>");
    bomb.file("xl/worksheets/sheet1.xml", new Uint8Array(MAX_WORKBOOK_UNZIPPED_BYTES + 1), {
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    });
    const bytes = await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(1024 * 1024); // small to upload, 64 MB unzipped
    expect(await screenTable(bytes)).toEqual({ ok: false, reason: "tooLarge" });
    expect((await readTable(bytes, "bomb.xlsx")).refused).toBe("tooLarge");
    // The bytes are counted as they unzip, so a lower limit refuses an ordinary workbook too.
    expect((await readTable(await clerkWorkbook(), "skus.xlsx", 2_000)).refused).toBe("tooLarge");
  });

  it("refuses a formula saved without its result rather than reading it as empty", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("A");
    sheet.addRow(["code", "price"]);
    sheet.addRow(["A-1", { formula: "1+1" }]);
    expect(await readTable(await bytesOf(workbook))).toMatchObject({
      refused: "noCachedResult",
      errors: [{ row: 2, message: "sheets.refused.noCachedResult" }],
    });
  });
});

describe("toXlsx", () => {
  const columns: SheetColumn[] = [
    { header: "code", kind: "code" },
    { header: "hs_code", kind: "code" },
    { header: "amount", kind: "decimal" },
    { header: "weight", kind: "integer" },
    { header: "declared_on", kind: "date" },
    { header: "name" },
  ];
  const rows = [
    ["007", "0101210000", "12500.00", "260", "2026-11-03", "音箱"],
    ["A-1", "8518300000", "800", "1", "2025-01-31", "Speaker, 2 pcs"],
    ["B-1", "851830", "0.5", "3", "2024-02-29", ""],
  ];

  it("writes cells that read back as the CSV export reads", async () => {
    const xlsx = await readTable(await toXlsx(columns, rows));
    const csv = parseCsv(
      decodeCsv(
        new TextEncoder().encode(
          toCsv(
            columns.map((c) => c.header),
            rows,
          ),
        ),
      ),
    );
    expect(xlsx.header).toEqual(csv.header);
    expect(xlsx.rows.map((r) => [...r, ...Array(columns.length - r.length).fill("")])).toEqual(csv.rows);
  });

  it("types cells by column: codes as text, amounts as numbers with their decimals, dates as dates; header frozen and bold", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(columns, rows)) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").value).toBe("0101210000");
    expect(sheet.getCell("C2")).toMatchObject({ value: 12500, numFmt: "0.00" });
    expect(sheet.getCell("C3")).toMatchObject({ value: 800, numFmt: "0" });
    expect(sheet.getCell("D2").value).toBe(260);
    expect(sheet.getCell("E2").value).toEqual(new Date(Date.UTC(2026, 10, 3)));
    expect(sheet.getCell("E2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual(14);
  });

  it("writes a value that starts with = as text, never as a formula, and without a ' guard", async () => {
    const bytes = await toXlsx([{ header: "name" }, { header: "code", kind: "code" }], [['=HYPERLINK("x")', "-01"]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const cell = workbook.worksheets[0].getCell("A2");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toContain("<f>");
    expect((await readTable(bytes)).rows).toEqual([['=HYPERLINK("x")', "-01"]]);
  });
});
