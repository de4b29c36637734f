import { expect, test } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";

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
    const firstForm = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: "标记为已认定" }) })
      .first();
    await firstForm.getByLabel("认定年份").fill("1999");
    await firstForm.getByRole("button", { name: "标记为已认定" }).click();
    await expect(firstForm.getByText("请输入2015至2030之间的年份。")).toBeVisible();
    await expect(page.getByText("已认定5个示范区，目标10个")).toBeVisible();

    await firstForm.getByLabel("认定年份").fill("2025");
    await firstForm.getByRole("button", { name: "标记为已认定" }).click();
    await expect(page.getByText("已认定6个示范区，目标10个")).toBeVisible();

    // The public landing page shows the new count.
    await page.goto("/");
    const figure = page
      .locator("div")
      .filter({ has: page.getByText("已认定示范区", { exact: true }) })
      .last();
    await expect(figure.getByText("6", { exact: true })).toBeVisible();
  });

  test("staff add a planned zone and a park, then move the park to another zone", async ({ page }) => {
    await page.goto("/admin/zones");
    await page.getByRole("link", { name: "新增示范区" }).click();
    await expectAt(page, "/admin/zones/new-zone");
    await page.getByRole("button", { name: "新增示范区" }).click();
    await expect(page.locator("#code-error")).toHaveText("此项为必填项。");
    await page.getByLabel("代码").fill("CQ-DZ-11");
    await page.getByLabel("名称（中文）").fill("璧山跨境电子商务示范区");
    await page.getByLabel("名称（英文）").fill("Bishan Cross-border E-commerce Demonstration Zone");
    await page.getByRole("button", { name: "新增示范区" }).click();
    await expectAt(page, "/admin/zones");
    await expect(page.getByText("已新增示范区“璧山跨境电子商务示范区”。")).toBeVisible();
    const zoneCard = (name: string) =>
      page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(zoneCard("璧山跨境电子商务示范区").getByText("规划中")).toBeVisible();

    await page.getByRole("link", { name: "新增园区" }).click();
    await expectAt(page, "/admin/zones/new-park");
    await page.getByLabel("代码").fill("BISHAN-ECOM");
    await page.getByLabel("所属示范区").selectOption({ label: "璧山跨境电子商务示范区" });
    await page.getByLabel("名称（中文）").fill("璧山电商产业园");
    await page.getByLabel("名称（英文）").fill("Bishan E-commerce Park");
    await page.getByRole("button", { name: "新增园区" }).click();
    await expectAt(page, "/admin/zones");
    await expect(page.getByText("已新增园区“璧山电商产业园”。")).toBeVisible();
    await expect(zoneCard("璧山跨境电子商务示范区").getByText("璧山电商产业园", { exact: true })).toBeVisible();

    const move = page.getByRole("form", { name: "调整璧山电商产业园所属示范区", includeHidden: true });
    await page.getByRole("group").filter({ has: move }).getByText("调整所属示范区").click();
    await move.getByLabel("调整到").selectOption({ label: "大足跨境电子商务示范区" });
    await move.getByRole("button", { name: "调整" }).click();
    await expect(zoneCard("大足跨境电子商务示范区").getByText("璧山电商产业园", { exact: true })).toBeVisible();
    await expect(zoneCard("璧山跨境电子商务示范区").getByText("该示范区暂无园区。")).toBeVisible();
  });
});

test.describe("the 1+N zone system for a park operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("is read-only", async ({ page }) => {
    await page.goto("/admin/zones");
    await expect(page.getByText("已认定", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "新增示范区" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "标记为已认定" })).toHaveCount(0);
    await page.goto("/admin/zones/new-zone");
    await expectAt(page, "/admin");
  });
});
