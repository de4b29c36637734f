import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";

// A reminders job that spent its retries, written straight into the e2e
// database's job table as the queue leaves one in the dead letter.
const DB_FILE = path.join(process.cwd(), ".tmp/e2e/db/portal.db");
const ERROR = `E2E-SMTP-DOWN-${Date.now()}`;
let jobId: string;

test.beforeAll(() => {
  const db = new Database(DB_FILE);
  try {
    jobId = `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(
      `INSERT INTO "BackgroundJob" (id, name, data, state, retryCount, retryLimit, lastError, startAfter, startedOn, completedOn, createdOn)
       VALUES (?, 'events-reminders', '{}', 'failed', 3, 3, ?, ?, ?, ?, ?)`,
    ).run(jobId, ERROR, now, now, now, now);
  } finally {
    db.close();
  }
});

test.describe("background jobs for staff", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("staff find a dead-letter job with its error, retry it, and queue a rollup rebuild", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "后台任务" }).click();
    await expectAt(page, "/admin/jobs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("后台任务");
    await page.getByRole("navigation", { name: "显示" }).getByRole("link", { name: "死信" }).click();
    await expect(page).toHaveURL(/state=failed/);
    const row = page.getByRole("row").filter({ hasText: jobId });
    await expect(row.getByRole("rowheader")).toContainText("活动提醒");
    await expect(row.getByText("死信")).toBeVisible();
    await expect(row.getByText(ERROR)).toBeVisible();
    await expect(row.getByText("4 / 4")).toBeVisible();

    await row.getByRole("button", { name: "重试" }).click();
    await expect(page.getByText("任务已重新排队。")).toBeVisible();
    await page.goto("/admin/jobs?state=failed");
    await expect(page.getByRole("row").filter({ hasText: jobId })).toHaveCount(0);

    await page.getByRole("button", { name: "重建汇总" }).click();
    await expect(page.getByText("汇总重建已排队，见下表。")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "汇总重建" }).first()).toBeVisible();
  });

  test("fits a 390-pixel phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("后台任务");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

test.describe("background jobs for a park operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("are not shown: no link in the navigation, and the operator is sent to the dashboard", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "后台任务" })).toHaveCount(0);
    await page.goto("/admin/jobs");
    await expectAt(page, "/admin");
  });
});
