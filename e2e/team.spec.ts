import { expect, test } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";

test.describe("the merchant's team", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("the owner invites a colleague, who joins through the link, is removed, and is invited back", async ({
    page,
    browser,
  }) => {
    const email = `colleague+${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.com`;
    const password = "a long and unusual passphrase";

    await page.goto("/merchant/team");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("团队成员");
    await page.getByLabel("同事的邮箱").fill(email);
    await page.getByRole("button", { name: "生成邀请链接" }).click();
    await expect(page.getByText(`已为${email}生成邀请。链接只显示这一次，请立即复制。`)).toBeVisible();
    const linkField = page.getByLabel("邀请链接");
    await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const link = await linkField.inputValue();
    await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();

    // The colleague opens the link in a browser without a session.
    const guest = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const colleague = await guest.newPage();
    await colleague.goto(link);
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("加入企业团队");
    await expect(colleague.getByText(email)).toBeVisible();
    await expect(colleague.getByText("重庆西永云联电子科技有限公司", { exact: true })).toBeVisible();
    await colleague.getByLabel("您的姓名").fill("陈静");
    await colleague.getByLabel(/^密码/).fill(password);
    await colleague.getByLabel("确认密码").fill(password);
    await colleague.getByLabel("我已阅读并同意隐私政策").check();
    await colleague.getByRole("button", { name: "创建账号并登录" }).click();
    await expectAt(colleague, "/merchant");
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("重庆西永云联电子科技有限公司");

    // The link works only once.
    await colleague.goto(link);
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("邀请已被使用");

    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("陈静");
    await expect(row).toContainText("成员");
    await row.getByRole("button", { name: "移除" }).click();
    await expect(row.getByText("确定将陈静移出团队吗？其账号将立即停用。")).toBeVisible();
    await row.getByRole("button", { name: "确认移除" }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);

    // The removed colleague's session ends at once.
    await colleague.goto("/merchant");
    await expectAt(colleague, "/login");

    // Invited back, they give their own password (the invitation cannot set one) and are in the team again.
    await page.getByLabel("同事的邮箱").fill(email);
    await page.getByRole("button", { name: "生成邀请链接" }).click();
    await expect(page.getByText(`已为${email}生成邀请。链接只显示这一次，请立即复制。`)).toBeVisible();
    await colleague.goto(await page.getByLabel("邀请链接").inputValue());
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("加入企业团队");
    await expect(colleague.getByText(/该邮箱已有平台账号/)).toBeVisible();
    await expect(colleague.getByLabel("您的姓名")).toHaveCount(0);
    await expect(colleague.getByRole("link", { name: /忘记密码/ })).toHaveAttribute("href", "/forgot-password");
    await colleague.getByLabel(/^当前密码/).fill(`${password} again`);
    await colleague.getByLabel("我已阅读并同意隐私政策").check();
    await colleague.getByRole("button", { name: "加入并登录" }).click();
    await expect(colleague.getByText("密码与该账号不符。如已忘记密码，请先重置。")).toBeVisible();
    await colleague.getByLabel(/^当前密码/).fill(password);
    await colleague.getByRole("button", { name: "加入并登录" }).click();
    await expectAt(colleague, "/merchant");
    await guest.close();
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("成员");
  });
});
