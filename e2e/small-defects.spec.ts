import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";
import { PHONE } from "./support/phone-checks";

// The smaller defects issue 12 lists, each seen the way a user meets it.

test("/favicon.ico is the portal's icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/x-icon");
  // An ICO file: reserved 0, type 1, then its images.
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

for (const path of ["/events/no-such-event", "/no-such-page"]) {
  test(`the 404 page at ${path} has one header and one footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
  });
}

test.describe("the merchant's tabs on a phone", () => {
  test.use({ storageState: storageStatePath("merchant"), viewport: PHONE });

  test("show the current tab and a fade on each side that has more tabs", async ({ page }) => {
    await page.goto("/merchant/team");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: "团队成员" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "团队成员" })).toBeInViewport({ ratio: 1 });
    await expect(nav.locator('[data-fade="before"]')).toHaveCSS("opacity", "1");
    await page.goto("/merchant");
    await expect(nav.getByRole("link", { name: "首页" })).toBeInViewport({ ratio: 1 });
    await expect(nav.locator('[data-fade="before"]')).toHaveCSS("opacity", "0");
    await expect(nav.locator('[data-fade="after"]')).toHaveCSS("opacity", "1");
  });
});

test.describe("the pending merchant's status page", () => {
  test.use({ storageState: storageStatePath("pending") });

  test("lists the review steps with their times, the expected wait and whom to ask", async ({ page }) => {
    await page.goto("/merchant/status");
    const steps = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "审核进度" }) })
      .getByRole("listitem");
    await expect(steps).toHaveText([
      /^已注册.*2025年6月20日 10:30$/,
      /^商务委审核中.*2025年6月20日 10:30$/,
      /^审核结果.*预计2025年6月27日前$/,
    ]);
    await expect(page.getByText("审核一般不超过5个工作日。")).toBeVisible();
    await expect(page.getByRole("link", { name: "023-6000 0000" })).toHaveAttribute("href", "tel:02360000000");
  });
});

test.describe("the merchant review page", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("says who registered: the account's name, email and when", async ({ page }) => {
    await page.goto("/admin/merchants?status=PENDING");
    await page.getByRole("link", { name: "重庆星途跨境电子商务有限公司" }).click();
    const accounts = page.locator("section").filter({ has: page.getByRole("heading", { name: "账户", exact: true }) });
    await expect(accounts.getByRole("listitem")).toHaveText(
      /^李娜 · 管理员\s*pending@example\.com\s*注册于2025年6月20日 10:15 · /,
    );
  });
});
