import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";
import { codePrefix, ZH_HEADER } from "./support/skus";
import { IMPORT_ENDS_WITHIN, importEnded } from "./support/imports";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test.describe("SKUs from an Excel workbook", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("the import page takes an .xlsx workbook and imports its rows", async ({ page }) => {
    test.setTimeout(IMPORT_ENDS_WITHIN + 60_000);
    const prefix = codePrefix("XLSX");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("商品");
    sheet.addRow(ZH_HEADER.split(","));
    for (let i = 1; i <= 3; i++) {
      const row = sheet.addRow([
        `${prefix}-${i}`,
        `测试音箱${i}`,
        `Test speaker ${i}`,
        "8518300000",
        "CN",
        129.5,
        "CNY",
        260,
        "US;DE",
        "amazon",
        "XIYONG-B1:10",
        "ACTIVE",
      ]);
      row.getCell(6).numFmt = "0.00";
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.goto("/merchant/skus/import");
    const input = page.getByLabel("CSV文件或Excel工作簿");
    await expect(input).toHaveAttribute("accept", /\.xlsx/);
    await input.setInputFiles({ name: "skus.xlsx", mimeType: XLSX, buffer });
    await page.getByRole("button", { name: "上传并导入" }).click();
    await expect(page).toHaveURL(/\/merchant\/skus\/import\/[^/]+$/);
    await importEnded(page);
    await expect(page.getByText("导入完成：共写入3行。")).toBeVisible();
  });
});
