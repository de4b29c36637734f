import { expect, test } from "@playwright/test";
import { enterTotpCode, expectAt, freshTotpCode, signIn } from "./support/accounts";
import { newCompany, registerCompany } from "./support/merchants";

// Two-step sign-in (ASVS 2.8): a new owner turns TOTP on from the QR page,
// signs in again with the password and a code, then once with a recovery code.
test("a user enrols with the QR page, signs in with a code, and uses a recovery code once", async ({ page }) => {
  const company = newCompany("Totp");
  await registerCompany(page, company);

  await page.goto("/account");
  await page.getByRole("link", { name: "设置两步验证" }).click();
  await expectAt(page, "/account/mfa");
  await expect(page.getByRole("img", { name: "供身份验证器应用扫描的二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("应用中的验证码").fill(await freshTotpCode(secret, company.email));
  await page.getByRole("button", { name: "开启", exact: true }).click();
  const codes = page.getByRole("list", { name: "您的恢复码" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await page.getByRole("link", { name: "继续" }).click();
  await expectAt(page, "/merchant/status");

  // Signed out, the password alone opens nothing: the code is asked for.
  await page.locator("summary").filter({ hasText: "账户菜单" }).click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expectAt(page, "/login");
  await signIn(page, company.email, company.password);
  await expect(page.getByLabel("验证码")).toBeVisible();
  await page.goto("/merchant/status");
  await expectAt(page, "/login");

  await signIn(page, company.email, company.password);
  await enterTotpCode(page, await freshTotpCode(secret, company.email));
  await expectAt(page, "/merchant/status");

  // A recovery code signs in once; the second time it is refused.
  await page.context().clearCookies();
  await signIn(page, company.email, company.password);
  await enterTotpCode(page, recovery);
  await expectAt(page, "/merchant/status");
  await page.context().clearCookies();
  await signIn(page, company.email, company.password);
  await enterTotpCode(page, recovery);
  await expect(page.getByText("验证码不正确或已使用过，请输入当前的验证码。")).toBeVisible();
  await expectAt(page, "/login");

  await page.goto("/account/mfa");
  await expectAt(page, "/login");
});
