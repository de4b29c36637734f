import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath, type AccountName } from "./support/accounts";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

for (const path of ["/", "/login"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

const homes: [AccountName, string][] = [
  ["staff", "/admin"],
  ["staff", "/admin/zones"],
  ["merchant", "/merchant"],
  ["pending", "/merchant/status"],
];
for (const [account, path] of homes) {
  test.describe(`${account} at ${path}`, () => {
    test.use({ storageState: storageStatePath(account) });
    test(`no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
