import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAt, signIn } from "./support/accounts";
import { newCompany, registerCompany } from "./support/merchants";

test.describe("sessions that really end", () => {
  test("after signing out, a copy of the old session cookie no longer opens /admin", async ({ browser }) => {
    // A sign-in of its own, so that the saved sign-ins of the other specs stay open.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, ACCOUNTS.staff.email);
    await expectAt(page, "/admin");
    const copied = await context.cookies();
    expect(copied.some((c) => c.name.endsWith("authjs.session-token"))).toBe(true);

    await page.locator("summary").filter({ hasText: "账户菜单" }).click();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expectAt(page, "/login");
    await context.close();

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/admin");
    await expectAt(stolen, "/login");
    await thief.close();
  });

  test("the account page is one click from the user menu, and signs out every device", async ({ browser }) => {
    // An account of its own: signing out everywhere must not end the saved sign-ins the other specs use.
    const company = newCompany("sessions");
    const context = await browser.newContext();
    const page = await context.newPage();
    await registerCompany(page, company);
    const otherDevice = await browser.newContext();
    const other = await otherDevice.newPage();
    await signIn(other, company.email, company.password);
    await expectAt(other, "/merchant/status");

    await page.locator("summary").filter({ hasText: "账户菜单" }).click();
    await page.getByRole("link", { name: "账户设置" }).click();
    await expectAt(page, "/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("账户设置");
    await page.evaluate(() => localStorage.setItem("left-behind", "yes"));
    // A plain POST, answered as the user menu's sign-out is: this browser forgets the site (ASVS 8.2.3).
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === "/auth/sign-out-everywhere");
    await page.getByRole("button", { name: "退出所有设备" }).click();
    const response = await answer;
    expect(response.request().method()).toBe("POST");
    expect(response.status()).toBe(303);
    expect(await response.headerValue("clear-site-data")).toBe('"cache", "cookies", "storage"');
    await expectAt(page, "/login");
    expect((await context.cookies()).filter((c) => c.name.includes("authjs"))).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem("left-behind"))).toBeNull();
    await page.goto("/merchant/status");
    await expectAt(page, "/login");
    await other.goto("/merchant/status");
    await expectAt(other, "/login");
    await otherDevice.close();
    await context.close();
  });

  test("the account page lists this account's sessions as cards on a 390 px phone, and signs out another one", async ({
    browser,
  }) => {
    const company = newCompany("devices");
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await registerCompany(page, company);
    const otherDevice = await browser.newContext();
    const other = await otherDevice.newPage();
    await signIn(other, company.email, company.password);
    await expectAt(other, "/merchant/status");

    await page.goto("/account");
    const cards = page.getByRole("region", { name: "登录设备" }).getByRole("listitem");
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: "本设备" })).toHaveCount(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await cards.filter({ hasNotText: "本设备" }).getByRole("button", { name: "退出登录" }).click();
    // The page is drawn again without that session's card.
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText("本设备");
    await other.goto("/merchant/status");
    await expectAt(other, "/login");
    await page.goto("/merchant/status");
    await expectAt(page, "/merchant/status");
    await otherDevice.close();
    await context.close();
  });
});

test.describe("forgot password", () => {
  test("the login page's link leads to the reset page, which answers the same for any email", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await expectAt(page, "/forgot-password");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("忘记密码？");
    await page.getByLabel("邮箱").fill("nobody@example.com");
    await page.getByRole("button", { name: "发送重设链接" }).click();
    await expect(page.getByRole("status").filter({ hasText: "重设密码" })).toHaveText(
      /^如果该邮箱地址对应一个账户，我们已向其发送重设密码的链接。/,
    );
  });

  test("a made-up reset link says it no longer works", async ({ page }) => {
    await page.goto(`/reset-password/${"A".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("此链接已失效");
    await expect(page.getByRole("link", { name: "重新申请链接" })).toHaveAttribute("href", "/forgot-password");
  });
});
