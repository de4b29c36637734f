import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("/developers documents PATCH, the retry and concurrency headers and every status, without serious accessibility violations", async ({
  page,
}) => {
  await page.goto("/developers");
  await expect(page.getByText("修改商品的部分字段")).toBeVisible();
  await expect(page.getByText("(application/merge-patch+json)")).toBeVisible();
  await expect(page.getByText(/Idempotency-Key（例如 UUID）/).first()).toBeVisible();
  await expect(page.getByText(/charset=gbk/).first()).toBeVisible();
  // The operations list the precondition failure and the method refusal among their answers.
  await expect(page.getByRole("listitem").filter({ hasText: /^412/ }).first()).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^405/ }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
