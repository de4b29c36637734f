import { expect, test } from "@playwright/test";
import {
  ACCOUNTS,
  DEMO_TOTP_SECRET,
  enterTotpCode,
  expectAt,
  freshTotpCode,
  signIn,
  storageStatePath,
} from "./support/accounts";

test.describe("signing in", () => {
  test("a wrong password gets one generic message", async ({ page }) => {
    await signIn(page, ACCOUNTS.staff.email, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("邮箱或密码不正确。");
    await expectAt(page, "/login");
    // An unknown account gets exactly the same answer.
    await signIn(page, "nobody@example.com", "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("邮箱或密码不正确。");
  });

  test("the show-password button reveals the password typed, and masks it again", async ({ page }) => {
    await page.goto("/login");
    const password = page.getByLabel("密码");
    await password.fill("typed passphrase");
    await expect(password).toHaveAttribute("type", "password");
    const toggle = page.getByRole("button", { name: "显示密码" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(password).toHaveAttribute("type", "text");
    await expect(password).toHaveValue("typed passphrase");
    await toggle.click();
    await expect(password).toHaveAttribute("type", "password");
    await expect(password).toHaveValue("typed passphrase");
  });

  test("the language switcher turns the login page to English and back", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.getByLabel("Email")).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // The choice is kept across visits.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("an anonymous visit to /admin goes to the login page and back after signing in", async ({ page }) => {
    await page.goto("/admin/zones");
    await expectAt(page, "/login");
    await page.getByLabel("邮箱").fill(ACCOUNTS.staff.email);
    await page.getByLabel("密码").fill("cbec-demo-2025");
    await page.getByRole("button", { name: "登录" }).click();
    await enterTotpCode(page, await freshTotpCode(DEMO_TOTP_SECRET, ACCOUNTS.staff.email));
    await expectAt(page, "/admin/zones");
  });

  test("signing out works from the user menu", async ({ page }) => {
    await signIn(page, ACCOUNTS.operator.email);
    await expectAt(page, "/admin");
    await page.locator("summary").filter({ hasText: "账户菜单" }).click();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expectAt(page, "/login");
    await page.goto("/admin");
    await expectAt(page, "/login");
  });
});

test.describe("English from the browser's language", () => {
  test.use({ locale: "en-US" });
  test("a first visit follows Accept-Language", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });
});

test.describe("areas by role", () => {
  test.describe("merchant", () => {
    test.use({ storageState: storageStatePath("merchant") });
    test("cannot open the staff area", async ({ page }) => {
      await page.goto("/admin");
      await expectAt(page, "/merchant");
      await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "首页" })).toBeVisible();
    });
  });

  test.describe("pending merchant", () => {
    test.use({ storageState: storageStatePath("pending") });
    test("sees only its status page", async ({ page }) => {
      await page.goto("/merchant");
      await expectAt(page, "/merchant/status");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的注册正在审核中");
      await page.goto("/merchant/notifications");
      await expectAt(page, "/merchant/status");
      await expect(page.getByRole("navigation", { name: "主导航" })).toHaveCount(0);
    });
  });

  test.describe("park operator", () => {
    test.use({ storageState: storageStatePath("operator") });
    test("sees its own park only", async ({ page }) => {
      await page.goto("/admin");
      await expect(page.getByText("所属园区：西永微电子产业园区")).toBeVisible();
      // The park ranking holds its own park and nothing else (header + one row).
      const rows = page.getByRole("region", { name: "园区排名" }).getByRole("row");
      await expect(rows).toHaveCount(2);
    });
  });
});
