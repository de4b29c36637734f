import { expect, test } from "@playwright/test";
import { expectAt, signIn } from "./support/accounts";
import { fillRegistration, newCompany } from "./support/merchants";

// Security keys as a second factor (ASVS 2.3.2), with Chromium's virtual
// authenticator. A relying party id is a domain, never an IP address: the
// suite serves the portal as http://localhost (playwright.config.ts), and the
// portal's AUTH_URL follows it.

test("a user registers a key, signs out, signs in with the password and the key, and sees its last use", async ({
  page,
  context,
  baseURL,
}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  // Registered from 127.0.0.1 rather than localhost: registrations are limited per client address
  // (10 an hour), and the suite's earlier specs have registered from localhost's. Then back on the
  // portal's own address, which the key is bound to.
  const company = newCompany("Webauthn");
  await page.goto(`${baseURL!.replace("//localhost:", "//127.0.0.1:")}/register`);
  await fillRegistration(page, company);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await expect(page).toHaveURL(/\/register\/sent$/);
  await signIn(page, company.email, company.password);
  await expectAt(page, "/merchant/status");
  await page.goto("/account/mfa");
  const keys = page.getByRole("region", { name: "安全密钥和通行密钥" });
  await expect(keys.getByText("尚未添加安全密钥。")).toBeVisible();
  await keys.getByLabel("密钥名称").fill("办公室的钥匙");
  await keys.getByRole("button", { name: "添加安全密钥" }).click();
  await expect(keys.getByRole("status")).toHaveText("已添加安全密钥。");
  const listed = keys.getByRole("list", { name: "您的安全密钥" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText("办公室的钥匙");
  await expect(listed.first()).toContainText("尚未使用");

  // Signed out, the password alone opens nothing: the key is asked for.
  await page.locator("summary").filter({ hasText: "账户菜单" }).click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expectAt(page, "/login");
  await signIn(page, company.email, company.password);
  // The account has a key and no authenticator app: no code to type, the key's button alone.
  await expect(page.getByText("请使用您账户已登记的安全密钥或通行密钥。")).toBeVisible();
  await expect(page.getByLabel("验证码")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "验证", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "使用安全密钥" }).click();
  await expectAt(page, "/merchant/status");

  await page.goto("/account/mfa");
  const after = page.getByRole("list", { name: "您的安全密钥" }).getByRole("listitem");
  await expect(after.first()).toContainText("办公室的钥匙");
  await expect(after.first()).toContainText("上次使用：");
});
