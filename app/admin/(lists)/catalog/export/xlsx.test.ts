// The admin catalog export as an .xlsx workbook: the CSV export's rows once
// read back, with codes and HS codes as text cells.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { seedSkus } from "@/lib/seed/skus";
import { readTable } from "@/lib/sheets/read";
import { sessionStub } from "@/lib/testing/next-stubs";
import { GET } from "./route";

const get = (query = "") => GET(new Request(`http://localhost/admin/catalog/export${query}`));
const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedSkus(db);
  sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } })).id;
});
afterAll(() => db.$disconnect());

describe("GET /admin/catalog/export?format=xlsx", () => {
  it("reads back as the CSV export's rows, with codes and HS codes as text cells and stock as numbers", async () => {
    const xlsx = await get("?format=xlsx&sort=code");
    expect(xlsx.headers.get("Content-Disposition")).toMatch(/\.xlsx$/);
    const body = await bytes(xlsx);
    const fromXlsx = await readTable(body);
    const fromCsv = await readTable(await bytes(await get("?sort=code")));
    expect(fromXlsx.rows.length).toBeGreaterThan(10);
    expect(fromXlsx.header).toEqual(fromCsv.header);
    const width = fromCsv.header.length;
    const pad = (rows: string[][]) => rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
    expect(pad(fromXlsx.rows)).toEqual(pad(fromCsv.rows));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(body) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell("G2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("H2").type).toBe(ExcelJS.ValueType.Number);
  });
});
