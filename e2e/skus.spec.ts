import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";
import { codePrefix, downloadedText, listedCount, marketSkuCount, skuCsv, uploadCsv } from "./support/skus";
import { IMPORT_ENDS_WITHIN, importEnded } from "./support/imports";

test.describe("warehoused SKUs and target markets", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("a SKU created with two target markets shows in the list and the markets view", async ({ page }) => {
    const code = codePrefix("E2E-");
    await page.goto("/merchant/markets");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("目标市场");
    const before = { iceland: await marketSkuCount(page, "冰岛"), mongolia: await marketSkuCount(page, "蒙古") };

    await page.goto("/merchant/skus");
    await page.getByRole("link", { name: "新增商品" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("新增商品");
    await page.getByLabel("SKU编码").fill(code);
    await page.getByLabel("HS编码").fill("8518300000");
    await page.getByLabel("中文名称").fill("端到端测试耳机");
    await page.getByLabel("英文名称").fill("End-to-end test earbuds");
    await page.getByLabel("单件重量（克）").fill("55");
    await page.getByLabel("单价").fill("88.00");
    await page.getByLabel("西永综合保税区跨境电商保税仓（一号库）", { exact: true }).fill("30");
    const search = page.getByLabel("搜索国家或地区");
    await search.fill("冰岛");
    await page.getByRole("listbox").getByRole("option", { name: "冰岛", exact: true }).click();
    await search.fill("蒙古");
    await page.getByRole("listbox").getByRole("option", { name: "蒙古", exact: true }).click();
    await expect(page.getByText("已选2个国家或地区")).toBeVisible();
    await page.getByRole("group", { name: "上架平台" }).getByLabel("亚马逊").check();
    await page.getByRole("button", { name: "保存", exact: true }).click();

    await expect(page).toHaveURL(/\/merchant\/skus\?/);
    await expect(page.getByText(`商品 ${code} 已保存。`)).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: code }) });
    await expect(row).toContainText("端到端测试耳机");
    await expect(row).toContainText("冰岛、蒙古");
    await expect(row).toContainText("30");

    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "目标市场" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("目标市场");
    expect(await marketSkuCount(page, "冰岛")).toBe(before.iceland + 1);
    expect(await marketSkuCount(page, "蒙古")).toBe(before.mongolia + 1);
    await expect(page.getByRole("img", { name: "各目标市场的商品数地图" })).toBeVisible();
  });

  test("a 1,000-row CSV imports in one go and the list counts the new SKUs", async ({ page }) => {
    const prefix = codePrefix("IMP");
    test.setTimeout(IMPORT_ENDS_WITHIN + 60_000);
    await uploadCsv(page, "skus-1000.csv", skuCsv(prefix, 1000));
    await importEnded(page);
    await expect(page.getByText("导入完成：共写入1,000行。")).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "已写入" })).toHaveAttribute("aria-valuenow", "1000");
    await page.getByRole("link", { name: "查看商品列表" }).click();
    // The list's own search box, not the header's global one.
    await page.getByRole("main").getByRole("searchbox", { name: "搜索", exact: true }).fill(prefix);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("共1,000个商品")).toBeVisible();
  });

  test("a file with one bad row shows the report, and the list stays unchanged", async ({ page }) => {
    await page.goto("/merchant/skus?status=ALL");
    const before = await listedCount(page);
    const prefix = codePrefix("BAD");
    // Row 31 of the file (the header is row 1) has a letter in its HS code.
    const body = skuCsv(prefix, 50, (row, i) => (i === 29 ? row.replace("8518300000", "85X8300000") : row));
    test.setTimeout(IMPORT_ENDS_WITHIN + 60_000);
    await uploadCsv(page, "skus-bad.csv", body);

    await importEnded(page);
    await expect(page.getByText(/^文件中有1处问题，未导入任何数据。/)).toBeVisible();
    const problem = page.getByRole("table").getByRole("row").filter({ hasText: "85X8300000" });
    await expect(problem.getByRole("cell")).toHaveText([
      "31",
      "HS编码",
      "HS编码应为6位、8位或10位数字。",
      "85X8300000",
    ]);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载问题清单（CSV）" }).click();
    const report = await downloadedText(await downloading);
    expect(report.startsWith("\uFEFF行号,列,问题,内容")).toBe(true);
    expect(report).toContain("31,HS编码,HS编码应为6位、8位或10位数字。,85X8300000");

    await page.goto(`/merchant/skus?status=ALL&q=${prefix}`);
    await expect(page.getByText("没有符合条件的商品，请调整搜索或筛选条件。")).toBeVisible();
    await page.goto("/merchant/skus?status=ALL");
    expect(await listedCount(page)).toBe(before);
  });

  test("the export holds every row of the filtered list, with a BOM for Excel", async ({ page }) => {
    await page.goto("/merchant/skus");
    await page.getByLabel("HS章节").selectOption("84");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/chapter=84/);
    const count = await listedCount(page);
    expect(count).toBeGreaterThan(0);
    const firstCode = (await page.getByRole("table").getByRole("rowheader").first().textContent())!.trim();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出CSV" }).click();
    const text = await downloadedText(await downloading);
    expect(text.startsWith("\uFEFFSKU编码,中文名称,英文名称,HS编码")).toBe(true);
    const lines = text
      .slice(1)
      .split("\r\n")
      .filter((l) => l !== "");
    expect(lines).toHaveLength(count + 1);
    // Every row is of the filtered chapter (names may hold quoted commas, so look for the HS code column's value).
    // Codes and HS codes are cells Excel keeps as text (="…"), so no leading zero is lost.
    expect(lines.slice(1).every((l) => /,"=""84\d{4,8}""",/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith(`"=""${firstCode}""",`))).toBe(true);

    // The export imported unchanged writes nothing, and says so.
    test.setTimeout(IMPORT_ENDS_WITHIN + 60_000);
    await uploadCsv(page, "skus-export.csv", Buffer.from(text, "utf8"));
    await importEnded(page);
    await expect(page.getByText("没有变更：每一行都与已保存的数据相同，未写入任何内容。")).toBeVisible();
  });

  for (const path of [
    "/merchant/skus",
    "/merchant/skus/new",
    "/merchant/skus/import",
    "/merchant/markets",
    "/merchant/settings/api",
  ]) {
    test(`no serious accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
