import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

// The merchant's SKU and declaration lists on a 390 × 844 phone, in both languages.
const WORDS = {
  "zh-CN": {
    select: "选择",
    bulkTitle: "批量修改目标市场",
    selected: "已选择2个商品",
    change: "修改目标市场",
    markets: "目标市场",
    newZealand: "新西兰",
    apply: "应用到所选商品",
    applied: "已为2个商品添加目标市场。",
    count: /^共[\d,]+个商品$/,
    list: "申报记录",
    delete: "删除",
    cancel: "取消",
  },
  en: {
    select: "Select",
    bulkTitle: "Change target markets in bulk",
    selected: "2 SKUs selected",
    change: "Change target markets",
    markets: "Target markets",
    newZealand: "New Zealand",
    apply: "Apply to the selected SKUs",
    applied: "Markets added to 2 SKUs.",
    count: /^[\d,]+ SKUs?$/,
    list: "Declarations",
    delete: "Delete",
    cancel: "Cancel",
  },
} as const;

test.use({ storageState: storageStatePath("merchant"), viewport: { width: 390, height: 844 } });

async function fitsTheScreen(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide in a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

for (const [locale, w] of Object.entries(WORDS) as [keyof typeof WORDS, (typeof WORDS)[keyof typeof WORDS]][]) {
  test.describe(`the merchant's lists on a phone (${locale})`, () => {
    test.beforeEach(async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    });

    test("the SKU list fits the screen as cards; the bulk bar shows only once two rows are ticked, with their count, and applies markets to them", async ({
      page,
    }) => {
      await page.goto("/merchant/skus");
      await expect(page.getByText(w.count)).toBeVisible();
      await fitsTheScreen(page);
      const bar = page.getByRole("region", { name: w.bulkTitle });
      await expect(bar).toBeHidden();

      const codes = (await page.getByRole("rowheader").allInnerTexts()).slice(0, 2).map((c) => c.trim());
      expect(codes).toHaveLength(2);
      for (const code of codes) await page.getByRole("checkbox", { name: `${w.select} ${code}`, exact: true }).check();
      await expect(bar).toBeVisible();
      await expect(bar.getByText(w.selected)).toBeVisible();
      await fitsTheScreen(page);

      // Add a market to the two SKUs: the bar stays, with the rows still ticked, and says so.
      await bar.getByText(w.change, { exact: true }).click();
      const markets = bar.getByRole("group", { name: w.markets });
      await markets.getByRole("combobox").fill("NZ");
      await markets.getByRole("option", { name: w.newZealand, exact: true }).click();
      await bar.getByRole("button", { name: w.apply }).click();
      await expect(bar.getByText(w.applied)).toBeVisible();
      await expect(bar.getByText(w.selected)).toBeVisible();
    });

    test("deleting a declaration asks first, in a dialog naming it, and Cancel keeps it", async ({ page }) => {
      await page.goto("/merchant/declarations");
      await fitsTheScreen(page);
      const list = page.getByRole("region", { name: w.list, exact: true });
      const row = list
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader") })
        .first();
      const reference = (await row.getByRole("rowheader").innerText()).trim();
      const remove = row.getByRole("button", { name: w.delete, exact: true });
      // Not a red button on every row: the red is kept for the dialog's confirm.
      expect(await remove.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");

      // The button works once the page is interactive: ask until the dialog shows.
      const dialog = page.getByRole("dialog", { name: w.delete });
      await expect(async () => {
        if (!(await dialog.isVisible())) await remove.click({ timeout: 2_000 });
        await expect(dialog).toBeVisible({ timeout: 1_000 });
      }).toPass();
      await expect(dialog).toContainText(reference);
      await expect(dialog.getByRole("button", { name: w.cancel, exact: true })).toBeFocused();
      await dialog.getByRole("button", { name: w.cancel, exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(remove).toBeFocused();

      await page.reload();
      await expect(list.getByRole("rowheader").filter({ hasText: reference })).toBeVisible();
    });
  });
}
