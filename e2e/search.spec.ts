import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

const PHONE = { width: 390, height: 844 };

/** How far the page reaches past the screen's right edge (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The header's search box (the one shown at this width). */
const headerSearch = (page: Page) => page.getByRole("banner").getByRole("searchbox", { name: "搜索" });

/** A SKU code of the demo merchant's, read off its list. */
async function ownSkuCode(page: Page) {
  await page.goto("/merchant/skus");
  return (await page.getByRole("rowheader").getByRole("link").first().innerText()).trim();
}

test.describe("global search, as staff", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("staff search a seeded merchant's name from the header and open it; breadcrumbs lead back", async ({ page }) => {
    await page.goto("/admin");
    await headerSearch(page).fill("星途跨境");
    await headerSearch(page).press("Enter");
    await expect(page).toHaveURL(/\/admin\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“星途跨境”的搜索结果");
    // The query stays in the page's own box.
    await expect(page.getByRole("main").getByRole("searchbox", { name: "搜索" })).toHaveValue("星途跨境");
    const merchants = page.getByRole("region", { name: /^商户/ });
    await expect(merchants).toContainText("1 条结果");
    await expect(merchants.getByRole("link", { name: "在列表中查看全部" })).toHaveAttribute(
      "href",
      /\/admin\/merchants\?status=ALL&q=/,
    );
    await merchants.getByRole("link", { name: "重庆星途跨境电子商务有限公司" }).click();
    await expect(page).toHaveURL(/\/admin\/merchants\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆星途跨境电子商务有限公司");
    const crumbs = page.getByRole("navigation", { name: "位置导航" });
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText("重庆星途跨境电子商务有限公司");
    await crumbs.getByRole("link", { name: "企业审核" }).click();
    await expect(page).toHaveURL(/\/admin\/merchants$/);
  });

  test("a search that finds nothing says so, and % finds no more than itself", async ({ page }) => {
    await page.goto("/admin/search?q=%25");
    await expect(page.getByText("没有与“%”匹配的结果。")).toBeVisible();
  });
});

test.describe("global search, as a merchant", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("a merchant searches a SKU code, opens the SKU, and its breadcrumbs lead back to the list", async ({ page }) => {
    const code = await ownSkuCode(page);
    await headerSearch(page).fill(code);
    await headerSearch(page).press("Enter");
    await expect(page).toHaveURL(/\/merchant\/search\?q=/);
    const skus = page.getByRole("region", { name: /^SKU/ });
    await skus.getByRole("link", { name: new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) }).click();
    await expect(page).toHaveURL(/\/merchant\/skus\/[^/?]+$/);
    const crumbs = page.getByRole("navigation", { name: "位置导航" });
    await expect(crumbs.getByRole("listitem")).toHaveCount(2);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(code);
    await crumbs.getByRole("link", { name: "商品" }).click();
    await expect(page).toHaveURL(/\/merchant\/skus$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("商品");
  });

  test("at 390 px the header fits, with the search behind an icon that opens it", async ({ page }) => {
    await page.setViewportSize(PHONE);
    const code = await ownSkuCode(page);
    await page.goto("/merchant");
    expect(await overflow(page)).toBe(0);
    await expect(headerSearch(page)).toBeHidden();
    await page.getByRole("banner").locator("summary", { hasText: "打开搜索" }).click();
    await expect(headerSearch(page)).toBeVisible();
    expect(await overflow(page)).toBe(0);
    await headerSearch(page).fill(code);
    await headerSearch(page).press("Enter");
    await expect(page.getByRole("region", { name: /^SKU/ })).toContainText(code);
    expect(await overflow(page)).toBe(0);
  });
});

test.describe("without an account", () => {
  test("anonymous visitors get no search box", async ({ page }) => {
    await page.goto("/events");
    await expect(page.getByRole("banner").getByRole("search")).toHaveCount(0);
  });
});
