import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

// The staff catalog as every list works: sort by a column in the URL,
// numbered pages with first and last, a page size, a count of results, and a
// CSV of the current filter in the current order (every row, not one page).

const RANGE = /^第 ([\d,]+)–([\d,]+) 条，共 ([\d,]+) 条$/;
const n = (s: string) => Number(s.replace(/,/g, ""));

/** The pager's "第 1–20 条，共 6,120 条" as numbers. */
async function range(page: Page) {
  const text = (await page.getByText(RANGE).textContent())!.trim();
  const [, from, to, total] = RANGE.exec(text)!;
  return { from: n(from), to: n(to), total: n(total) };
}

/** The first column (the SKU codes) of the results table, top to bottom. */
const codes = (page: Page) =>
  page
    .getByRole("table")
    .getByRole("rowheader")
    .allTextContents()
    .then((c) => c.map((s) => s.trim()));
/** The HS codes (fifth column) of the results table, top to bottom. */
const hsCodes = (page: Page) =>
  page
    .getByRole("table")
    .locator("tbody tr td:nth-of-type(4)")
    .allTextContents()
    .then((c) => c.map((s) => s.trim()));

test.describe("lists people expect", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("staff sort the catalog, jump to its last page, change the page size and export what they filtered", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/admin/catalog");
    const all = await range(page);
    expect(all).toMatchObject({ from: 1, to: 20 });
    expect(all.total).toBeGreaterThan(100);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(21);

    // Sort by HS code: a link in the header, marked with aria-sort.
    const hsHeader = page.getByRole("columnheader", { name: "HS编码" });
    await expect(hsHeader).toHaveAttribute("aria-sort", "none");
    await hsHeader.getByRole("link").click();
    await expect(page).toHaveURL(/sort=hsCode&dir=asc/);
    await expect(hsHeader).toHaveAttribute("aria-sort", "ascending");
    const ascending = await hsCodes(page);
    expect(ascending).toEqual([...ascending].sort());
    // Again: descending.
    await hsHeader.getByRole("link").click();
    await expect(page).toHaveURL(/sort=hsCode&dir=desc/);
    await expect(hsHeader).toHaveAttribute("aria-sort", "descending");
    const descending = await hsCodes(page);
    expect(descending).toEqual([...descending].sort().reverse());

    // The last page, in the same order.
    await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "末页" }).click();
    await expect(page).toHaveURL(/sort=hsCode&dir=desc.*page=\d+/);
    const last = await range(page);
    const pages = Math.ceil(all.total / 20);
    expect(last).toEqual({ from: (pages - 1) * 20 + 1, to: all.total, total: all.total });
    await expect(page.locator('[aria-current="page"]').filter({ hasText: /^[\d,]+$/ })).toHaveText(
      pages.toLocaleString("zh-CN"),
    );

    // 50 a page: back to page 1, the order kept.
    await page.getByRole("link", { name: "每页 50 条" }).click();
    await expect(page).toHaveURL(/sort=hsCode&dir=desc&size=50$/);
    expect(await range(page)).toEqual({ from: 1, to: 50, total: all.total });
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(51);

    // Filter: the order and the size stay; then export the filtered rows in that order.
    await page.getByRole("searchbox", { name: "搜索SKU编码或名称" }).fill("耳机");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/q=%E8%80%B3%E6%9C%BA.*sort=hsCode&dir=desc.*size=50/);
    const filtered = await range(page);
    expect(filtered.total).toBeLessThan(all.total);
    const shown = await codes(page);

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出 CSV" }).click(),
    ]);
    const csv = readFileSync((await file.path())!, "utf8");
    expect(csv.startsWith("\uFEFFSKU编码,")).toBe(true);
    const rows = csv.slice(1).trim().split("\r\n").slice(1);
    expect(rows).toHaveLength(filtered.total);
    expect(rows.slice(0, shown.length).map((r) => r.split(",")[0])).toEqual(shown);
  });
});
