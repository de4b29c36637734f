import { readFileSync } from "node:fs";
import { expect, type Download, type Page } from "@playwright/test";

export const ZH_HEADER = "SKU编码,中文名称,英文名称,HS编码,原产国,单价,币种,重量（克）,目标市场,销售平台,库存,状态";

/** A unique prefix for the codes a test creates, so runs never collide. */
export function codePrefix(label: string) {
  return `${label}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1000)}`;
}

/** A CSV of valid SKU rows for the demo merchant (Xiyong warehouses, its platforms). */
export function skuCsv(prefix: string, count: number, edit?: (row: string, index: number) => string) {
  const rows = Array.from({ length: count }, (_, i) => {
    const row = `${prefix}-${String(i + 1).padStart(4, "0")},测试耳机${i + 1},Test earbuds ${i + 1},8518300000,CN,88.00,CNY,55,US;DE,amazon,XIYONG-B1:10;XIYONG-G1:2,ACTIVE`;
    return edit ? edit(row, i) : row;
  });
  return Buffer.from(`${ZH_HEADER}\r\n${rows.join("\r\n")}\r\n`, "utf8");
}

/** The number in the list's "共N个商品" line. */
export async function listedCount(page: Page) {
  const text = await page.getByText(/^共[\d,]+个商品$/).textContent();
  return Number((text ?? "").replace(/[^\d]/g, ""));
}

/** The SKU count the markets table shows for a country (0 when it has no row). */
export async function marketSkuCount(page: Page, countryZh: string) {
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: countryZh, exact: true }) });
  if ((await row.count()) === 0) return 0;
  // Cells after the row header: code, SKUs, stock.
  return Number(((await row.getByRole("cell").nth(1).textContent()) ?? "").replace(/[^\d]/g, ""));
}

export async function uploadCsv(page: Page, name: string, body: Buffer) {
  await page.goto("/merchant/skus/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("批量导入商品");
  await page.getByLabel("CSV文件").setInputFiles({ name, mimeType: "text/csv", buffer: body });
  await page.getByRole("button", { name: "上传并导入" }).click();
  await expect(page).toHaveURL(/\/merchant\/skus\/import\/[^/]+$/);
}

export function downloadedText(download: Download) {
  return download.path().then((file) => readFileSync(file, "utf8"));
}
