import { expect, test, type Page } from "@playwright/test";
import { storageStatePath, useEnglish } from "./support/accounts";

// The e2e server runs on the demo data (DEMO_DATA=on), whose accounts share a published password.
const ZH = "演示数据：这些账户使用公开的密码。请勿在本系统中存放真实数据。";
const EN = "Demo data: these accounts use a published password. Do not use this installation for real data.";

/** The banner is visible, in the page's flow above the header, and covers none of the page's content. */
async function expectBannerAbove(page: Page, text: string) {
  const banner = page.getByRole("status").filter({ hasText: text });
  await expect(banner).toBeVisible();
  await expect(banner).toHaveText(text);
  expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe("static");
  const bannerBox = (await banner.boundingBox())!;
  const headerBox = (await page.getByRole("banner").boundingBox())!;
  expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(headerBox.y + 0.5);
  const viewport = page.viewportSize()!;
  expect(bannerBox.width).toBeLessThanOrEqual(viewport.width);
}

test.describe("the demo-data banner", () => {
  test("is on the login page, in Chinese and in English", async ({ page }) => {
    await page.goto("/login");
    await expectBannerAbove(page, ZH);
    await useEnglish(page);
    await page.reload();
    await expectBannerAbove(page, EN);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("wraps above the login form without covering it", async ({ page }) => {
      await page.goto("/login");
      await expectBannerAbove(page, ZH);
      const heading = page.getByRole("heading", { level: 1 });
      await expect(heading).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });

  test.describe("signed in as staff", () => {
    test.use({ storageState: storageStatePath("staff") });

    test("is on the staff pages too", async ({ page }) => {
      await page.goto("/admin/zones");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("“1+N”跨境电商发展格局");
      await expectBannerAbove(page, ZH);
    });
  });
});
