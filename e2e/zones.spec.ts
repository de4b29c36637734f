import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

test.describe("the 1+N zone system", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("staff see the pilot zone, the demonstration zones and their parks", async ({ page }) => {
    await page.goto("/admin/zones");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“1+N”跨境电商发展格局");
    await expect(page.getByRole("heading", { name: "中国（重庆）跨境电子商务综合试验区" })).toBeVisible();
    await expect(page.getByText("西永微电子产业园区", { exact: true })).toBeVisible();
    await expect(page.getByText("已认定5个示范区，目标10个")).toBeVisible();
  });

  test("staff designate a planned zone; a bad year is refused first", async ({ page }) => {
    await page.goto("/admin/zones");
    const firstForm = page.locator("form").filter({ has: page.getByRole("button", { name: "标记为已认定" }) }).first();
    await firstForm.getByLabel("认定年份").fill("1999");
    await firstForm.getByRole("button", { name: "标记为已认定" }).click();
    await expect(firstForm.getByText("请输入2015至2030之间的年份。")).toBeVisible();
    await expect(page.getByText("已认定5个示范区，目标10个")).toBeVisible();

    await firstForm.getByLabel("认定年份").fill("2025");
    await firstForm.getByRole("button", { name: "标记为已认定" }).click();
    await expect(page.getByText("已认定6个示范区，目标10个")).toBeVisible();

    // The public landing page shows the new count.
    await page.goto("/");
    const figure = page.locator("div").filter({ has: page.getByText("已认定示范区", { exact: true }) }).last();
    await expect(figure.getByText("6", { exact: true })).toBeVisible();
  });
});
