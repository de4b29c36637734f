import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";

// The entries are written straight into the e2e database (as an audited
// change would write them), one for a company of the operator's park
// (Xiyong) and one for a company of another park, so that no other spec's
// figures move.
const DB_FILE = path.join(process.cwd(), ".tmp/e2e/db/portal.db");
type Company = { id: string; nameZh: string; uscc: string };
let ours: Company;
let theirs: Company;
const OURS = `E2E-AUDIT-OURS-${Date.now()}`;
const THEIRS = `E2E-AUDIT-THEIRS-${Date.now()}`;

test.beforeAll(() => {
  const db = new Database(DB_FILE);
  try {
    const staff = db.prepare(`SELECT id FROM "User" WHERE email = 'staff@example.com'`).get() as { id: string };
    const { parkId } = db.prepare(`SELECT parkId FROM "User" WHERE email = 'operator@example.com'`).get() as {
      parkId: string;
    };
    const pick = (op: "=" | "<>") =>
      db
        .prepare(`SELECT id, nameZh, uscc, parkId FROM "Merchant" WHERE parkId ${op} ? ORDER BY id LIMIT 1`)
        .get(parkId) as Company & { parkId: string };
    const a = pick("=");
    const b = pick("<>");
    [ours, theirs] = [a, b];
    const insert = db.prepare(
      `INSERT INTO "AuditLog" (id, actorId, action, entityType, entityId, details, merchantId, parkId, createdAt)
       VALUES (?, ?, 'declaration.delete', 'Declaration', ?, ?, ?, ?, ?)`,
    );
    const now = new Date().toISOString().replace("Z", "+00:00");
    for (const [m, note] of [
      [a, OURS],
      [b, THEIRS],
    ] as const)
      insert.run(randomUUID(), staff.id, randomUUID(), JSON.stringify({ merchantId: m.id, note }), m.id, m.parkId, now);
  } finally {
    db.close();
  }
});

async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "导出 CSV" }).click(),
  ]);
  return readFileSync((await file.path())!, "utf8");
}

test.describe("the audit log for staff", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("staff search by company and action, then export what they found", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("link", { name: "审计日志" }).click();
    await expectAt(page, "/admin/audit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("审计日志");
    await expect(page.getByText(OURS)).toBeVisible();
    await expect(page.getByText(THEIRS)).toBeVisible();

    await page.getByRole("searchbox", { name: "企业（名称或信用代码）" }).fill(theirs.uscc);
    await page.getByLabel("操作", { exact: true }).selectOption({ label: "删除申报" });
    await page.getByRole("form", { name: "搜索审计日志" }).getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/merchant=/);
    await expect(page.getByText("共 1 条记录")).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: THEIRS });
    await expect(row.getByRole("rowheader")).toContainText("删除申报");
    await expect(row.getByRole("link", { name: theirs.nameZh })).toBeVisible();
    await expect(page.getByText(OURS)).toHaveCount(0);

    const csv = await download(page);
    expect(csv.startsWith("\uFEFF时间（北京时间）,")).toBe(true);
    expect(csv).toContain(THEIRS);
    expect(csv).toContain(theirs.uscc);
    expect(csv).not.toContain(OURS);

    await page.getByRole("searchbox", { name: "企业（名称或信用代码）" }).fill("没有这家企业");
    await page.getByRole("form", { name: "搜索审计日志" }).getByRole("button", { name: "搜索" }).click();
    await expect(page.getByText("没有符合条件的记录。")).toBeVisible();
  });
});

test.describe("the audit log for a park operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("an operator sees its park's entries only, on the page and in the CSV", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByText(OURS)).toBeVisible();
    await expect(
      page.getByRole("row").filter({ hasText: OURS }).getByRole("link", { name: ours.nameZh }),
    ).toBeVisible();
    await expect(page.getByText(THEIRS)).toHaveCount(0);
    const csv = await download(page);
    expect(csv).toContain(OURS);
    expect(csv).not.toContain(THEIRS);
    expect(csv).not.toContain(theirs.uscc);

    // Naming another park's company finds nothing.
    await page.goto(`/admin/audit?merchant=${theirs.uscc}`);
    await expect(page.getByText("没有符合条件的记录。")).toBeVisible();
  });

  test("the page does not scroll sideways on a 390 px phone, in Chinese and English", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const locale of ["zh-CN", "en"]) {
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.goto("/admin/audit");
      await expect(page.getByText(OURS)).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, locale).toBeLessThanOrEqual(0);
    }
  });
});
