import { expect, test, type Page } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";
import { fillRegistration, newCompany, openInQueue, pageAs, signInAfterRegistering } from "./support/merchants";

const MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

async function inEnglish(page: Page) {
  const baseURL = test.info().project.use.baseURL!;
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
}

test.describe("dates in English", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("a declaration's date reads like 9 Dec 2026, never 12/09/2026", async ({ page }) => {
    await inEnglish(page);
    await page.goto("/merchant/declarations");
    const day = page.getByRole("cell", { name: new RegExp(`^\\d{1,2} (${MONTHS}) 20\\d\\d$`) });
    await expect(day.first()).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
  });

  test("a date input says which day it holds in the portal's form", async ({ page }) => {
    await inEnglish(page);
    await page.goto("/merchant/declarations/new");
    const date = page.getByLabel("Declaration date");
    await date.fill("2026-01-09");
    await expect(page.locator("#declaredOn-reads")).toHaveText("= 9 Jan 2026");
  });

  test("an event's start time says which day and time it holds in the portal's form", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("staff") });
    const page = await context.newPage();
    await inEnglish(page);
    await page.goto("/admin/events/new");
    await page.getByRole("textbox", { name: "Starts", exact: true }).fill("2026-01-09T14:03");
    await expect(page.locator("#startsAt-reads")).toHaveText(/^= 9 Jan 2026.*14:03/);
    await context.close();
  });
});

test("a browser that asks for German gets the English pages", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await context.close();
});

test("a Chongqing landline typed as +86 23 6000 0000 registers and the profile shows it formatted", async ({
  page,
  browser,
}) => {
  const company = newCompany("Landline");
  await page.goto("/register");
  await fillRegistration(page, company);
  await page.getByLabel("联系电话").fill("+86 23 6000 0000");
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await signInAfterRegistering(page, company);

  const staff = await pageAs(browser, "staff");
  await openInQueue(staff, company.nameZh);
  await staff.getByRole("button", { name: "通过", exact: true }).click();
  await expect(staff.getByText("已通过审核，并已通知企业。")).toBeVisible();
  await staff.context().close();

  await page.goto("/merchant/profile");
  await expectAt(page, "/merchant/profile");
  // Stored in E.164; shown in the national form on a Chinese page and the international one in English.
  await expect(page.getByLabel("联系电话")).toHaveValue("023 6000 0000");
  await inEnglish(page);
  // The home no longer carries the profile card (issue 15's merchant home): the English profile shows it.
  await page.goto("/merchant/profile");
  await expect(page.getByRole("textbox", { name: "Phone", exact: true })).toHaveValue("+86 23 6000 0000");
});

test("/developers in Chinese shows the API's descriptions in Chinese", async ({ page }) => {
  await page.goto("/developers");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByText("按编码排序，游标分页；筛选条件与网页列表相同。")).toBeVisible();
  await expect(page.getByText("Sorted by code, with cursor pagination")).toHaveCount(0);
});

test.describe("the HS chapter picker", () => {
  test("works by keyboard alone: type 84, Enter adds the chip, Backspace removes it, Escape closes", async ({
    page,
  }) => {
    await page.goto("/register");
    const field = page.getByRole("group", { name: "主营商品类别" });
    const box = field.getByRole("combobox", { name: "搜索HS章" });
    await box.focus();
    await page.keyboard.type("84");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const option = page.getByRole("option", { name: /^84 / });
    await expect(option).toHaveAttribute("aria-selected", "false");
    await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);

    await page.keyboard.press("Enter");
    const chips = field.getByRole("list", { name: "已选章" });
    await expect(chips.getByRole("listitem")).toHaveCount(1);
    await expect(chips.getByRole("listitem")).toContainText(/^84 /);
    await expect(field.locator('input[type="hidden"][name="hsChapters"]')).toHaveValue("84");
    await expect(page.getByRole("option", { name: /^84 / })).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/\/register$/);

    await page.keyboard.press("Backspace");
    await expect(field.getByRole("list", { name: "已选章" })).toHaveCount(0);
    await expect(field.locator('input[name="hsChapters"]')).toHaveCount(0);

    await page.keyboard.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox")).toBeHidden();
  });

  test("fits a 390 px phone with the list open", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/register");
    const box = page.getByRole("combobox", { name: "搜索HS章" });
    await box.fill("机");
    await page.getByRole("listbox").getByRole("option").first().click();
    await expect(page.getByRole("list", { name: "已选章" }).getByRole("listitem")).toHaveCount(1);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  });
});
